import type { AddPersonRequest, NikWarning, PersonIdentity } from '#contracts/cases';
import type { Executor } from '../../platform/db/database';
import { invalidField as invalid, notFound } from '../../platform/http/app-error';
import { findRegion } from '../reference';
import { nameSearchKey } from './names';
import { checkNik } from './nik';
import { importOriginOf, type ImportOrigin } from './provenance';
import * as repo from './people.repository';

/** The fields of a person record that callers set (the request's person part). */
export type PersonFields = Pick<
  AddPersonRequest,
  | 'fullName'
  | 'aliases'
  | 'sex'
  | 'birthDate'
  | 'estimatedAge'
  | 'nik'
  | 'passportNumber'
  | 'passportCountry'
  | 'citizenship'
  | 'originRegionCode'
  | 'phone'
  | 'address'
>;

/** The fields that identify a person: hidden for protected roles, revealed only with a reason. */
export const identityFields = [
  'fullName',
  'aliases',
  'birthDate',
  'nik',
  'passportNumber',
  'passportCountry',
  'phone',
  'address',
] as const;
export type IdentityField = (typeof identityFields)[number];
export const isIdentityField = (field: string): field is IdentityField =>
  (identityFields as readonly string[]).includes(field);

/** A person as other features see it. */
export interface PersonRecord extends PersonFields {
  id: string;
  nikWarnings: NikWarning[];
  recordedByAgencyId: string;
  /** Set when an agency import wrote the record. */
  importedFrom: ImportOrigin | null;
  version: number;
}

function toRecord(row: repo.PersonRow): PersonRecord {
  return {
    id: row.id,
    fullName: row.fullName,
    aliases: row.aliases,
    sex: row.sex as PersonFields['sex'],
    birthDate: row.birthDate,
    estimatedAge: row.estimatedAge,
    nik: row.nik,
    passportNumber: row.passportNumber,
    passportCountry: row.passportCountry,
    citizenship: row.citizenship,
    originRegionCode: row.originRegionCode,
    phone: row.phone,
    address: row.address,
    nikWarnings: row.nikWarnings as NikWarning[],
    recordedByAgencyId: row.recordedByAgencyId,
    importedFrom: importOriginOf(row.provenance, row.createdAt),
    version: row.version,
  };
}

/** The identity fields of a person (a record, or any row with those fields). */
export function presentIdentity(person: Pick<PersonRecord, IdentityField>): PersonIdentity {
  return {
    fullName: person.fullName,
    aliases: person.aliases,
    birthDate: person.birthDate,
    nik: person.nik,
    passportNumber: person.passportNumber,
    passportCountry: person.passportCountry,
    phone: person.phone,
    address: person.address,
  };
}

/** Rules that need the database or the whole record (the contract checks each field alone). */
async function validate(db: Executor, person: PersonFields, today: string): Promise<void> {
  if (!person.fullName && person.aliases.length === 0)
    throw invalid('fullName', 'required', 'Give a name or at least one alias');
  if (person.birthDate && person.birthDate > today)
    throw invalid('birthDate', 'in_future', 'The birth date is in the future');
  if (person.originRegionCode && !(await findRegion(db, person.originRegionCode))) {
    throw invalid('originRegionCode', 'unknown_region', 'Unknown region code');
  }
}

/** Derived columns: the name search key, and the NIK's structure warnings. */
async function derived(db: Executor, person: PersonFields) {
  const nikWarnings = person.nik
    ? await checkNik(person.nik, person, async (code) => (await findRegion(db, code)) !== null)
    : [];
  return { nameKey: nameSearchKey(person.fullName, person.aliases), nikWarnings };
}

export interface PersonWriteMeta {
  userId: string | null;
  now: Date;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Records a new person for an agency (inside the caller's transaction). */
export async function createPerson(
  db: Executor,
  fields: PersonFields,
  meta: PersonWriteMeta & { agencyId: string },
): Promise<PersonRecord> {
  await validate(db, fields, isoDay(meta.now));
  const row = await repo.insertPerson(db, {
    ...fields,
    ...(await derived(db, fields)),
    estimatedAgeOn: fields.estimatedAge === null ? null : isoDay(meta.now),
    recordedByAgencyId: meta.agencyId,
    createdAt: meta.now,
    createdBy: meta.userId,
    updatedAt: meta.now,
  });
  return toRecord(row);
}

/** Changes a person (inside the caller's transaction, which decides about versions); answers before and after. */
export async function updatePerson(
  db: Executor,
  id: string,
  changes: Partial<PersonFields>,
  meta: PersonWriteMeta,
): Promise<{ before: PersonRecord; after: PersonRecord }> {
  const row = await repo.findPersonForUpdate(db, id);
  if (!row) throw notFound('Person');
  const before = toRecord(row);
  const merged: PersonFields = { ...before, ...changes };
  await validate(db, merged, isoDay(meta.now));
  const updated = await repo.updatePersonRow(db, id, {
    ...changes,
    ...(await derived(db, merged)),
    ...('estimatedAge' in changes
      ? { estimatedAgeOn: changes.estimatedAge === null ? null : isoDay(meta.now) }
      : {}),
    updatedAt: meta.now,
  });
  return { before, after: toRecord(updated) };
}

/** People by id (unknown ids are absent). */
export async function findPersons(db: Executor, ids: readonly string[]): Promise<Map<string, PersonRecord>> {
  const rows = await repo.findPersonsByIds(db, ids);
  return new Map(rows.map((r) => [r.id, toRecord(r)]));
}
