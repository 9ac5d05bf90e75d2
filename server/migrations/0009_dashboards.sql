CREATE TABLE "dashboard_facts" (
	"month" date NOT NULL,
	"agency_id" uuid,
	"restricted" boolean NOT NULL,
	"metric" text NOT NULL,
	"dim" text NOT NULL,
	"value" text NOT NULL,
	"n" bigint NOT NULL,
	"days" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "official_statistics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"publisher" text NOT NULL,
	"agency_id" uuid,
	"indicator" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" integer NOT NULL,
	"source_title" text NOT NULL,
	"source_url" text,
	"published_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "official_statistics" ADD CONSTRAINT "official_statistics_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_statistics" ADD CONSTRAINT "official_statistics_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_statistics" ADD CONSTRAINT "official_statistics_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dashboard_facts_month_idx" ON "dashboard_facts" USING btree ("month","metric");--> statement-breakpoint
CREATE INDEX "official_statistics_period_idx" ON "official_statistics" USING btree ("period_start","period_end");