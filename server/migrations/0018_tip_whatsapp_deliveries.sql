CREATE TABLE "tip_whatsapp_deliveries" (
	"message_hash" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
