CREATE TABLE "protection_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" serial NOT NULL,
	"case_person_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"individual_risks" text[] DEFAULT '{}'::text[] NOT NULL,
	"household_risks" text[] DEFAULT '{}'::text[] NOT NULL,
	"community_risks" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_closures" (
	"case_person_id" uuid PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"closed_on" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"agency_id" uuid NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" serial NOT NULL,
	"case_person_id" uuid NOT NULL,
	"consented" boolean NOT NULL,
	"purpose_explained" boolean NOT NULL,
	"data_uses_explained" boolean NOT NULL,
	"research_use_explained" boolean NOT NULL,
	"right_to_access_explained" boolean NOT NULL,
	"retention_explained" boolean NOT NULL,
	"recorded_on" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"agency_id" uuid NOT NULL,
	"worker_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" serial NOT NULL,
	"case_person_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"notes" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" serial NOT NULL,
	"case_person_id" uuid NOT NULL,
	"type" text NOT NULL,
	"objective" text NOT NULL,
	"action_plan" text DEFAULT '' NOT NULL,
	"provider_id" uuid,
	"planned_end_on" date,
	"actual_end_on" date,
	"status" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid,
	"name" text NOT NULL,
	"services" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer,
	"region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_hours" text DEFAULT '' NOT NULL,
	"phone" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" serial NOT NULL,
	"case_id" uuid NOT NULL,
	"case_person_id" uuid NOT NULL,
	"from_agency_id" uuid NOT NULL,
	"to_agency_id" uuid NOT NULL,
	"provider_id" uuid,
	"reason" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"due_on" date NOT NULL,
	"basis" text NOT NULL,
	"status" text NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_return_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_person_id" uuid NOT NULL,
	"step" text NOT NULL,
	"occurred_on" date NOT NULL,
	"agency_id" uuid NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "protection_assessments" ADD CONSTRAINT "protection_assessments_case_person_id_case_persons_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_assessments" ADD CONSTRAINT "protection_assessments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_assessments" ADD CONSTRAINT "protection_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_closures" ADD CONSTRAINT "protection_closures_case_person_id_case_persons_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_closures" ADD CONSTRAINT "protection_closures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_closures" ADD CONSTRAINT "protection_closures_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_consents" ADD CONSTRAINT "protection_consents_case_person_id_case_persons_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_consents" ADD CONSTRAINT "protection_consents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_consents" ADD CONSTRAINT "protection_consents_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_follow_ups" ADD CONSTRAINT "protection_follow_ups_case_person_id_case_persons_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_follow_ups" ADD CONSTRAINT "protection_follow_ups_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_follow_ups" ADD CONSTRAINT "protection_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_plan_items" ADD CONSTRAINT "protection_plan_items_case_person_id_case_persons_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_plan_items" ADD CONSTRAINT "protection_plan_items_provider_id_protection_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."protection_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_plan_items" ADD CONSTRAINT "protection_plan_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_providers" ADD CONSTRAINT "protection_providers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_referrals" ADD CONSTRAINT "protection_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_referrals" ADD CONSTRAINT "protection_referrals_case_person_id_case_persons_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_referrals" ADD CONSTRAINT "protection_referrals_from_agency_id_agencies_id_fk" FOREIGN KEY ("from_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_referrals" ADD CONSTRAINT "protection_referrals_to_agency_id_agencies_id_fk" FOREIGN KEY ("to_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_referrals" ADD CONSTRAINT "protection_referrals_provider_id_protection_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."protection_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_referrals" ADD CONSTRAINT "protection_referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_return_steps" ADD CONSTRAINT "protection_return_steps_case_person_id_case_persons_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_return_steps" ADD CONSTRAINT "protection_return_steps_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_return_steps" ADD CONSTRAINT "protection_return_steps_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "protection_assessments_victim_idx" ON "protection_assessments" USING btree ("case_person_id","seq");--> statement-breakpoint
CREATE INDEX "protection_consents_victim_idx" ON "protection_consents" USING btree ("case_person_id","seq");--> statement-breakpoint
CREATE INDEX "protection_follow_ups_victim_idx" ON "protection_follow_ups" USING btree ("case_person_id","seq");--> statement-breakpoint
CREATE INDEX "protection_plan_items_victim_idx" ON "protection_plan_items" USING btree ("case_person_id","seq");--> statement-breakpoint
CREATE INDEX "protection_referrals_to_idx" ON "protection_referrals" USING btree ("to_agency_id","status","due_on");--> statement-breakpoint
CREATE INDEX "protection_referrals_from_idx" ON "protection_referrals" USING btree ("from_agency_id","status","due_on");--> statement-breakpoint
CREATE INDEX "protection_referrals_victim_idx" ON "protection_referrals" USING btree ("case_person_id","to_agency_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "protection_return_steps_key" ON "protection_return_steps" USING btree ("case_person_id","step");