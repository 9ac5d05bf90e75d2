import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/agencies.schema';
import { users } from '../auth/auth.schema';
import { casePersons, cases } from '../cases/cases.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);
const victimRef = () =>
  uuid('case_person_id')
    .notNull()
    .references(() => casePersons.id);
const agencyRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => agencies.id);

/**
 * The HTCDS consent checklist per victim. Rows are never changed: a withdrawal is a new row with
 * `consented = false`, and the latest row (by `seq`; timestamps can tie) is the one in force.
 */
export const protectionConsents = pgTable(
  'protection_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: serial('seq').notNull(),
    casePersonId: victimRef(),
    consented: boolean('consented').notNull(),
    purposeExplained: boolean('purpose_explained').notNull(),
    dataUsesExplained: boolean('data_uses_explained').notNull(),
    researchUseExplained: boolean('research_use_explained').notNull(),
    rightToAccessExplained: boolean('right_to_access_explained').notNull(),
    retentionExplained: boolean('retention_explained').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    notes: text('notes').notNull().default(''),
    agencyId: agencyRef('agency_id'),
    workerUserId: uuid('worker_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('protection_consents_victim_idx').on(t.casePersonId, t.seq)],
);

/** A needs assessment (HTCDS 2.0 risk-factor sections); kept as history, newest last. */
export const protectionAssessments = pgTable(
  'protection_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: serial('seq').notNull(),
    casePersonId: victimRef(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    individualRisks: textArray('individual_risks'),
    householdRisks: textArray('household_risks'),
    communityRisks: textArray('community_risks'),
    notes: text('notes').notNull().default(''),
    agencyId: agencyRef('agency_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('protection_assessments_victim_idx').on(t.casePersonId, t.seq)],
);

/** A service provider in the directory: an agency using Benteng, or a named provider outside it. */
export const protectionProviders = pgTable('protection_providers', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id').references(() => agencies.id),
  name: text('name').notNull(),
  services: textArray('services'),
  capacity: integer('capacity'),
  regionCodes: textArray('region_codes'),
  contactHours: text('contact_hours').notNull().default(''),
  phone: text('phone'),
  isActive: boolean('is_active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at'),
});

/** One item of a victim's support plan (HTCDS spl_). */
export const protectionPlanItems = pgTable(
  'protection_plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: serial('seq').notNull(),
    casePersonId: victimRef(),
    type: text('type').notNull(),
    objective: text('objective').notNull(),
    actionPlan: text('action_plan').notNull().default(''),
    providerId: uuid('provider_id').references(() => protectionProviders.id),
    plannedEndOn: date('planned_end_on', { mode: 'string' }),
    actualEndOn: date('actual_end_on', { mode: 'string' }),
    status: text('status').notNull(),
    agencyId: agencyRef('agency_id'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('protection_plan_items_victim_idx').on(t.casePersonId, t.seq)],
);

/** A referral of a victim from one agency to another (Primero's referral flow). */
export const protectionReferrals = pgTable(
  'protection_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: serial('seq').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    casePersonId: victimRef(),
    fromAgencyId: agencyRef('from_agency_id'),
    toAgencyId: agencyRef('to_agency_id'),
    providerId: uuid('provider_id').references(() => protectionProviders.id),
    reason: text('reason').notNull(),
    details: text('details').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** `consent` or the legal basis code the referral was made on without consent. */
    basis: text('basis').notNull(),
    status: text('status').notNull(),
    statusReason: text('status_reason').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('protection_referrals_to_idx').on(t.toAgencyId, t.status, t.dueOn),
    index('protection_referrals_from_idx').on(t.fromAgencyId, t.status, t.dueOn),
    index('protection_referrals_victim_idx').on(t.casePersonId, t.toAgencyId, t.status),
  ],
);

/** One step of the return path through Batam; one row per step (a correction replaces it). */
export const protectionReturnSteps = pgTable(
  'protection_return_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    casePersonId: victimRef(),
    step: text('step').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    agencyId: agencyRef('agency_id'),
    notes: text('notes').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('protection_return_steps_key').on(t.casePersonId, t.step)],
);

export const protectionFollowUps = pgTable(
  'protection_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: serial('seq').notNull(),
    casePersonId: victimRef(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    notes: text('notes').notNull(),
    agencyId: agencyRef('agency_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('protection_follow_ups_victim_idx').on(t.casePersonId, t.seq)],
);

/** The end of protection for a victim, with the reason dashboards count as reached or lost. */
export const protectionClosures = pgTable('protection_closures', {
  casePersonId: victimRef().primaryKey(),
  reason: text('reason').notNull(),
  closedOn: date('closed_on', { mode: 'string' }).notNull(),
  notes: text('notes').notNull().default(''),
  agencyId: agencyRef('agency_id'),
  closedBy: uuid('closed_by').references(() => users.id),
  closedAt: ts('closed_at').notNull(),
});
