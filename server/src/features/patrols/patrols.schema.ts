import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Landing, PatrolKind, Polygon, Vessel } from '#contracts/patrols';
import { users } from '../auth/auth.schema';
import { taskforceBodies } from '../taskforce/taskforce.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A joint patrol or operation: the plan (area, window, agencies, vessels, objectives) and, once it
 * has taken place, its report. The participating agencies are an array the visibility rule reads
 * (`agency = any(agency_ids)`); the kab/kota the area lies in are computed when the area is saved so
 * that statistics per area group in SQL.
 */
export const patrols = pgTable(
  'patrols',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<PatrolKind>().notNull(),
    title: text('title').notNull(),
    bodyId: uuid('body_id').references(() => taskforceBodies.id),
    area: jsonb('area').$type<Polygon>().notNull(),
    kabkotaCodes: text('kabkota_codes').array().notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    agencyIds: uuid('agency_ids').array().notNull(),
    vessels: jsonb('vessels').$type<Vessel[]>().notNull().default([]),
    objectives: text('objectives').notNull().default(''),
    reportedAt: ts('reported_at'),
    findings: text('findings').notNull().default(''),
    peopleIntercepted: integer('people_intercepted'),
    boatsIntercepted: integer('boats_intercepted'),
    landings: jsonb('landings').$type<Landing[]>().notNull().default([]),
    caseIds: uuid('case_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('patrols_starts_idx').on(t.startsAt), index('patrols_agencies_idx').using('gin', t.agencyIds)],
);
