import type { AddPersonRequest, CasePerson, PersonIdentity, UpdatePersonRequest } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/database';
import { forbidden, invalidField, notFound, versionConflict } from '../../platform/http/app-error';
import { recordAudit, recordAuditAlone } from '../audit';
import {
  createPerson,
  findPersons,
  isIdentityField,
  presentIdentity,
  updatePerson,
  type PersonFields,
} from '../people';
import { actorOf, openCase, openCaseForEdit } from './case-access';
import { diffFields, recordPartChange, type FieldChange } from './case-changes';
import * as repo from './case-people.repository';
import {
  contextColumns,
  isProtectedRole,
  originAgencies,
  presentCasePerson,
  suspectContextOf,
  victimContextOf,
} from './case-people.present';
import { canRevealIdentity } from './cases.policy';
import { refreshCaseFacets } from './cases.facets';

const personFieldNames = [
  'fullName',
  'aliases',
  'sex',
  'birthDate',
  'estimatedAge',
  'nik',
  'passportNumber',
  'passportCountry',
  'citizenship',
  'originRegionCode',
  'phone',
  'address',
] as const;

function personPart(input: Partial<PersonFields>): Partial<PersonFields> {
  const part: Partial<Record<keyof PersonFields, unknown>> = {};
  for (const field of personFieldNames) if (input[field] !== undefined) part[field] = input[field];
  return part as Partial<PersonFields>;
}

/** Marks identity fields of a protected person so history and audit never show their values. */
function markIdentity(changes: FieldChange[], role: string): FieldChange[] {
  if (!isProtectedRole(role)) return changes;
  return changes.map((c) => (isIdentityField(c.field) ? { ...c, identity: true } : c));
}

/** The victim or suspect context as history fields (`victim.meansOfControl`, …). */
function contextChanges(
  prefix: 'victim' | 'suspect',
  before: object | null,
  after: object | null | undefined,
): FieldChange[] {
  if (after === undefined || after === null) return [];
  const from = (before ?? {}) as Record<string, unknown>;
  const to = after as Record<string, unknown>;
  return diffFields(from, to, Object.keys(to)).map((c) => ({ ...c, field: `${prefix}.${c.field}` }));
}

/** Adds a person in a role to a case: a new person record, the case link, facets, history, audit. */
export async function addPerson(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  input: AddPersonRequest,
): Promise<CasePerson> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    await openCaseForEdit(tx, ctx, caseId);
    const person = await createPerson(tx, personPart(input) as PersonFields, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      now: ctx.now,
    });
    const row = await repo.insertCasePerson(tx, {
      caseId,
      personId: person.id,
      role: input.role,
      ordinal: await repo.nextOrdinal(tx, caseId, input.role),
      ...contextColumns(input.victim, input.suspect),
      notes: input.notes,
      createdAt: ctx.now,
      createdBy: actor.userId,
      updatedAt: ctx.now,
    });
    await refreshCaseFacets(tx, [caseId]);
    const fields = [...personFieldNames].map((field) => ({ field, before: null, after: person[field] }));
    const changes: FieldChange[] = [
      { field: 'role', before: null, after: input.role },
      ...markIdentity(fields, input.role),
      ...contextChanges('victim', null, input.victim),
      ...contextChanges('suspect', null, input.suspect),
      ...(input.notes ? [{ field: 'notes', before: null, after: input.notes }] : []),
    ];
    await recordPartChange(tx, ctx, caseId, {
      action: 'add',
      entityType: 'person',
      entityId: row.id,
      changes,
    });
    return presentCasePerson(row, person);
  });
}

async function findOrFail(db: Executor, caseId: string, casePersonId: string) {
  const row = await repo.findCasePerson(db, caseId, casePersonId);
  if (!row) throw notFound('Person');
  return row;
}

/**
 * Changes a case person (version-checked on the case person); person fields go to the people
 * feature. A request that changes nothing writes nothing.
 */
export async function updateCasePerson(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  casePersonId: string,
  input: UpdatePersonRequest,
): Promise<CasePerson> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    await openCaseForEdit(tx, ctx, caseId);
    const row = await findOrFail(tx, caseId, casePersonId);
    if (row.version !== input.version) throw versionConflict();
    if (input.victim && row.role !== 'victim') throw invalidField('victim', 'wrong_role', 'Only for victims');
    if (input.suspect && row.role !== 'suspect')
      throw invalidField('suspect', 'wrong_role', 'Only for suspects');
    const current = (await findPersons(tx, [row.personId])).get(row.personId)!;
    const personChanges = personPart(input);
    const personDiff = diffFields(current, personChanges, personFieldNames);
    const changes: FieldChange[] = [
      ...markIdentity(personDiff, row.role),
      ...contextChanges('victim', victimContextOf(row), input.victim),
      ...contextChanges('suspect', suspectContextOf(row), input.suspect),
      ...diffFields(row, { notes: input.notes }, ['notes']),
    ];
    const agencies = await originAgencies(tx, [current.importedFrom]);
    if (changes.length === 0) return presentCasePerson(row, current, agencies);
    const person =
      personDiff.length > 0
        ? (await updatePerson(tx, row.personId, personChanges, { userId: actor.userId, now: ctx.now })).after
        : current;
    const updated = await repo.updateCasePersonRow(tx, row.id, input.version, {
      ...contextColumns(input.victim, input.suspect),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      updatedAt: ctx.now,
    });
    if (!updated) throw versionConflict();
    await refreshCaseFacets(tx, [caseId]);
    await recordPartChange(tx, ctx, caseId, {
      action: 'update',
      entityType: 'person',
      entityId: row.id,
      changes,
    });
    return presentCasePerson(updated, person, agencies);
  });
}

/**
 * Reveals a person's identity to an actor allowed to see it, after a stated reason. The audit
 * entry is the only thing written, in its own transaction, before anything is answered: no
 * reveal goes unlogged. Refusals are logged too.
 */
export async function revealIdentity(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  casePersonId: string,
  reason: string,
): Promise<PersonIdentity> {
  const actor = actorOf(ctx);
  const opened = await openCase(deps.db, ctx, caseId);
  const row = await findOrFail(deps.db, caseId, casePersonId);
  const event = {
    action: 'case.identity.view' as const,
    objectType: 'case_person',
    objectId: row.id,
    reason,
    details: { caseId, role: row.role },
  };
  if (isProtectedRole(row.role) && !canRevealIdentity(actor, opened.access)) {
    await recordAuditAlone(deps.db, ctx, { ...event, outcome: 'denied' });
    throw forbidden('Your role or your access to this case does not allow seeing identities');
  }
  const person = (await findPersons(deps.db, [row.personId])).get(row.personId)!;
  await deps.db.transaction((tx) => recordAudit(tx, ctx, event));
  return presentIdentity(person);
}
