import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Assignment } from '#contracts/taskforce';
import { users } from '../auth/auth.schema';

/** Each saved version of the whole responsibility matrix; never changed, the highest is in force. */
export const taskforceMatrixVersions = pgTable('taskforce_matrix_versions', {
  version: integer('version').primaryKey(),
  assignments: jsonb('assignments').$type<Assignment[]>().notNull(),
  reason: text('reason').notNull(),
  changedBy: uuid('changed_by').references(() => users.id),
  changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull(),
});
