CREATE TABLE "taskforce_meeting_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "taskforce_meeting_attachments" ADD CONSTRAINT "taskforce_meeting_attachments_meeting_id_taskforce_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."taskforce_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taskforce_meeting_attachments" ADD CONSTRAINT "taskforce_meeting_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "taskforce_meeting_attachments_meeting_idx" ON "taskforce_meeting_attachments" USING btree ("meeting_id","created_at");