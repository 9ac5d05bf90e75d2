CREATE SEQUENCE "public"."audit_log_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" SET DEFAULT nextval('audit_log_seq_seq');--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_seq_idx" ON "audit_log" USING btree ("chain_seq");--> statement-breakpoint
CREATE INDEX "audit_log_unchained_idx" ON "audit_log" USING btree ("seq") WHERE chain_seq IS NULL;
--> statement-breakpoint
-- Entry numbers continue after the highest written so far; the sequence belongs to the column so
-- a restore (which resets serial columns) moves it on too.
ALTER SEQUENCE "audit_log_seq_seq" OWNED BY "audit_log"."seq";--> statement-breakpoint
SELECT setval('audit_log_seq_seq', coalesce((SELECT max(seq) FROM audit_log), 0) + 1, false);--> statement-breakpoint
-- Until now every entry was linked as it was written, so its place in the chain is its number.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete;--> statement-breakpoint
UPDATE audit_log SET chain_seq = seq;--> statement-breakpoint
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete;--> statement-breakpoint
-- Still append-only, with one exception: the chainer may link an entry that is not linked yet,
-- setting its place, previous hash and hash, and nothing else.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.chain_seq IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
     AND NEW.chain_seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
     AND (to_jsonb(NEW) - '{chain_seq,prev_hash,hash}'::text[]) = (to_jsonb(OLD) - '{chain_seq,prev_hash,hash}'::text[]) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
