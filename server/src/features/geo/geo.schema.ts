import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The vulnerability index's weights, one row per version (append-only: the latest is in force). */
export const vulnerabilityFormulas = pgTable('vulnerability_formulas', {
  version: integer('version').primaryKey(),
  weights: jsonb('weights').notNull(),
  note: text('note').notNull(),
  createdAt: ts('created_at').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
});
