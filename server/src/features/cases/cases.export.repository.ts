import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context';
import { rowsOf, type Db, type Tx } from '../../platform/db/database';
import { activeShare } from './cases.policy';
import { cases } from './cases.schema';
import { shareAccessOf } from './cases.list.repository';

/** A person of an exported case; the identity fields are present only when identity was granted. */
export interface ExportPersonRow {
  personId: string;
  role: string;
  ordinal: number;
  sex: string;
  birthYear: number | null;
  estimatedAge: number | null;
  citizenship: string[];
  originRegionCode: string | null;
  traffickingStatus: string | null;
  statusDecidedBy: string | null;
  meansOfControl: string[];
  exploitationTypes: string[];
  forcedLabourIndustry: string | null;
  sexExploitationTypes: string[];
  recruitmentMethods: string[];
  recruitmentApps: string[];
  relationshipToTrafficker: string | null;
  ageWhenTrafficked: number | null;
  documents: { type: string; issue: string }[];
  perpetratorRoles: string[];
  /** Null when the case's identity may not be revealed to the actor. */
  identity: ExportIdentity | null;
}

export interface ExportIdentity {
  fullName: string | null;
  aliases: string[];
  birthDate: string | null;
  nik: string | null;
  passportNumber: string | null;
  passportCountry: string | null;
  phone: string | null;
  address: string | null;
  roleDetails: string;
}

export interface ExportRouteRow {
  type: string;
  occurredOn: string | null;
  placeKind: string;
  regionCode: string | null;
  portId: string | null;
  lat: number | null;
  lng: number | null;
  placeName: string | null;
  country: string | null;
  transport: string | null;
  description: string;
}

export interface ExportCaseRow {
  id: string;
  number: string;
  title: string;
  summary: string;
  status: string;
  sensitivity: string;
  reportedOn: string;
  discoveryChannel: string;
  owningAgencyId: string;
  reportedRegionCode: string | null;
  reportedPortId: string | null;
  legalBasis: string[];
  exploitationTypes: string[];
  meansOfControl: string[];
  recruitmentMethods: string[];
  portIds: string[];
  victimCount: number;
  suspectCount: number;
  updatedAt: string;
  shareAccess: 'read' | 'contribute' | null;
  people: ExportPersonRow[];
  route: ExportRouteRow[];
}

/**
 * Identity of a case's people, built in SQL only when the export asked for it and was allowed to,
 * and nulled per case unless the actor could reveal identity there (owner or shared access, the
 * rule of canRevealIdentity), so identity the actor may not see never leaves the database.
 */
function identityOf(actor: Actor, now: Date, includeIdentity: boolean): SQL {
  if (!includeIdentity) return sql`NULL`;
  const mayReveal = sql`(${cases.owningAgencyId} = ${actor.agencyId} OR ${activeShare(cases.id, actor.agencyId, now)})`;
  return sql`CASE WHEN ${mayReveal} THEN json_build_object(
    'fullName', p.full_name, 'aliases', p.aliases, 'birthDate', p.birth_date::text, 'nik', p.nik,
    'passportNumber', p.passport_number, 'passportCountry', p.passport_country, 'phone', p.phone,
    'address', p.address, 'roleDetails', cp.role_details) END`;
}

/**
 * The export query: one row per case with its people and route as JSON, newest first, read in
 * index order so the first rows stream at once. (Aggregating people and routes for all selected
 * cases with hash joins instead took about as long in total at 100,000 cases, but sent nothing for
 * the first 11 s and sorted 280 MB on the database server's disk; bench:cases.)
 */
