import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { agencies } from './agencies.schema';

export type AgencyRow = typeof agencies.$inferSelect;

export async function listAgencies(db: Executor, filter: { q?: string; includeInactive: boolean }): Promise<AgencyRow[]> {
  const conditions: SQL[] = [];
  if (!filter.includeInactive) conditions.push(eq(agencies.isActive, true));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(agencies.name, pattern), ilike(agencies.shortName, pattern), ilike(agencies.code, pattern))!);
  }
  return db
    .select()
    .from(agencies)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(agencies.country), asc(agencies.name));
}

export async function findAgency(db: Executor, id: string): Promise<AgencyRow | null> {
  const rows = await db.select().from(agencies).where(eq(agencies.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findAgencyByCode(db: Executor, code: string): Promise<AgencyRow | null> {
  const rows = await db.select().from(agencies).where(eq(agencies.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function insertAgency(db: Executor, values: typeof agencies.$inferInsert): Promise<AgencyRow> {
  const [row] = await db.insert(agencies).values(values).returning();
  return row!;
}

export async function updateAgency(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof agencies.$inferInsert>,
): Promise<AgencyRow | null> {
  const [row] = await db
    .update(agencies)
    .set({ ...values, version: sql`${agencies.version} + 1` })
    .where(and(eq(agencies.id, id), eq(agencies.version, version)))
    .returning();
  return row ?? null;
}

export async function countAgencies(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(agencies);
  return row?.n ?? 0;
}

/** Names of the given agencies by id, for screens that show who belongs where. */
export async function agencyNamesById(db: Executor, ids: string[]): Promise<Map<string, { code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: agencies.id, code: agencies.code, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}
