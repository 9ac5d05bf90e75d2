import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only, hash-chained audit log. `hash` = SHA-256 over the previous hash and the
 * canonical form of this entry; a trigger (see the migration) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
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
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_action_idx').on(t.action, t.seq),
    index('audit_log_actor_idx').on(t.actorUserId, t.seq),
    index('audit_log_object_idx').on(t.objectType, t.objectId, t.seq),
    index('audit_log_occurred_idx').on(t.occurredAt),
  ],
);
