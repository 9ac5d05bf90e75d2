import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, tsvector } from '../../platform/db/column-types';
import { agencies } from '../agencies/agencies.schema';
import { users } from '../auth/auth.schema';
import { persons } from '../people/people.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/**
 * A TPPO case (HTCDS Case). The `*_codes` arrays and counts are kept up to date by the service
 * from the case's people and route, so list filters are one indexed lookup.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    reportedRegionCode: text('reported_region_code'),
    reportedPortId: text('reported_port_id'),
    discoveryChannel: text('discovery_channel').notNull(),
    owningAgencyId: uuid('owning_agency_id')
      .notNull()
      .references(() => agencies.id),
    leadOfficerId: uuid('lead_officer_id').references(() => users.id),
    status: text('status').notNull().default('reported'),
    statusChangedAt: ts('status_changed_at').notNull(),
    sensitivity: text('sensitivity').notNull().default('standard'),
    legalBasis: textArray('legal_basis'),
    exploitationTypes: textArray('exploitation_types'),
    meansOfControl: textArray('means_of_control'),
    recruitmentMethods: textArray('recruitment_methods'),
    portIds: textArray('port_ids'),
    regionCodes: textArray('region_codes'),
    victimCount: integer('victim_count').notNull().default(0),
    suspectCount: integer('suspect_count').notNull().default(0),
    provenance: jsonb('provenance').notNull().default(sql`'{"source":"manual"}'::jsonb`),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('simple', benteng_unaccent(coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || number))`,
    ),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('cases_number_key').on(t.number),
    index('cases_agency_idx').on(t.owningAgencyId, t.reportedOn),
    index('cases_reported_idx').on(t.reportedOn, t.id),
    index('cases_updated_idx').on(t.updatedAt, t.id),
    // The list's number order (sequence numbers are padded to four digits only; see cases.list.cursor.ts).
    index('cases_number_order_idx').on(t.year, sql`length(${t.number})`, t.number, t.id),
    index('cases_status_idx').on(t.status),
    index('cases_exploitation_idx').using('gin', t.exploitationTypes),
    index('cases_means_idx').using('gin', t.meansOfControl),
    index('cases_recruitment_idx').using('gin', t.recruitmentMethods),
    index('cases_ports_idx').using('gin', t.portIds),
    index('cases_regions_idx').using('gin', t.regionCodes),
    index('cases_search_idx').using('gin', t.searchVector),
  ],
);

/** The last sequence number given out per year, for `TPPO/KEPRI/<year>/<seq>`. */
export const caseNumberCounters = pgTable('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** A person in a role in a case, with the victim or perpetrator context HTCDS records. */
export const casePersons = pgTable(
  'case_persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role').notNull(),
    /** Order of addition within the role, for pseudonyms such as "Korban 2". */
    ordinal: integer('ordinal').notNull(),
    traffickingStatus: text('trafficking_status'),
    statusDecidedBy: text('status_decided_by'),
    meansOfControl: textArray('means_of_control'),
    exploitationTypes: textArray('exploitation_types'),
    forcedLabourIndustry: text('forced_labour_industry'),
    sexExploitationTypes: textArray('sex_exploitation_types'),
    recruitmentMethods: textArray('recruitment_methods'),
    recruitmentApps: textArray('recruitment_apps'),
    relationshipToTrafficker: text('relationship_to_trafficker'),
    ageWhenTrafficked: integer('age_when_trafficked'),
    documents: jsonb('documents').notNull().default(sql`'[]'::jsonb`),
    perpetratorRoles: textArray('perpetrator_roles'),
    roleDetails: text('role_details').notNull().default(''),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('case_persons_case_idx').on(t.caseId), index('case_persons_person_idx').on(t.personId)],
);

/** A step of the route (HTCDS historic trafficking event): recruitment → transit → exploitation. */
export const routeEvents = pgTable(
  'route_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    casePersonId: uuid('case_person_id').references(() => casePersons.id),
    position: integer('position').notNull(),
    type: text('type').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }),
    placeKind: text('place_kind').notNull(),
    regionCode: text('region_code'),
    portId: text('port_id'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    placeName: text('place_name'),
    country: text('country'),
    transport: text('transport'),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('route_events_case_idx').on(t.caseId, t.position)],
);

export const caseStatusChanges = pgTable(
  'case_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason').notNull(),
    changedAt: ts('changed_at').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
  },
  (t) => [index('case_status_changes_case_idx').on(t.caseId, t.changedAt)],
);

/** A case shared with another agency: read, or contribute; revocable, optionally expiring. */
export const caseShares = pgTable(
  'case_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    access: text('access').notNull(),
    reason: text('reason').notNull(),
    expiresAt: ts('expires_at'),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    revokedAt: ts('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokeReason: text('revoke_reason'),
  },
  (t) => [index('case_shares_case_idx').on(t.caseId), index('case_shares_agency_idx').on(t.agencyId, t.caseId)],
);

export const caseComments = pgTable(
  'case_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('case_comments_case_idx').on(t.caseId, t.createdAt)],
);

/** Files of a case, encrypted at rest (AES-256-GCM with the instance key, bound to the attachment id). */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    casePersonId: uuid('case_person_id').references(() => casePersons.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    isIdentity: boolean('is_identity').notNull().default(false),
    content: bytea('content').notNull(),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);

/** Every version of a case: which entity changed, the fields before and after, who and when. */
export const caseHistory = pgTable(
  'case_history',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    changes: jsonb('changes').notNull(),
    changedAt: ts('changed_at').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    agencyId: uuid('agency_id').references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.version] })],
);

export const savedCaseFilters = pgTable(
  'saved_case_filters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    query: jsonb('query').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('saved_case_filters_user_idx').on(t.userId)],
);
