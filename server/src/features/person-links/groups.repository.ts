import { and, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { linkageDecisions, linkagePairs, personGroupMembers, personGroups } from './person-links.schema';

export type DecisionRow = typeof linkageDecisions.$inferSelect;
export type MemberRow = typeof personGroupMembers.$inferSelect;

/** The active memberships of the given people and of every member of their groups, locked. */
export async function lockGroupsOf(db: Executor, personIds: readonly string[]): Promise<MemberRow[]> {
  const groups = db
    .select({ id: personGroupMembers.groupId })
    .from(personGroupMembers)
    .where(and(inArray(personGroupMembers.personId, [...personIds]), isNull(personGroupMembers.removedBy)));
  return db
    .select()
    .from(personGroupMembers)
    .where(and(inArray(personGroupMembers.groupId, groups), isNull(personGroupMembers.removedBy)))
    .for('update');
}

export async function insertGroup(db: Executor, values: typeof personGroups.$inferInsert): Promise<string> {
  const [row] = await db.insert(personGroups).values(values).returning({ id: personGroups.id });
  return row!.id;
}

export async function findGroup(db: Executor, id: string) {
  const [row] = await db.select().from(personGroups).where(eq(personGroups.id, id));
  return row ?? null;
}

export async function deleteGroup(db: Executor, id: string): Promise<void> {
  await db.delete(personGroups).where(eq(personGroups.id, id));
}

export async function insertDecision(db: Executor, values: Omit<typeof linkageDecisions.$inferInsert, 'seq'>): Promise<DecisionRow> {
  const [row] = await db.insert(linkageDecisions).values(values).returning();
  return row!;
}

export async function findDecisionForUpdate(db: Executor, id: string): Promise<DecisionRow | null> {
  const rows = await db.select().from(linkageDecisions).where(eq(linkageDecisions.id, id)).for('update');
  return rows[0] ?? null;
}

export async function markUndone(db: Executor, id: string, undoneBy: string): Promise<void> {
  await db.update(linkageDecisions).set({ undoneBy }).where(eq(linkageDecisions.id, id));
}

export async function addMembers(db: Executor, groupId: string, personIds: readonly string[], addedBy: string): Promise<void> {
  if (personIds.length === 0) return;
  await db.insert(personGroupMembers).values(personIds.map((personId) => ({ groupId, personId, addedBy })));
}

/** Closes the active memberships of a group (its people move to another group). */
export async function closeMembers(db: Executor, groupId: string, removedBy: string): Promise<void> {
  await db
    .update(personGroupMembers)
    .set({ removedBy })
    .where(and(eq(personGroupMembers.groupId, groupId), isNull(personGroupMembers.removedBy)));
}

/** What a decision did to memberships: the rows it added and the rows it closed. */
export async function membersTouchedBy(db: Executor, decisionId: string) {
  const added = await db.select().from(personGroupMembers).where(eq(personGroupMembers.addedBy, decisionId));
  const closed = await db.select().from(personGroupMembers).where(eq(personGroupMembers.removedBy, decisionId));
  return { added, closed };
}

/** Reverses a decision's membership changes: deletes the rows it added, reopens the rows it closed. */
export async function revertMembers(db: Executor, decisionId: string): Promise<void> {
  await db.delete(personGroupMembers).where(eq(personGroupMembers.addedBy, decisionId));
  await db.update(personGroupMembers).set({ removedBy: null }).where(eq(personGroupMembers.removedBy, decisionId));
}

/**
 * A change of the same group's memberships (a merge or a detach) taken after `decision` and still
 * in effect: it must be undone first, so undoing never skips over a later change.
 */
export async function laterChangeInEffect(db: Executor, decision: DecisionRow): Promise<boolean> {
  if (!decision.groupId) return false;
  const rows = await db
    .select({ id: linkageDecisions.id })
    .from(linkageDecisions)
    .where(
      and(
        eq(linkageDecisions.groupId, decision.groupId),
        inArray(linkageDecisions.kind, ['confirm', 'detach']),
        isNull(linkageDecisions.undoneBy),
        gt(linkageDecisions.seq, decision.seq),
        ne(linkageDecisions.id, decision.id),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Closes one membership: the record leaves its group (a detach). */
export async function closeMember(db: Executor, memberId: string, removedBy: string): Promise<void> {
  await db.update(personGroupMembers).set({ removedBy }).where(and(eq(personGroupMembers.id, memberId), isNull(personGroupMembers.removedBy)));
}

/** Whether the person is an active member of any group. */
export async function hasActiveMembership(db: Executor, personId: string): Promise<boolean> {
  const rows = await db
    .select({ id: personGroupMembers.id })
    .from(personGroupMembers)
    .where(and(eq(personGroupMembers.personId, personId), isNull(personGroupMembers.removedBy)))
    .limit(1);
  return rows.length > 0;
}

/** The records detached from a group by a detach still in effect (loose now, or in another group since). */
export async function detachedFrom(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: linkageDecisions.leftPersonId })
    .from(linkageDecisions)
    .where(and(eq(linkageDecisions.groupId, groupId), eq(linkageDecisions.kind, 'detach'), isNull(linkageDecisions.undoneBy)))
    .orderBy(linkageDecisions.seq);
  return rows.map((r) => r.personId);
}

/** Active members of a group; locked with `forUpdate` (a detach or re-attach changes this group alone). */
export async function activeMembers(db: Executor, groupId: string, forUpdate = false): Promise<MemberRow[]> {
  const query = db
    .select()
    .from(personGroupMembers)
    .where(and(eq(personGroupMembers.groupId, groupId), isNull(personGroupMembers.removedBy)))
    .orderBy(sql`${personGroupMembers.id}`);
  return forUpdate ? query.for('update') : query;
}

/** Whether a pair across the two sets of people was rejected (decided to be different people). */
export async function rejectedBetween(db: Executor, one: readonly string[], other: readonly string[]): Promise<boolean> {
  const rows = await db
    .select({ id: linkagePairs.id })
    .from(linkagePairs)
    .where(
      and(
        eq(linkagePairs.status, 'rejected'),
        or(
          and(inArray(linkagePairs.leftPersonId, [...one]), inArray(linkagePairs.rightPersonId, [...other])),
          and(inArray(linkagePairs.leftPersonId, [...other]), inArray(linkagePairs.rightPersonId, [...one])),
        ),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
