CREATE TABLE "taskforce_matrix_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"assignments" jsonb NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "taskforce_matrix_versions" ADD CONSTRAINT "taskforce_matrix_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;