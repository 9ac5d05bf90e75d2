import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { savedCaseFilters } from './cases.schema';

export type SavedFilterRow = typeof savedCaseFilters.$inferSelect;

export async function listSavedFilters(db: Executor, userId: string): Promise<SavedFilterRow[]> {
  return db.select().from(savedCaseFilters).where(eq(savedCaseFilters.userId, userId)).orderBy(asc(savedCaseFilters.name), asc(savedCaseFilters.id));
}

/** The user's filter with this name (any letter case), if there is one. */
export async function findSavedFilterByName(db: Executor, userId: string, name: string): Promise<SavedFilterRow | null> {
  const rows = await db
    .select()
    .from(savedCaseFilters)
    .where(and(eq(savedCaseFilters.userId, userId), sql`lower(${savedCaseFilters.name}) = lower(${name})`))
    .limit(1);
  return rows[0] ?? null;
}

export async function countSavedFilters(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(savedCaseFilters).where(eq(savedCaseFilters.userId, userId));
  return row?.n ?? 0;
}

export async function insertSavedFilter(db: Executor, values: typeof savedCaseFilters.$inferInsert): Promise<SavedFilterRow> {
  const [row] = await db.insert(savedCaseFilters).values(values).returning();
  return row!;
}

/** Deletes the filter only if it belongs to the user; returns it, or null. */
export async function deleteSavedFilter(db: Executor, userId: string, id: string): Promise<SavedFilterRow | null> {
  const [row] = await db
    .delete(savedCaseFilters)
    .where(and(eq(savedCaseFilters.id, id), eq(savedCaseFilters.userId, userId)))
    .returning();
  return row ?? null;
}
