import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/column-types';
import { agencies } from '../agencies/agencies.schema';
import { users } from '../auth/auth.schema';
import { cases } from '../cases/cases.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A community tip. Nothing here is derived from the reporter's client: no address, browser or
 * exact time (`received_at` is cut to the hour). The report and contact are AES-256-GCM sealed
 * with the tip id as associated data; only triage facts (place codes, urgency) are in clear.
 */
export const tips = pgTable(
  'tips',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel').notNull(),
    status: text('status').notNull().default('new'),
    outcome: text('outcome'),
    receivedAt: ts('received_at').notNull(),
    reportSealed: text('report_sealed').notNull(),
    contactSealed: text('contact_sealed'),
    /** HMAC-SHA256 of the receipt under a key derived from the instance key: finds the row without scanning. */
    receiptLookup: text('receipt_lookup').unique(),
    /** Argon2id of the receipt: the verifier. */
    receiptHash: text('receipt_hash'),
    regionCode: text('region_code'),
    portId: text('port_id'),
    nearPortId: text('near_port_id'),
    eventDate: date('event_date', { mode: 'string' }),
    imminentDeparture: boolean('imminent_departure').notNull().default(false),
    childrenInvolved: boolean('children_involved').notNull().default(false),
    priority: integer('priority').notNull().default(0),
    priorityReasons: text('priority_reasons').array().notNull().default(sql`'{}'::text[]`),
    agencyId: uuid('agency_id').references(() => agencies.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    verifyDueAt: ts('verify_due_at').notNull(),
    actDueAt: ts('act_due_at').notNull(),
    verifiedAt: ts('verified_at'),
    actedAt: ts('acted_at'),
    closedAt: ts('closed_at'),
    escalatedAt: ts('escalated_at'),
    groupId: uuid('group_id'),
    caseId: uuid('case_id').references(() => cases.id),
    unreadFromReporter: boolean('unread_from_reporter').notNull().default(false),
    messageCount: integer('message_count').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('tips_open_queue_idx').on(t.status, t.priority),
    index('tips_group_idx').on(t.groupId),
    index('tips_case_idx').on(t.caseId),
    index('tips_closed_idx').on(t.closedAt),
  ],
);

/** Messages of a tip in order (`seq`): the reporter's, replies the reporter reads, and internal notes. */
export const tipMessages = pgTable(
  'tip_messages',
  {
    id: uuid('id').primaryKey(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tips.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    bodySealed: text('body_sealed').notNull(),
    /** Staff messages: the exact time; the reporter's: cut to the hour. */
    createdAt: ts('created_at').notNull(),
    authorId: uuid('author_id').references(() => users.id),
  },
  (t) => [index('tip_messages_tip_idx').on(t.tipId, t.seq)],
);

/** Files of a tip: only the copy with location and author metadata removed is kept, encrypted. */
export const tipAttachments = pgTable(
  'tip_attachments',
  {
    id: uuid('id').primaryKey(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tips.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    metadataRemoved: text('metadata_removed').array().notNull().default(sql`'{}'::text[]`),
    content: bytea('content').notNull(),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('tip_attachments_tip_idx').on(t.tipId)],
);

/** Proof-of-work challenges already used (or failed), kept until they expire, so each works once. */
export const tipSpentChallenges = pgTable('tip_spent_challenges', {
  challenge: text('challenge').primaryKey(),
  expiresAt: ts('expires_at').notNull(),
});

/** Public holidays that are not working days for tip deadlines (Mon–Fri otherwise). */
export const tipHolidays = pgTable('tip_holidays', {
  day: date('day', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
});

/**
 * WhatsApp messages already taken, by a keyed hash of Meta's message id (never the id itself: it
 * encodes the sender's number), so a webhook Meta redelivers makes no second tip, across restarts.
 * Written in the tip's transaction; the time is cut to the hour; purged after two weeks (Meta
 * retries a failed delivery for up to seven days).
 */
export const tipWhatsappDeliveries = pgTable('tip_whatsapp_deliveries', {
  messageHash: text('message_hash').primaryKey(),
  receivedAt: ts('received_at').notNull(),
});
