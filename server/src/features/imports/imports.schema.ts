import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/agencies.schema';
import { users } from '../auth/auth.schema';
import { cases } from '../cases/cases.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One uploaded file of an agency, from upload through mapping and validation to commit. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: text('status').notNull(),
    headers: text('headers').array().notNull(),
    rowCount: integer('row_count').notNull(),
    mapping: jsonb('mapping'),
    notices: jsonb('notices').notNull().default(sql`'[]'::jsonb`),
    counts: jsonb('counts').notNull(),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    committedAt: ts('committed_at'),
    /** When the file's rows (`import_rows`) were deleted after the retention period. */
    rowsPurgedAt: ts('rows_purged_at'),
  },
  (t) => [index('import_batches_agency_idx').on(t.agencyId, t.createdAt)],
);

/** Every data row of a file as read, with its status and reasons once validated. */
export const importRows = pgTable(
  'import_rows',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    cells: text('cells').array().notNull(),
    status: text('status').notNull().default('pending'),
    problems: jsonb('problems').notNull().default(sql`'[]'::jsonb`),
    fingerprint: text('fingerprint'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.rowNumber] })],
);

/** Row fingerprints of everything an agency imported: the same row imported again is skipped. */
export const importFingerprints = pgTable(
  'import_fingerprints',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    fingerprint: text('fingerprint').notNull(),
    batchId: uuid('batch_id').notNull(),
    rowNumber: integer('row_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.fingerprint] })],
);

/** The agency's own case reference → the Benteng case it became (rows of later files join it). */
export const importCaseRefs = pgTable(
  'import_case_refs',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    caseRef: text('case_ref').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.caseRef] })],
);

/** Column mappings saved per agency, suggested for files with similar headers. */
export const importTemplates = pgTable(
  'import_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    headers: text('headers').array().notNull(),
    mapping: jsonb('mapping').notNull(),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('import_templates_agency_name_key').on(t.agencyId, t.name)],
);
