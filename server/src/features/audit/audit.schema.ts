import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Entry numbers, drawn when an entry is written (a rolled-back transaction leaves a gap). */
export const auditLogSeq = pgSequence('audit_log_seq_seq');

/**
 * The append-only, hash-chained audit log. An entry is written with its number `seq` in the
 * transaction of the change it records; the chainer (audit.chainer.ts) links committed entries
 * into the chain afterwards, one at a time: `chain_seq` is the position in the chain (1, 2, 3, …
 * without gaps), `hash` = SHA-256 over the previous entry's hash and the canonical form of this
 * entry. A trigger (see the migrations) refuses UPDATE, DELETE and TRUNCATE, except the one
 * update that links a not yet linked entry.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().default(sql`nextval('audit_log_seq_seq')`),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    requestId: text('request_id'),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    actorAgencyId: uuid('actor_agency_id'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    outcome: text('outcome').notNull(),
    reason: text('reason'),
    before: jsonb('before'),
    after: jsonb('after'),
    details: jsonb('details'),
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_action_idx').on(t.action, t.seq),
    index('audit_log_actor_idx').on(t.actorUserId, t.seq),
    index('audit_log_object_idx').on(t.objectType, t.objectId, t.seq),
    index('audit_log_occurred_idx').on(t.occurredAt),
    uniqueIndex('audit_log_chain_seq_idx').on(t.chainSeq),
    index('audit_log_unchained_idx').on(t.seq).where(sql`chain_seq IS NULL`),
  ],
);
