import { and, asc, desc, eq, gt, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { rowsOf } from '../../platform/db/database';
import { caseHistory, caseNumberCounters, cases, caseShares, caseStatusChanges } from './cases.schema';

export type CaseRow = typeof cases.$inferSelect;
export type CaseInsert = typeof cases.$inferInsert;
export type HistoryRow = typeof caseHistory.$inferSelect;
export type StatusChangeRow = typeof caseStatusChanges.$inferSelect;

/**
 * The next sequence number of a year. The upsert takes the counter row's lock until the
 * transaction ends, so concurrent creates queue behind each other and never share a number; a
 * rolled-back create gives its number back.
 */
export async function nextCaseSequence(db: Executor, year: number): Promise<number> {
  const [row] = await db
    .insert(caseNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: caseNumberCounters.year,
      set: { last: sql`${caseNumberCounters.last} + 1` },
    })
    .returning({ last: caseNumberCounters.last });
  return row!.last;
}

/**
 * The version of the case that created a part (person, comment, share, attachment), for ordering
 * parts exactly as they were added: timestamps can tie, versions cannot.
 */
export function creationVersion(entityType: string, caseId: AnyColumn, id: AnyColumn): SQL<number> {
  return sql<number>`(SELECT min(${caseHistory.version}) FROM ${caseHistory}
    WHERE ${caseHistory.caseId} = ${caseId} AND ${caseHistory.entityType} = ${entityType} AND ${caseHistory.entityId} = ${id}::text)`;
}

export async function insertCase(db: Executor, values: CaseInsert): Promise<CaseRow> {
  const [row] = await db.insert(cases).values(values).returning();
  return row!;
}

/**
 * One case with the access its active share (if any) gives the agency. `lock` takes the case row
 * for the rest of the transaction: every change to a case or its parts goes through that lock, so
 * versions and history rows follow each other without gaps or clashes.
 */
export async function findCaseWithShare(
  db: Executor,
  id: string,
  agencyId: string,
  now: Date,
  options: { lock?: boolean } = {},
): Promise<{ row: CaseRow; shareAccess: 'read' | 'contribute' | null } | null> {
  const shareAccess = sql<'read' | 'contribute' | null>`(
    SELECT ${caseShares.access} FROM ${caseShares}
     WHERE ${and(
       eq(caseShares.caseId, cases.id),
       eq(caseShares.agencyId, agencyId),
       isNull(caseShares.revokedAt),
       or(isNull(caseShares.expiresAt), gt(caseShares.expiresAt, now)),
     )}
     ORDER BY ${caseShares.createdAt} DESC LIMIT 1)`;
  const query = db.select({ row: cases, shareAccess }).from(cases).where(eq(cases.id, id));
  const rows = options.lock ? await query.for('update', { of: cases }) : await query;
  return rows[0] ?? null;
}

/** Changes a case if its version still matches; the version moves on. Null when it did not match. */
export async function updateCaseRow(
  db: Executor,
  id: string,
  version: number,
  values: Partial<CaseInsert>,
): Promise<CaseRow | null> {
  const [row] = await db
    .update(cases)
    .set({ ...values, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning();
  return row ?? null;
}

/** Moves the case's version on for a change to one of its parts (people, route, shares…); answers the new version. */
export async function bumpCaseVersion(
  db: Executor,
  id: string,
  now: Date,
  userId: string | null,
): Promise<number> {
  const [row] = await db
    .update(cases)
    .set({ version: sql`${cases.version} + 1`, updatedAt: now, updatedBy: userId })
    .where(eq(cases.id, id))
    .returning({ version: cases.version });
  return row!.version;
}

export async function insertHistory(db: Executor, values: typeof caseHistory.$inferInsert): Promise<void> {
  await db.insert(caseHistory).values(values);
}

/** Every version of a case, newest first. */
export async function listHistory(db: Executor, caseId: string): Promise<HistoryRow[]> {
  return db
    .select()
    .from(caseHistory)
    .where(eq(caseHistory.caseId, caseId))
    .orderBy(desc(caseHistory.version));
}

export async function insertStatusChange(
  db: Executor,
  values: typeof caseStatusChanges.$inferInsert,
): Promise<void> {
  await db.insert(caseStatusChanges).values(values);
}

export async function listStatusChanges(db: Executor, caseId: string): Promise<StatusChangeRow[]> {
  return db
    .select()
    .from(caseStatusChanges)
    .where(eq(caseStatusChanges.caseId, caseId))
    .orderBy(asc(caseStatusChanges.changedAt));
}

/**
 * Status changes in the order they happened. Timestamps can tie (or, for requests that waited for
 * the case lock, even invert by a few milliseconds), but each change starts where the one before
 * ended: follow that chain, taking the earliest change that continues it, else the earliest left.
 */
export function inChainOrder(rows: readonly StatusChangeRow[]): StatusChangeRow[] {
  const left = [...rows].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const ordered: StatusChangeRow[] = [];
  let current: string | null = null;
  while (left.length > 0) {
    const next = left.findIndex((r) => r.fromStatus === current);
    const [row] = left.splice(next === -1 ? 0 : next, 1);
    ordered.push(row!);
    current = row!.toStatus;
  }
  return ordered;
}

/** Takes `count` numbers of a year's sequence at once; answers the first. */
export async function reserveCaseNumbers(tx: Executor, year: number, count: number): Promise<number> {
  const [row] = rowsOf<{ last: number }>(
    await tx.execute(sql`
      INSERT INTO case_number_counters (year, last) VALUES (${year}, ${count})
      ON CONFLICT (year) DO UPDATE SET last = case_number_counters.last + excluded.last
      RETURNING last`),
  );
  return Number(row!.last) - count + 1;
}
