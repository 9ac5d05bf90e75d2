import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.schema';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull();

/**
 * Public content pages, one row per saved version per page and language (never updated): the
 * public reads the newest published version; version 0 is the built-in text and has no row.
 */
export const infoContentVersions = pgTable(
  'info_content_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    language: text('language').notNull(),
    version: integer('version').notNull(),
    document: jsonb('document').notNull(),
    published: boolean('published').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('info_content_versions_key').on(t.slug, t.language, t.version)],
);

/** Versions of the job-offer check's rules (same scheme as content: append-only, newest published wins). */
export const jobCheckRuleVersions = pgTable(
  'job_check_rule_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull(),
    rules: jsonb('rules').notNull(),
    published: boolean('published').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('job_check_rule_versions_key').on(t.version)],
);

/** Each load of the official list of licensed recruiters (P3MI); the newest is the one searched. */
export const recruiterLists = pgTable(
  'recruiter_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    rowCount: integer('row_count').notNull(),
    isSample: boolean('is_sample').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull(),
    loadedBy: uuid('loaded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('recruiter_lists_version_key').on(t.version)],
);

/** The recruiters of one list version. `name_key` is the searchable form (see recruiters.names.ts). */
export const recruiters = pgTable(
  'recruiters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listId: uuid('list_id')
      .notNull()
      .references(() => recruiterLists.id),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    licenceNumber: text('licence_number').notNull(),
    licenceKey: text('licence_key').notNull(),
    status: text('status').notNull(),
    offices: jsonb('offices').notNull(),
  },
  (t) => [
    index('recruiters_list_idx').on(t.listId),
    index('recruiters_name_key_trgm_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`),
    index('recruiters_licence_key_idx').on(t.listId, t.licenceKey),
  ],
);

/**
 * Recruiters publicly flagged as confirmed illegal: a deliberate, audited decision by staff who
 * know the cases; withdrawn (never deleted) when it no longer holds.
 */
export const recruiterFlags = pgTable(
  'recruiter_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    licenceNumber: text('licence_number'),
    publicNote: text('public_note').notNull(),
    reason: text('reason').notNull(),
    caseNumber: text('case_number'),
    flaggedAt: timestamp('flagged_at', { withTimezone: true, mode: 'date' }).notNull(),
    flaggedBy: uuid('flagged_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    withdrawalReason: text('withdrawal_reason'),
  },
  (t) => [index('recruiter_flags_name_key_trgm_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`)],
);
