import { and, arrayOverlaps, asc, eq, inArray, isNull, lt, notInArray } from 'drizzle-orm';
import { closedActionItemStatuses } from '#contracts/taskforce';
import type { Executor } from '../../platform/db/database';
import { notificationsSent, taskforceActionItems, taskforceBodies, taskforceMeetings, users } from '../../platform/db/schema';

/** E-mail addresses of the active users of the given agencies who hold one of the given roles. */
export async function recipientsOf(db: Executor, agencyIds: string[], roles: string[]): Promise<string[]> {
  if (agencyIds.length === 0 || roles.length === 0) return [];
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.agencyId, agencyIds), isNull(users.disabledAt), arrayOverlaps(users.roles, roles)))
    .orderBy(asc(users.email));
  return rows.map((r) => r.email);
}

/** Open action items due before the given day (WIB), with the body and meeting that decided them. */
export async function overdueActionItems(db: Executor, today: string) {
  return db
    .select({
      id: taskforceActionItems.id,
      dueOn: taskforceActionItems.dueOn,
      ownerAgencyId: taskforceActionItems.ownerAgencyId,
      bodyName: taskforceBodies.name,
      meetingStartsAt: taskforceMeetings.startsAt,
    })
    .from(taskforceActionItems)
    .innerJoin(taskforceBodies, eq(taskforceBodies.id, taskforceActionItems.bodyId))
    .innerJoin(taskforceMeetings, eq(taskforceMeetings.id, taskforceActionItems.meetingId))
    .where(and(notInArray(taskforceActionItems.status, [...closedActionItemStatuses]), lt(taskforceActionItems.dueOn, today)))
    .orderBy(asc(taskforceActionItems.dueOn), asc(taskforceActionItems.id));
}

/** Claims the day's notification of an object; false when it was already sent that day. */
export async function claim(db: Executor, values: typeof notificationsSent.$inferInsert): Promise<boolean> {
  const rows = await db.insert(notificationsSent).values(values).onConflictDoNothing().returning({ kind: notificationsSent.kind });
  return rows.length > 0;
}

/** Gives a claim back when the message could not be sent, so that the next run tries again. */
export async function release(db: Executor, key: { kind: string; objectId: string; day: string }): Promise<void> {
  await db
    .delete(notificationsSent)
    .where(and(eq(notificationsSent.kind, key.kind), eq(notificationsSent.objectId, key.objectId), eq(notificationsSent.day, key.day)));
}

