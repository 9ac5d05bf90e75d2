import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.schema';
import { persons } from '../people/people.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/*
 * Person linkage in the registry. None of these tables changes a `persons` row: a person group
 * only points at source records, and every decision is a row of its own (undone, never erased).
 */

/** One run of the linkage engine over every person record (a background job). */
export const linkageRuns = pgTable(
  'linkage_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status').notNull(),
    requestedAt: ts('requested_at').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    records: integer('records'),
    candidatePairs: integer('candidate_pairs'),
    proposed: integer('proposed'),
    review: integer('review'),
    /** The fitted model's summary (λ, prior, EM iterations). */
    model: jsonb('model'),
    error: text('error'),
  },
  (t) => [index('linkage_runs_requested_idx').on(t.requestedAt)],
);

/**
 * A candidate pair the engine scored at or above the review threshold, with the evidence per
 * field. `leftPersonId` < `rightPersonId` so a pair is stored once; a new run refreshes the
 * pairs still pending and leaves decided ones as they were decided.
 */
export const linkagePairs = pgTable(
  'linkage_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leftPersonId: uuid('left_person_id')
      .notNull()
      .references(() => persons.id),
    rightPersonId: uuid('right_person_id')
      .notNull()
      .references(() => persons.id),
    probability: doublePrecision('probability').notNull(),
    band: text('band').notNull(),
    evidence: jsonb('evidence').notNull(),
    priorWeight: doublePrecision('prior_weight').notNull(),
    status: text('status').notNull().default('pending'),
    runId: uuid('run_id').references(() => linkageRuns.id),
    scoredAt: ts('scored_at').notNull(),
    /**
     * A reviewer's "not now" on a pending pair: the queue shows skipped pairs after the others,
     * oldest skip first. Kept through later runs (a rescore does not make the pair new again).
     */
    skippedAt: ts('skipped_at'),
    skippedBy: uuid('skipped_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('linkage_pairs_persons_idx').on(t.leftPersonId, t.rightPersonId),
    index('linkage_pairs_queue_idx').on(t.status, t.probability),
    index('linkage_pairs_right_idx').on(t.rightPersonId),
  ],
);

/** One human known through several source person records. */
export const personGroups = pgTable('person_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: ts('created_at').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
});

/**
 * A reviewer's decision: confirm (merge), reject, un-merge a confirmation, detach a record from
 * its group (left = right = that record) or re-attach it. `undoneBy` marks a confirmation an
 * un-merge reversed or a detach a re-attach reversed; the row itself stays as history.
 */
export const linkageDecisions = pgTable(
  'linkage_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of decisions (timestamps can tie): only the latest change (merge, detach) of a group can be undone. */
    seq: integer('seq').generatedAlwaysAsIdentity().notNull(),
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    pairId: uuid('pair_id').references(() => linkagePairs.id),
    /** The pair's status before this decision (an un-merge puts it back). */
    pairStatusBefore: text('pair_status_before'),
    leftPersonId: uuid('left_person_id')
      .notNull()
      .references(() => persons.id),
    rightPersonId: uuid('right_person_id')
      .notNull()
      .references(() => persons.id),
    /** The group a confirmation merged into (and created, when `createdGroup`). */
    groupId: uuid('group_id').references(() => personGroups.id, { onDelete: 'set null' }),
    createdGroup: boolean('created_group').notNull().default(false),
    /** For an un-merge or re-attach: the confirmation or detach it reversed. */
    reverses: uuid('reverses').references((): AnyPgColumn => linkageDecisions.id),
    undoneBy: uuid('undone_by').references((): AnyPgColumn => linkageDecisions.id),
    reason: text('reason').notNull(),
    decidedAt: ts('decided_at').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
  },
  (t) => [index('linkage_decisions_group_idx').on(t.groupId, t.decidedAt)],
);

/**
 * A source record's membership of a group. A merge of two groups closes the smaller group's rows
 * (`removedBy`) and adds them to the other (`addedBy`); an un-merge deletes what its confirmation
 * added and reopens what it closed, so the rows are exactly as before. A detach closes one row;
 * its re-attach reopens it.
 */
export const personGroupMembers = pgTable(
  'person_group_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => personGroups.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => linkageDecisions.id),
    removedBy: uuid('removed_by').references(() => linkageDecisions.id),
  },
  (t) => [
    uniqueIndex('person_group_members_active_idx').on(t.personId).where(sql`${t.removedBy} IS NULL`),
    index('person_group_members_group_idx').on(t.groupId),
    index('person_group_members_added_idx').on(t.addedBy),
    index('person_group_members_removed_idx').on(t.removedBy),
  ],
);
