import type { PersonIdentity } from '#contracts/cases';
import type { ReviewRecord } from '#contracts/linkage-review';
import type { Actor } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { isProtectedRole, pseudonymOf } from '../cases';
import { presentIdentity } from '../people';
import { regionPaths } from '../reference';
import * as repo from './review.repository';

const dots = (n: number) => '•'.repeat(n);

/** "Siti Aminah" → "S••• A•••": enough to see two names start alike, not to read them. */
const maskName = (name: string | null) =>
  name ? name.split(/\s+/).filter(Boolean).map((w) => `${w[0]}${dots(3)}`).join(' ') : null;
const keepLast = (value: string | null, n: number) =>
  value ? `${dots(Math.max(value.length - n, 3))}${value.slice(-n)}` : null;

/** The identity fields of a person row. */
export const identityOf = (person: repo.PersonRow['person']): PersonIdentity => presentIdentity(person);

/** What the actor learns about each record, and whether they may reveal its identity. */
export interface LoadedRecord {
  record: ReviewRecord;
  /** Protected, and the actor may reveal it: the case person the reveal is recorded against. */
  revealVia: { casePersonId: string; caseId: string; role: string } | null;
}

/**
 * The records as a reviewer sees them: the cases they appear in that the actor may see; the
 * identity of a protected person (any protected role in any case) replaced by masked values.
 */
export async function loadRecords(
  db: Executor,
  actor: Actor,
  now: Date,
  personIds: readonly string[],
): Promise<Map<string, LoadedRecord>> {
  const rows = await repo.personRows(db, personIds);
  const seen = await repo.appearances(db, actor, now, personIds);
  const regions = await regionPaths(db, rows.map((r) => r.person.originRegionCode));
  const out = new Map<string, LoadedRecord>();
  for (const { person, agencyName, groupId } of rows) {
    const mine = seen.filter((a) => a.personId === person.id);
    const identityProtected = mine.some((a) => isProtectedRole(a.role));
    const revealable = actor.permissions.has('cases.identity.view')
      ? mine.find((a) => a.visible && a.ownOrShared)
      : undefined;
    const provenance = person.provenance as { source?: string; fileName?: string; row?: number };
    out.set(person.id, {
      revealVia: identityProtected && revealable
        ? { casePersonId: revealable.casePersonId, caseId: revealable.caseId, role: revealable.role }
        : null,
      record: {
        personId: person.id,
        agencyName,
        provenance: {
          source: provenance.source === 'import' ? 'import' : 'manual',
          fileName: provenance.fileName ?? null,
          row: provenance.row ?? null,
        },
        recordedAt: person.createdAt.toISOString(),
        appearances: mine
          .filter((a) => a.visible)
          .map((a) => ({
            caseId: a.caseId,
            caseNumber: a.caseNumber,
            casePersonId: a.casePersonId,
            role: a.role as ReviewRecord['appearances'][number]['role'],
            pseudonym: pseudonymOf({ role: a.role, ordinal: a.ordinal, personId: person.id }),
          })),
        identityProtected,
        sex: person.sex as ReviewRecord['sex'],
        birthYear: person.birthDate ? Number(person.birthDate.slice(0, 4)) : null,
        originRegionCode: person.originRegionCode,
        originRegionName: person.originRegionCode ? (regions.get(person.originRegionCode) ?? null) : null,
        identity: identityProtected ? null : identityOf(person),
        masked: {
          fullName: maskName(person.fullName ?? person.aliases[0] ?? null),
          birthDate: person.birthDate ? `${person.birthDate.slice(0, 4)}-${dots(2)}-${dots(2)}` : null,
          nik: keepLast(person.nik, 4),
          passportNumber: keepLast(person.passportNumber, 3),
          phone: keepLast(person.phone?.replace(/\s/g, '') ?? null, 3),
        },
        groupId,
      },
    });
  }
  return out;
}
