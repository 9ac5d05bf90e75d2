CREATE TABLE "info_content_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"language" text NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"published" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "job_check_rule_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"published" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "recruiter_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"licence_number" text,
	"public_note" text NOT NULL,
	"reason" text NOT NULL,
	"case_number" text,
	"flagged_at" timestamp with time zone NOT NULL,
	"flagged_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawal_reason" text
);
--> statement-breakpoint
CREATE TABLE "recruiter_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"file_name" text NOT NULL,
	"row_count" integer NOT NULL,
	"is_sample" boolean NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL,
	"loaded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "recruiters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"licence_number" text NOT NULL,
	"licence_key" text NOT NULL,
	"status" text NOT NULL,
	"offices" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "info_content_versions" ADD CONSTRAINT "info_content_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_check_rule_versions" ADD CONSTRAINT "job_check_rule_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiter_flags" ADD CONSTRAINT "recruiter_flags_flagged_by_users_id_fk" FOREIGN KEY ("flagged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiter_flags" ADD CONSTRAINT "recruiter_flags_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiter_lists" ADD CONSTRAINT "recruiter_lists_loaded_by_users_id_fk" FOREIGN KEY ("loaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiters" ADD CONSTRAINT "recruiters_list_id_recruiter_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."recruiter_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "info_content_versions_key" ON "info_content_versions" USING btree ("slug","language","version");--> statement-breakpoint
CREATE UNIQUE INDEX "job_check_rule_versions_key" ON "job_check_rule_versions" USING btree ("version");--> statement-breakpoint
CREATE INDEX "recruiter_flags_name_key_trgm_idx" ON "recruiter_flags" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "recruiter_lists_version_key" ON "recruiter_lists" USING btree ("version");--> statement-breakpoint
CREATE INDEX "recruiters_list_idx" ON "recruiters" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "recruiters_name_key_trgm_idx" ON "recruiters" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "recruiters_licence_key_idx" ON "recruiters" USING btree ("list_id","licence_key");