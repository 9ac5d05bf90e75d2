CREATE TABLE "patrols" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body_id" uuid,
	"area" jsonb NOT NULL,
	"kabkota_codes" text[] NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"agency_ids" uuid[] NOT NULL,
	"vessels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"objectives" text DEFAULT '' NOT NULL,
	"reported_at" timestamp with time zone,
	"findings" text DEFAULT '' NOT NULL,
	"people_intercepted" integer,
	"boats_intercepted" integer,
	"landings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "patrols" ADD CONSTRAINT "patrols_body_id_taskforce_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."taskforce_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patrols" ADD CONSTRAINT "patrols_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patrols_starts_idx" ON "patrols" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "patrols_agencies_idx" ON "patrols" USING gin ("agency_ids");