import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { creationVersion } from './cases.repository';
import { casePersons } from './cases.schema';

export type CasePersonRow = typeof casePersons.$inferSelect;
export type CasePersonInsert = typeof casePersons.$inferInsert;

/** The next number within the role ("Korban 3"); callers hold the case lock, so it cannot be taken twice. */
export async function nextOrdinal(db: Executor, caseId: string, role: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${casePersons.ordinal}), 0)::int + 1` })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.role, role)));
  return row!.n;
}

export async function insertCasePerson(db: Executor, values: CasePersonInsert): Promise<CasePersonRow> {
  const [row] = await db.insert(casePersons).values(values).returning();
  return row!;
}

/** A person of this case (null for an id of another case: the caller answers 404). */
export async function findCasePerson(
  db: Executor,
  caseId: string,
  id: string,
): Promise<CasePersonRow | null> {
  const rows = await db
    .select()
    .from(casePersons)
    .where(and(eq(casePersons.id, id), eq(casePersons.caseId, caseId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listCasePersons(db: Executor, caseId: string): Promise<CasePersonRow[]> {
  return db
    .select()
    .from(casePersons)
    .where(eq(casePersons.caseId, caseId))
    .orderBy(
      asc(creationVersion('person', casePersons.caseId, casePersons.id)),
      asc(casePersons.createdAt),
      asc(casePersons.ordinal),
    );
}

/** Changes a case person if its version still matches; null when it did not. */
export async function updateCasePersonRow(
  db: Executor,
  id: string,
  version: number,
  values: Partial<CasePersonInsert>,
): Promise<CasePersonRow | null> {
  const [row] = await db
    .update(casePersons)
    .set({ ...values, version: sql`${casePersons.version} + 1` })
    .where(and(eq(casePersons.id, id), eq(casePersons.version, version)))
    .returning();
  return row ?? null;
}
