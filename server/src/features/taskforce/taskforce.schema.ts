import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActionItemStatus, Participant } from '#contracts/taskforce';
import { bytea } from '../../platform/db/column-types';
import { agencies } from '../agencies/agencies.schema';
import { users } from '../auth/auth.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const agencyRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => agencies.id);

/** A forum, working group or task force (Gugus Tugas PP-TPPO) whose members are agencies. */
export const taskforceBodies = pgTable('taskforce_bodies', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  parentId: uuid('parent_id'),
  regionCode: text('region_code'),
  createdAt: ts('created_at').notNull(),
});

/** An agency's seat in a body and the person who represents it. */
export const taskforceMembers = pgTable(
  'taskforce_members',
  {
    bodyId: uuid('body_id')
      .notNull()
      .references(() => taskforceBodies.id),
    agencyId: agencyRef('agency_id'),
    role: text('role').notNull(),
    representativeName: text('representative_name'),
    representativeTitle: text('representative_title'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.agencyId] }), index('taskforce_members_agency_idx').on(t.agencyId)],
);

export const taskforceMeetings = pgTable(
  'taskforce_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => taskforceBodies.id),
    title: text('title').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at'),
    place: text('place'),
    onlineUrl: text('online_url'),
    participants: jsonb('participants').$type<Participant[]>().notNull().default([]),
    /** The meeting's own topics; the rest of the agenda comes from the template and the carry-over rule. */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    minutes: text('minutes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('taskforce_meetings_body_idx').on(t.bodyId, t.startsAt)],
);

/**
 * Files of a meeting (invitation, presentations, signed minutes), encrypted at rest like case and tip
 * files (AES-256-GCM with the instance key, bound to the attachment id).
 */
export const taskforceMeetingAttachments = pgTable(
  'taskforce_meeting_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => taskforceMeetings.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('taskforce_meeting_attachments_meeting_idx').on(t.meetingId, t.createdAt)],
);

export const taskforceDecisions = pgTable(
  'taskforce_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => taskforceMeetings.id),
    textId: text('text_id').notNull(),
    textMs: text('text_ms').notNull(),
    textEn: text('text_en').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('taskforce_decisions_meeting_idx').on(t.meetingId, t.createdAt)],
);

export const taskforceActionItems = pgTable(
  'taskforce_action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => taskforceBodies.id),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => taskforceMeetings.id),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => taskforceDecisions.id),
    title: text('title').notNull(),
    ownerAgencyId: agencyRef('owner_agency_id'),
    ownerPerson: text('owner_person').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<ActionItemStatus>().notNull(),
    evidence: text('evidence').notNull().default(''),
    closedAt: ts('closed_at'),
    caseIds: uuid('case_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('taskforce_action_items_body_idx').on(t.bodyId, t.status),
    index('taskforce_action_items_owner_idx').on(t.ownerAgencyId, t.status, t.dueOn),
  ],
);
