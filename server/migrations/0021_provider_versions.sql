ALTER TABLE "protection_providers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "protection_providers" ADD COLUMN "updated_at" timestamp with time zone;