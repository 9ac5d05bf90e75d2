CREATE TABLE "linkage_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "linkage_decisions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"pair_id" uuid,
	"pair_status_before" text,
	"left_person_id" uuid NOT NULL,
	"right_person_id" uuid NOT NULL,
	"group_id" uuid,
	"created_group" boolean DEFAULT false NOT NULL,
	"reverses" uuid,
	"undone_by" uuid,
	"reason" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "linkage_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"left_person_id" uuid NOT NULL,
	"right_person_id" uuid NOT NULL,
	"probability" double precision NOT NULL,
	"band" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"prior_weight" double precision NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"run_id" uuid,
	"scored_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"records" integer,
	"candidate_pairs" integer,
	"proposed" integer,
	"review" integer,
	"model" jsonb,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "person_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"added_by" uuid NOT NULL,
	"removed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "person_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "linkage_decisions" ADD CONSTRAINT "linkage_decisions_pair_id_linkage_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."linkage_pairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_decisions" ADD CONSTRAINT "linkage_decisions_left_person_id_persons_id_fk" FOREIGN KEY ("left_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_decisions" ADD CONSTRAINT "linkage_decisions_right_person_id_persons_id_fk" FOREIGN KEY ("right_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_decisions" ADD CONSTRAINT "linkage_decisions_group_id_person_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."person_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_decisions" ADD CONSTRAINT "linkage_decisions_reverses_linkage_decisions_id_fk" FOREIGN KEY ("reverses") REFERENCES "public"."linkage_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_decisions" ADD CONSTRAINT "linkage_decisions_undone_by_linkage_decisions_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."linkage_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_decisions" ADD CONSTRAINT "linkage_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_pairs" ADD CONSTRAINT "linkage_pairs_left_person_id_persons_id_fk" FOREIGN KEY ("left_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_pairs" ADD CONSTRAINT "linkage_pairs_right_person_id_persons_id_fk" FOREIGN KEY ("right_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_pairs" ADD CONSTRAINT "linkage_pairs_run_id_linkage_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."linkage_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_runs" ADD CONSTRAINT "linkage_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_group_members" ADD CONSTRAINT "person_group_members_group_id_person_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."person_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_group_members" ADD CONSTRAINT "person_group_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_group_members" ADD CONSTRAINT "person_group_members_added_by_linkage_decisions_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."linkage_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_group_members" ADD CONSTRAINT "person_group_members_removed_by_linkage_decisions_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."linkage_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_groups" ADD CONSTRAINT "person_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "linkage_decisions_group_idx" ON "linkage_decisions" USING btree ("group_id","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "linkage_pairs_persons_idx" ON "linkage_pairs" USING btree ("left_person_id","right_person_id");--> statement-breakpoint
CREATE INDEX "linkage_pairs_queue_idx" ON "linkage_pairs" USING btree ("status","probability");--> statement-breakpoint
CREATE INDEX "linkage_pairs_right_idx" ON "linkage_pairs" USING btree ("right_person_id");--> statement-breakpoint
CREATE INDEX "linkage_runs_requested_idx" ON "linkage_runs" USING btree ("requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "person_group_members_active_idx" ON "person_group_members" USING btree ("person_id") WHERE "person_group_members"."removed_by" IS NULL;--> statement-breakpoint
CREATE INDEX "person_group_members_group_idx" ON "person_group_members" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "person_group_members_added_idx" ON "person_group_members" USING btree ("added_by");--> statement-breakpoint
CREATE INDEX "person_group_members_removed_idx" ON "person_group_members" USING btree ("removed_by");