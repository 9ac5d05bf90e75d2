import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { routeEvents } from './cases.schema';

export type RouteEventRow = typeof routeEvents.$inferSelect;
export type RouteEventInsert = typeof routeEvents.$inferInsert;

export async function listRouteEvents(db: Executor, caseId: string): Promise<RouteEventRow[]> {
  return db
    .select()
    .from(routeEvents)
    .where(eq(routeEvents.caseId, caseId))
    .orderBy(asc(routeEvents.position));
}

/** An event of this case (null for an id of another case: the caller answers 404). */
export async function findRouteEvent(
  db: Executor,
  caseId: string,
  id: string,
): Promise<RouteEventRow | null> {
  const rows = await db
    .select()
    .from(routeEvents)
    .where(and(eq(routeEvents.id, id), eq(routeEvents.caseId, caseId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function nextPosition(db: Executor, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${routeEvents.position}), 0)::int + 1` })
    .from(routeEvents)
    .where(eq(routeEvents.caseId, caseId));
  return row!.n;
}

export async function insertRouteEvent(db: Executor, values: RouteEventInsert): Promise<RouteEventRow> {
  const [row] = await db.insert(routeEvents).values(values).returning();
  return row!;
}

/** Updates the event if it is still at `version` (null when someone changed it meanwhile). */
export async function updateRouteEventRow(
  db: Executor,
  id: string,
  version: number,
  values: Partial<RouteEventInsert>,
): Promise<RouteEventRow | null> {
  const [row] = await db
    .update(routeEvents)
    .set({ ...values, version: sql`${routeEvents.version} + 1` })
    .where(and(eq(routeEvents.id, id), eq(routeEvents.version, version)))
    .returning();
  return row ?? null;
}

export async function deleteRouteEvent(db: Executor, id: string): Promise<void> {
  await db.delete(routeEvents).where(eq(routeEvents.id, id));
}

/** Gives the events positions 1…n in the order of `ids` (one statement). */
export async function setPositions(db: Executor, caseId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const order = sql.join(
    ids.map((id, i) => sql`(${id}::uuid, ${i + 1}::int)`),
    sql`, `,
  );
  await db.execute(sql`
    UPDATE ${routeEvents} SET position = o.position
      FROM (VALUES ${order}) AS o(id, position)
     WHERE ${routeEvents.id} = o.id AND ${routeEvents.caseId} = ${caseId}`);
}