export function exportQuery(actor: Actor, now: Date, where: SQL, includeIdentity: boolean): SQL {
  // `persons` belongs to the people feature; read here by name, as the facets do.
  const people = sql`(SELECT coalesce(json_agg(json_build_object(
      'personId', p.id, 'role', cp.role, 'ordinal', cp.ordinal, 'sex', p.sex,
      'birthYear', extract(year FROM p.birth_date)::int, 'estimatedAge', p.estimated_age,
      'citizenship', p.citizenship, 'originRegionCode', p.origin_region_code,
      'traffickingStatus', cp.trafficking_status, 'statusDecidedBy', cp.status_decided_by,
      'meansOfControl', cp.means_of_control, 'exploitationTypes', cp.exploitation_types,
      'forcedLabourIndustry', cp.forced_labour_industry, 'sexExploitationTypes', cp.sex_exploitation_types,
      'recruitmentMethods', cp.recruitment_methods, 'recruitmentApps', cp.recruitment_apps,
      'relationshipToTrafficker', cp.relationship_to_trafficker, 'ageWhenTrafficked', cp.age_when_trafficked,
      'documents', cp.documents, 'perpetratorRoles', cp.perpetrator_roles,
      'identity', ${identityOf(actor, now, includeIdentity)}) ORDER BY cp.role, cp.ordinal), '[]'::json)
    FROM case_persons cp JOIN persons p ON p.id = cp.person_id WHERE cp.case_id = ${cases.id})`;
  const route = sql`(SELECT coalesce(json_agg(json_build_object(
      'type', r.type, 'occurredOn', r.occurred_on::text, 'placeKind', r.place_kind, 'regionCode', r.region_code,
      'portId', r.port_id, 'lat', r.lat, 'lng', r.lng, 'placeName', r.place_name, 'country', r.country,
      'transport', r.transport, 'description', r.description) ORDER BY r.position), '[]'::json)
    FROM route_events r WHERE r.case_id = ${cases.id})`;
  return sql`SELECT ${cases.id} AS "id", ${cases.number} AS "number", ${cases.title} AS "title", ${cases.summary} AS "summary",
      ${cases.status} AS "status", ${cases.sensitivity} AS "sensitivity", ${cases.reportedOn}::text AS "reportedOn",
      ${cases.discoveryChannel} AS "discoveryChannel", ${cases.owningAgencyId} AS "owningAgencyId",
      ${cases.reportedRegionCode} AS "reportedRegionCode", ${cases.reportedPortId} AS "reportedPortId",
      ${cases.legalBasis} AS "legalBasis", ${cases.exploitationTypes} AS "exploitationTypes",
      ${cases.meansOfControl} AS "meansOfControl", ${cases.recruitmentMethods} AS "recruitmentMethods",
      ${cases.portIds} AS "portIds", ${cases.victimCount} AS "victimCount", ${cases.suspectCount} AS "suspectCount",
      to_char(${cases.updatedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt",
      ${shareAccessOf(actor, now)} AS "shareAccess", ${people} AS "people", ${route} AS "route"
    FROM ${cases} WHERE ${where}
    ORDER BY ${cases.reportedOn} DESC, ${cases.id} DESC`;
}

/** Rows fetched per round trip: large enough to be fast, small enough that memory stays flat. */
export const exportBatchSize = 500;

/**
 * Runs the export query through a server-side cursor in one read-only, repeatable-read transaction
 * (a consistent snapshot on both drivers) and hands each batch to `onBatch`, which may wait (the
 * client reading slowly holds the cursor, not memory). `onBatch` gets the transaction for look-ups
 * (on PGlite, the one connection is held until the export ends). Returns the number of rows read.
 */
export async function streamExportRows(db: Db, query: SQL, onBatch: (rows: ExportCaseRow[], tx: Tx) => Promise<void>): Promise<number> {
  let count = 0;
  await db.transaction(
    async (tx) => {
      await tx.execute(sql`DECLARE case_export NO SCROLL CURSOR FOR ${query}`);
      for (;;) {
        const rows = rowsOf<ExportCaseRow>(await tx.execute(sql.raw(`FETCH ${exportBatchSize} FROM case_export`)));
        if (rows.length === 0) break;
        count += rows.length;
        await onBatch(rows, tx);
      }
      await tx.execute(sql.raw('CLOSE case_export'));
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return count;
}
