import { and, asc, count, eq, inArray, lt, notInArray, type SQL } from 'drizzle-orm';
import { closedActionItemStatuses } from '#contracts/taskforce';
import type { Executor } from '../../platform/db/database';
import { agencies } from '../../platform/db/schema';
import { taskforceActionItems, taskforceBodies, taskforceDecisions, taskforceMeetings, taskforceMembers } from './taskforce.schema';

export type BodyRow = typeof taskforceBodies.$inferSelect;
export type MemberRow = typeof taskforceMembers.$inferSelect;
export type MeetingRow = typeof taskforceMeetings.$inferSelect;
export type DecisionRow = typeof taskforceDecisions.$inferSelect;
export type ActionItemRow = typeof taskforceActionItems.$inferSelect;
/** An action item with the start of the meeting that decided it (for the carry-over rule). */
export type TrackedRow = ActionItemRow & { decidedAt: Date };

export async function countBodies(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(taskforceBodies);
  return row?.n ?? 0;
}

export async function insertBody(db: Executor, values: typeof taskforceBodies.$inferInsert): Promise<BodyRow> {
  const [row] = await db.insert(taskforceBodies).values(values).returning();
  return row!;
}

export async function insertMember(db: Executor, values: typeof taskforceMembers.$inferInsert): Promise<void> {
  await db.insert(taskforceMembers).values(values);
}

/** Bodies, all of them or those the given agency is a member of. */
export async function listBodies(db: Executor, memberAgencyId: string | null): Promise<BodyRow[]> {
  const where = memberAgencyId
    ? inArray(taskforceBodies.id, db.select({ id: taskforceMembers.bodyId }).from(taskforceMembers).where(eq(taskforceMembers.agencyId, memberAgencyId)))
    : undefined;
  return db.select().from(taskforceBodies).where(where).orderBy(asc(taskforceBodies.name));
}

export async function findBody(db: Executor, id: string): Promise<BodyRow | null> {
  const [row] = await db.select().from(taskforceBodies).where(eq(taskforceBodies.id, id));
  return row ?? null;
}

export async function isMember(db: Executor, bodyId: string, agencyId: string): Promise<boolean> {
  const rows = await db
    .select({ a: taskforceMembers.agencyId })
    .from(taskforceMembers)
    .where(and(eq(taskforceMembers.bodyId, bodyId), eq(taskforceMembers.agencyId, agencyId)));
  return rows.length > 0;
}

/** The members of the given bodies with their agencies, in the order of the agency codes. */
export async function membersOf(db: Executor, bodyIds: string[]) {
  if (bodyIds.length === 0) return [];
  return db
    .select({ member: taskforceMembers, agencyCode: agencies.code, agencyName: agencies.name, country: agencies.country })
    .from(taskforceMembers)
    .innerJoin(agencies, eq(agencies.id, taskforceMembers.agencyId))
    .where(inArray(taskforceMembers.bodyId, bodyIds))
    .orderBy(asc(agencies.country), asc(agencies.code));
}

/** Inserts or replaces an agency's seat; answers the seat as it was before (null when new). */
export async function upsertMember(db: Executor, values: typeof taskforceMembers.$inferInsert): Promise<MemberRow | null> {
  const [before] = await db
    .select()
    .from(taskforceMembers)
    .where(and(eq(taskforceMembers.bodyId, values.bodyId), eq(taskforceMembers.agencyId, values.agencyId)))
    .for('update');
  await db
    .insert(taskforceMembers)
    .values(values)
    .onConflictDoUpdate({
      target: [taskforceMembers.bodyId, taskforceMembers.agencyId],
      set: { role: values.role, representativeName: values.representativeName, representativeTitle: values.representativeTitle, updatedAt: values.updatedAt },
    });
  return before ?? null;
}

export async function insertMeeting(db: Executor, values: typeof taskforceMeetings.$inferInsert): Promise<MeetingRow> {
  const [row] = await db.insert(taskforceMeetings).values(values).returning();
  return row!;
}

