CREATE TABLE "tip_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tip_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"metadata_removed" text[] DEFAULT '{}'::text[] NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "tip_holidays" (
	"day" date PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tip_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"body_sealed" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"author_id" uuid
);
--> statement-breakpoint
CREATE TABLE "tip_spent_challenges" (
	"challenge" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tips" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"outcome" text,
	"received_at" timestamp with time zone NOT NULL,
	"report_sealed" text NOT NULL,
	"contact_sealed" text,
	"receipt_lookup" text,
	"receipt_hash" text,
	"region_code" text,
	"port_id" text,
	"near_port_id" text,
	"event_date" date,
	"imminent_departure" boolean DEFAULT false NOT NULL,
	"children_involved" boolean DEFAULT false NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"priority_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"agency_id" uuid,
	"assignee_id" uuid,
	"verify_due_at" timestamp with time zone NOT NULL,
	"act_due_at" timestamp with time zone NOT NULL,
	"verified_at" timestamp with time zone,
	"acted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"group_id" uuid,
	"case_id" uuid,
	"unread_from_reporter" boolean DEFAULT false NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tips_receipt_lookup_unique" UNIQUE("receipt_lookup")
);
--> statement-breakpoint
ALTER TABLE "tip_attachments" ADD CONSTRAINT "tip_attachments_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_attachments" ADD CONSTRAINT "tip_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_messages" ADD CONSTRAINT "tip_messages_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_messages" ADD CONSTRAINT "tip_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tip_attachments_tip_idx" ON "tip_attachments" USING btree ("tip_id");--> statement-breakpoint
CREATE INDEX "tip_messages_tip_idx" ON "tip_messages" USING btree ("tip_id","seq");--> statement-breakpoint
CREATE INDEX "tips_open_queue_idx" ON "tips" USING btree ("status","priority");--> statement-breakpoint
CREATE INDEX "tips_group_idx" ON "tips" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "tips_case_idx" ON "tips" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "tips_closed_idx" ON "tips" USING btree ("closed_at");