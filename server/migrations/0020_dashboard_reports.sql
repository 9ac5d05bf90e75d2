CREATE TABLE "dashboard_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requested_by" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text NOT NULL,
	"locale" text NOT NULL,
	"status" text NOT NULL,
	"pdf" "bytea",
	"xlsx" "bytea",
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "dashboard_reports" ADD CONSTRAINT "dashboard_reports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dashboard_reports_requested_by_idx" ON "dashboard_reports" USING btree ("requested_by","created_at");