export async function findMeeting(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<MeetingRow | null> {
  const query = db.select().from(taskforceMeetings).where(eq(taskforceMeetings.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Meetings of the given bodies, the latest first. */
export async function listMeetings(db: Executor, bodyIds: string[]) {
  if (bodyIds.length === 0) return [];
  return db
    .select({ meeting: taskforceMeetings, bodyName: taskforceBodies.name })
    .from(taskforceMeetings)
    .innerJoin(taskforceBodies, eq(taskforceBodies.id, taskforceMeetings.bodyId))
    .where(inArray(taskforceMeetings.bodyId, bodyIds))
    .orderBy(asc(taskforceMeetings.startsAt));
}

export async function updateMeeting(db: Executor, id: string, version: number, changes: Partial<typeof taskforceMeetings.$inferInsert>): Promise<MeetingRow | null> {
  const [row] = await db
    .update(taskforceMeetings)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(taskforceMeetings.id, id), eq(taskforceMeetings.version, version)))
    .returning();
  return row ?? null;
}

export async function insertDecision(db: Executor, values: typeof taskforceDecisions.$inferInsert): Promise<DecisionRow> {
  const [row] = await db.insert(taskforceDecisions).values(values).returning();
  return row!;
}

export async function findDecision(db: Executor, id: string): Promise<DecisionRow | null> {
  const [row] = await db.select().from(taskforceDecisions).where(eq(taskforceDecisions.id, id));
  return row ?? null;
}

export async function decisionsOf(db: Executor, meetingId: string): Promise<DecisionRow[]> {
  return db.select().from(taskforceDecisions).where(eq(taskforceDecisions.meetingId, meetingId)).orderBy(asc(taskforceDecisions.createdAt), asc(taskforceDecisions.id));
}

export async function insertActionItem(db: Executor, values: typeof taskforceActionItems.$inferInsert): Promise<ActionItemRow> {
  const [row] = await db.insert(taskforceActionItems).values(values).returning();
  return row!;
}

export async function findActionItem(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<ActionItemRow | null> {
  const query = db.select().from(taskforceActionItems).where(eq(taskforceActionItems.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateActionItem(db: Executor, id: string, version: number, changes: Partial<typeof taskforceActionItems.$inferInsert>): Promise<ActionItemRow | null> {
  const [row] = await db
    .update(taskforceActionItems)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(taskforceActionItems.id, id), eq(taskforceActionItems.version, version)))
    .returning();
  return row ?? null;
}

/**
 * Action items with the start of the meeting that decided them, filtered by body, by the meeting
 * that decided them, by being decided before an instant, and by being still open.
 */
export async function trackedItems(
  db: Executor,
  filter: { bodyIds: string[]; meetingId?: string; decidedBefore?: Date; openOnly?: boolean; dueBefore?: string },
): Promise<TrackedRow[]> {
  if (filter.bodyIds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    inArray(taskforceActionItems.bodyId, filter.bodyIds),
    filter.meetingId ? eq(taskforceActionItems.meetingId, filter.meetingId) : undefined,
    filter.decidedBefore ? lt(taskforceMeetings.startsAt, filter.decidedBefore) : undefined,
    filter.openOnly ? notInArray(taskforceActionItems.status, [...closedActionItemStatuses]) : undefined,
    filter.dueBefore ? lt(taskforceActionItems.dueOn, filter.dueBefore) : undefined,
  ];
  const rows = await db
    .select({ item: taskforceActionItems, decidedAt: taskforceMeetings.startsAt })
    .from(taskforceActionItems)
    .innerJoin(taskforceMeetings, eq(taskforceMeetings.id, taskforceActionItems.meetingId))
    .where(and(...conditions))
    .orderBy(asc(taskforceMeetings.startsAt), asc(taskforceActionItems.dueOn), asc(taskforceActionItems.id));
  return rows.map((r) => ({ ...r.item, decidedAt: r.decidedAt }));
}
