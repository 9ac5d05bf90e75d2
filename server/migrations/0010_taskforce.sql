CREATE TABLE "taskforce_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"owner_person" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taskforce_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"region_code" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "taskforce_bodies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "taskforce_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text_id" text NOT NULL,
	"text_ms" text NOT NULL,
	"text_en" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taskforce_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text,
	"online_url" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taskforce_members" (
	"body_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	"representative_name" text,
	"representative_title" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "taskforce_members_body_id_agency_id_pk" PRIMARY KEY("body_id","agency_id")
);
--> statement-breakpoint
ALTER TABLE "taskforce_action_items" ADD CONSTRAINT "taskforce_action_items_body_id_taskforce_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."taskforce_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_action_items" ADD CONSTRAINT "taskforce_action_items_meeting_id_taskforce_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."taskforce_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_action_items" ADD CONSTRAINT "taskforce_action_items_decision_id_taskforce_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."taskforce_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_action_items" ADD CONSTRAINT "taskforce_action_items_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_action_items" ADD CONSTRAINT "taskforce_action_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_decisions" ADD CONSTRAINT "taskforce_decisions_meeting_id_taskforce_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."taskforce_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_decisions" ADD CONSTRAINT "taskforce_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_meetings" ADD CONSTRAINT "taskforce_meetings_body_id_taskforce_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."taskforce_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_meetings" ADD CONSTRAINT "taskforce_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_members" ADD CONSTRAINT "taskforce_members_body_id_taskforce_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."taskforce_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_members" ADD CONSTRAINT "taskforce_members_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "taskforce_action_items_body_idx" ON "taskforce_action_items" USING btree ("body_id","status");--> statement-breakpoint
CREATE INDEX "taskforce_action_items_owner_idx" ON "taskforce_action_items" USING btree ("owner_agency_id","status","due_on");--> statement-breakpoint
CREATE INDEX "taskforce_decisions_meeting_idx" ON "taskforce_decisions" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "taskforce_meetings_body_idx" ON "taskforce_meetings" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "taskforce_members_agency_idx" ON "taskforce_members" USING btree ("agency_id");