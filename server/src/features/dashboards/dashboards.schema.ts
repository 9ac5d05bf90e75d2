import { bigint, date, doublePrecision, boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/agencies.schema';
import { users } from '../auth/auth.schema';
import { bytea } from '../../platform/db/column-types';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Pre-aggregated dashboard figures, rebuilt whole by the `dashboards-refresh` job (and on first use):
 * per month of the case's report (or the tip's receipt), owning agency and whether the case is
 * restricted, the count `n` of one metric by one dimension value, and the sum of `days` for delays.
 * Agency and restriction are kept so each reader's visibility can be applied to the sums.
 */
export const dashboardFacts = pgTable(
  'dashboard_facts',
  {
    month: date('month', { mode: 'string' }).notNull(),
    agencyId: uuid('agency_id'),
    restricted: boolean('restricted').notNull(),
    metric: text('metric').notNull(),
    dim: text('dim').notNull(),
    value: text('value').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
    days: doublePrecision('days').notNull(),
  },
  (t) => [index('dashboard_facts_month_idx').on(t.month, t.metric)],
);

/** Aggregate figures an agency published (no case-level data), entered with their source. */
export const officialStatistics = pgTable(
  'official_statistics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    publisher: text('publisher').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    indicator: text('indicator').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    value: integer('value').notNull(),
    sourceTitle: text('source_title').notNull(),
    sourceUrl: text('source_url'),
    publishedOn: date('published_on', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    deletedAt: ts('deleted_at'),
  },
  (t) => [index('official_statistics_period_idx').on(t.periodStart, t.periodEnd)],
);

/**
 * Monthly and quarterly reports made by the `dashboards-report` job for the user who asked, with
 * the figures that user may see, in their language; the files are kept for that user only.
 */
export const dashboardReports = pgTable(
  'dashboard_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    locale: text('locale').notNull(),
    status: text('status').notNull(),
    pdf: bytea('pdf'),
    xlsx: bytea('xlsx'),
    error: text('error'),
    createdAt: ts('created_at').notNull(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('dashboard_reports_requested_by_idx').on(t.requestedBy, t.createdAt)],
);
