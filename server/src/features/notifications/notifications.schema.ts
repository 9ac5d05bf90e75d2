import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Notifications sent, one row per kind, object and day: the daily sweep inserts before it sends,
 * so an item is announced at most once a day however often the job runs.
 */
export const notificationsSent = pgTable(
  'notifications_sent',
  {
    kind: text('kind').notNull(),
    objectId: uuid('object_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    recipients: text('recipients').array().notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.objectId, t.day] })],
);
