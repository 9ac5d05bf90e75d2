import {
  protectedRoles,
  type CasePerson,
  type ImportProvenance,
  type PersonRole,
  type SuspectContext,
  type VictimContext,
} from '#contracts/cases';
import type { Executor } from '../../platform/db/database';
import { agencyNamesById } from '../agencies';
import { findPersons, presentIdentity, type ImportOrigin, type PersonRecord } from '../people';
import * as repo from './case-people.repository';

export const isProtectedRole = (role: string) => (protectedRoles as readonly string[]).includes(role);

/** `victim-2-7F3A`: role, order within the role, first four hex digits of the person id (see the contract). */
export function pseudonymOf(row: Pick<repo.CasePersonRow, 'role' | 'ordinal' | 'personId'>): string {
  return `${row.role}-${row.ordinal}-${row.personId.slice(0, 4).toUpperCase()}`;
}

export function victimContextOf(row: repo.CasePersonRow): VictimContext | null {
  if (row.role !== 'victim') return null;
  return {
    traffickingStatus: (row.traffickingStatus ?? 'possible') as VictimContext['traffickingStatus'],
    statusDecidedBy: row.statusDecidedBy as VictimContext['statusDecidedBy'],
    meansOfControl: row.meansOfControl as VictimContext['meansOfControl'],
    exploitationTypes: row.exploitationTypes as VictimContext['exploitationTypes'],
    forcedLabourIndustry: row.forcedLabourIndustry as VictimContext['forcedLabourIndustry'],
    sexExploitationTypes: row.sexExploitationTypes as VictimContext['sexExploitationTypes'],
    recruitmentMethods: row.recruitmentMethods as VictimContext['recruitmentMethods'],
    recruitmentApps: row.recruitmentApps as VictimContext['recruitmentApps'],
    relationshipToTrafficker: row.relationshipToTrafficker as VictimContext['relationshipToTrafficker'],
    ageWhenTrafficked: row.ageWhenTrafficked,
    documents: row.documents as VictimContext['documents'],
  };
}

export function suspectContextOf(row: repo.CasePersonRow): SuspectContext | null {
  if (row.role !== 'suspect') return null;
  return { roles: row.perpetratorRoles as SuspectContext['roles'], roleDetails: row.roleDetails };
}

/** The case_persons columns for a victim or suspect context (the other role's columns stay empty). */
export function contextColumns(
  victim: VictimContext | null | undefined,
  suspect: SuspectContext | null | undefined,
): Partial<repo.CasePersonInsert> {
  return {
    ...(victim ? victim : {}),
    ...(suspect ? { perpetratorRoles: suspect.roles, roleDetails: suspect.roleDetails } : {}),
  };
}

type AgencyNames = ReadonlyMap<string, { name: string }>;

/** The names of the agencies that imported these records. */
export async function originAgencies(db: Executor, origins: readonly (ImportOrigin | null)[]): Promise<AgencyNames> {
  const ids = [...new Set(origins.flatMap((o) => (o ? [o.agencyId] : [])))];
  return ids.length > 0 ? agencyNamesById(db, ids) : new Map();
}

/** "Imported from <file>, row N, by <agency> on <date>": null for a record entered by hand. */
export function presentProvenance(origin: ImportOrigin | null, agencies: AgencyNames): ImportProvenance | null {
  if (!origin) return null;
  const { agencyId, ...rest } = origin;
  return { ...rest, agency: { id: agencyId, name: agencies.get(agencyId)?.name ?? '' } };
}

/**
 * A person of a case as everyone who sees the case may see them. Protected roles (victim,
 * witness, reporter) never carry their identity here, and give a birth year instead of a date;
 * the identity endpoint reveals it, with a reason, to those allowed.
 */
export function presentCasePerson(
  row: repo.CasePersonRow,
  person: PersonRecord,
  agencies: AgencyNames = new Map(),
): CasePerson {
  const identityProtected = isProtectedRole(row.role);
  return {
    id: row.id,
    personId: row.personId,
    role: row.role as PersonRole,
    pseudonym: pseudonymOf(row),
    identityProtected,
    identity: identityProtected ? null : presentIdentity(person),
    sex: person.sex,
    birthYear: person.birthDate ? Number(person.birthDate.slice(0, 4)) : null,
    estimatedAge: person.estimatedAge,
    citizenship: person.citizenship,
    originRegionCode: person.originRegionCode,
    nikWarnings: person.nikWarnings,
    notes: row.notes,
    victim: victimContextOf(row),
    suspect: suspectContextOf(row),
    provenance: presentProvenance(person.importedFrom, agencies),
    version: row.version,
  };
}

export async function presentCasePeople(db: Executor, caseId: string): Promise<CasePerson[]> {
  const rows = await repo.listCasePersons(db, caseId);
  const people = await findPersons(
    db,
    rows.map((r) => r.personId),
  );
  const agencies = await originAgencies(db, [...people.values()].map((p) => p.importedFrom));
  return rows.map((r) => presentCasePerson(r, people.get(r.personId)!, agencies));
}
