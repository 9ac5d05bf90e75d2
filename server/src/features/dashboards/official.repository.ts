import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { officialStatistics } from './dashboards.schema';

export type OfficialRow = typeof officialStatistics.$inferSelect;
export type NewOfficialRow = typeof officialStatistics.$inferInsert;

export async function insertOfficial(db: Executor, values: NewOfficialRow): Promise<OfficialRow> {
  const [row] = await db.insert(officialStatistics).values(values).returning();
  return row!;
}

/** Series not deleted; those overlapping `[start, end]` (dates) when given. */
export async function listOfficial(db: Executor, overlap?: { start: string; end: string }): Promise<OfficialRow[]> {
  return db
    .select()
    .from(officialStatistics)
    .where(
      and(
        isNull(officialStatistics.deletedAt),
        overlap ? lte(officialStatistics.periodStart, overlap.end) : undefined,
        overlap ? gte(officialStatistics.periodEnd, overlap.start) : undefined,
      ),
    )
    .orderBy(asc(officialStatistics.periodStart), asc(officialStatistics.publisher), asc(officialStatistics.indicator));
}

export async function findOfficial(db: Executor, id: string, lock = false): Promise<OfficialRow | null> {
  const q = db.select().from(officialStatistics).where(and(eq(officialStatistics.id, id), isNull(officialStatistics.deletedAt)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateOfficial(db: Executor, id: string, version: number, values: Partial<NewOfficialRow>): Promise<OfficialRow | null> {
  const [row] = await db
    .update(officialStatistics)
    .set({ ...values, version: version + 1 })
    .where(and(eq(officialStatistics.id, id), eq(officialStatistics.version, version), isNull(officialStatistics.deletedAt)))
    .returning();
  return row ?? null;
}

export async function countOfficial(db: Executor): Promise<number> {
  return (await db.$count(officialStatistics));
}
