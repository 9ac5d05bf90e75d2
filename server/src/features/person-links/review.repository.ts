import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { PairBand } from '#contracts/linkage-review';
import type { Actor } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { agencies, cases, casePersons, persons, users } from '../../platform/db/schema';
import { visibleCases } from '../cases';
import { linkageDecisions, linkagePairs, personGroupMembers } from './person-links.schema';
import { ownOrShared, personShown } from './visibility';

export type PairRow = typeof linkagePairs.$inferSelect;

/** The two records of the pair are already one person (active members of the same group). */
const alreadyOnePerson = sql`EXISTS (SELECT 1 FROM person_group_members a INNER JOIN person_group_members b
  ON b.group_id = a.group_id AND b.removed_by IS NULL
  WHERE a.person_id = ${linkagePairs.leftPersonId} AND a.removed_by IS NULL AND b.person_id = ${linkagePairs.rightPersonId})`;

/** Pending pairs whose two records the actor may both be shown, and that are not one person yet. */
function reviewable(actor: Actor, now: Date, band: PairBand | 'all'): SQL {
  return and(
    eq(linkagePairs.status, 'pending'),
    band === 'all' ? undefined : eq(linkagePairs.band, band),
    personShown(actor, now, linkagePairs.leftPersonId),
    personShown(actor, now, linkagePairs.rightPersonId),
    sql`NOT ${alreadyOnePerson}`,
  )!;
}

/**
 * The review queue: pairs nobody skipped, most likely first; then skipped pairs, the one skipped
 * longest ago first, so a skip sends a pair to the back for every reviewer.
 */
export async function queuePairs(
  db: Executor,
  actor: Actor,
  now: Date,
  query: { band: PairBand | 'all'; limit: number; offset: number },
): Promise<PairRow[]> {
  return db
    .select()
    .from(linkagePairs)
    .where(reviewable(actor, now, query.band))
    .orderBy(sql`${linkagePairs.skippedAt} ASC NULLS FIRST`, desc(linkagePairs.probability), asc(linkagePairs.id))
    .limit(query.limit)
    .offset(query.offset);
}

export async function countQueue(db: Executor, actor: Actor, now: Date) {
  return db
    .select({ band: linkagePairs.band, n: sql<number>`count(*)::int` })
    .from(linkagePairs)
    .where(reviewable(actor, now, 'all'))
    .groupBy(linkagePairs.band);
}

/** A pair the actor may be shown both records of, locked for a decision when `lock`. */
export async function findPair(db: Executor, actor: Actor, now: Date, id: string, lock = false): Promise<PairRow | null> {
  const query = db
    .select()
    .from(linkagePairs)
    .where(
      and(
        eq(linkagePairs.id, id),
        personShown(actor, now, linkagePairs.leftPersonId),
        personShown(actor, now, linkagePairs.rightPersonId),
      ),
    );
  const rows = lock ? await query.for('update', { of: linkagePairs }) : await query;
  return rows[0] ?? null;
}

export async function findPairByPersons(db: Executor, left: string, right: string): Promise<PairRow | null> {
  const [a, b] = left < right ? [left, right] : [right, left];
  const rows = await db
    .select()
    .from(linkagePairs)
    .where(and(eq(linkagePairs.leftPersonId, a), eq(linkagePairs.rightPersonId, b)))
    .for('update');
  return rows[0] ?? null;
}

export async function setPairStatus(db: Executor, id: string, status: string): Promise<void> {
  await db.update(linkagePairs).set({ status }).where(eq(linkagePairs.id, id));
}

/** A reviewer's skip of a pending pair (the latest skip replaces an earlier one). */
export async function skipPair(db: Executor, id: string, at: Date, by: string): Promise<void> {
  await db.update(linkagePairs).set({ skippedAt: at, skippedBy: by }).where(eq(linkagePairs.id, id));
}

/** The person records with their agency and their active group. */
export async function personRows(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      person: persons,
      agencyName: agencies.name,
      groupId: personGroupMembers.groupId,
    })
    .from(persons)
    .innerJoin(agencies, eq(agencies.id, persons.recordedByAgencyId))
    .leftJoin(personGroupMembers, and(eq(personGroupMembers.personId, persons.id), isNull(personGroupMembers.removedBy)))
    .where(inArray(persons.id, [...new Set(ids)]));
}
export type PersonRow = Awaited<ReturnType<typeof personRows>>[number];

/**
 * Every case the records appear in, with whether the actor may see that case and whether it is
 * owned by or shared with their agency (where identities may be revealed).
 */
export async function appearances(db: Executor, actor: Actor, now: Date, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({
      personId: casePersons.personId,
      casePersonId: casePersons.id,
      caseId: cases.id,
      caseNumber: cases.number,
      role: casePersons.role,
      ordinal: casePersons.ordinal,
      visible: sql<boolean>`(${visibleCases(actor, now)})`,
      ownOrShared: sql<boolean>`(${ownOrShared(actor, now)})`,
    })
    .from(casePersons)
    .innerJoin(cases, eq(cases.id, casePersons.caseId))
    .where(inArray(casePersons.personId, [...new Set(personIds)]))
    .orderBy(asc(cases.number), asc(casePersons.id));
}
export type AppearanceRow = Awaited<ReturnType<typeof appearances>>[number];

/** Decisions and who took them (display name), in the order they were taken. */
export async function decisionsOfGroup(db: Executor, groupId: string) {
  return db
    .select({ decision: linkageDecisions, decidedByName: users.displayName })
    .from(linkageDecisions)
    .leftJoin(users, eq(users.id, linkageDecisions.decidedBy))
    .where(eq(linkageDecisions.groupId, groupId))
    .orderBy(asc(linkageDecisions.seq));
}

/** A case person of the case (the record just entered). */
export async function casePersonOf(db: Executor, caseId: string, casePersonId: string) {
  const [row] = await db
    .select({ personId: casePersons.personId })
    .from(casePersons)
    .where(and(eq(casePersons.id, casePersonId), eq(casePersons.caseId, caseId)));
  return row ?? null;
}
