CREATE TABLE "notifications_sent" (
	"kind" text NOT NULL,
	"object_id" uuid NOT NULL,
	"day" date NOT NULL,
	"recipients" text[] NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notifications_sent_kind_object_id_day_pk" PRIMARY KEY("kind","object_id","day")
);
