ALTER TABLE "linkage_pairs" ADD COLUMN "skipped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "linkage_pairs" ADD COLUMN "skipped_by" uuid;--> statement-breakpoint
ALTER TABLE "linkage_pairs" ADD CONSTRAINT "linkage_pairs_skipped_by_users_id_fk" FOREIGN KEY ("skipped_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;