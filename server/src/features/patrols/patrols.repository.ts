import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { PatrolTotals } from '#contracts/patrols';
import type { Executor } from '../../platform/db/database';
import { agencies, cases } from '../../platform/db/schema';
import { patrols } from './patrols.schema';

export type PatrolRow = typeof patrols.$inferSelect;

/**
 * Which patrols: an agency's (those it takes part in) or all (null), started within [from, to);
 * with `bodyOrNone`, only those planned under that body or under none.
 */
export interface PatrolFilter {
  agencyId: string | null;
  /** Further narrowed to the patrols this agency takes part in. */
  participantId?: string;
  from?: Date;
  to?: Date;
  bodyOrNone?: string;
  /** Only the patrols planned under this forum or task force. */
  bodyId?: string;
}

function where(filter: PatrolFilter): SQL | undefined {
  return and(
    filter.agencyId ? sql`${filter.agencyId}::uuid = any(${patrols.agencyIds})` : undefined,
    filter.participantId ? sql`${filter.participantId}::uuid = any(${patrols.agencyIds})` : undefined,
    filter.from ? gte(patrols.startsAt, filter.from) : undefined,
    filter.to ? lt(patrols.startsAt, filter.to) : undefined,
    filter.bodyOrNone ? or(eq(patrols.bodyId, filter.bodyOrNone), isNull(patrols.bodyId)) : undefined,
    filter.bodyId ? eq(patrols.bodyId, filter.bodyId) : undefined,
  );
}

export async function listPatrols(db: Executor, filter: PatrolFilter): Promise<PatrolRow[]> {
  return db.select().from(patrols).where(where(filter)).orderBy(desc(patrols.startsAt), asc(patrols.id));
}

export async function findPatrol(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<PatrolRow | null> {
  const query = db.select().from(patrols).where(eq(patrols.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertPatrol(db: Executor, values: typeof patrols.$inferInsert): Promise<PatrolRow> {
  const [row] = await db.insert(patrols).values(values).returning();
  return row!;
}

/** Applies a change if the version still matches; null when someone changed it meanwhile. */
export async function updatePatrol(db: Executor, id: string, version: number, changes: Partial<typeof patrols.$inferInsert>): Promise<PatrolRow | null> {
  const [row] = await db
    .update(patrols)
    .set({ ...changes, version: sql`${patrols.version} + 1` })
    .where(and(eq(patrols.id, id), eq(patrols.version, version)))
    .returning();
  return row ?? null;
}

export async function agenciesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: agencies.id, code: agencies.code, name: agencies.name, country: agencies.country }).from(agencies).where(inArray(agencies.id, ids));
}

/** Numbers of the given cases, among those the condition lets the reader see. */
export async function caseNumbers(db: Executor, ids: string[], visible: SQL): Promise<{ id: string; number: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: cases.id, number: cases.number }).from(cases).where(and(inArray(cases.id, ids), visible)).orderBy(asc(cases.number));
}

const totals = {
  patrols: sql<number>`count(*)::int`,
  reported: sql<number>`count(${patrols.reportedAt})::int`,
  peopleIntercepted: sql<number>`coalesce(sum(${patrols.peopleIntercepted}), 0)::int`,
  boatsIntercepted: sql<number>`coalesce(sum(${patrols.boatsIntercepted}), 0)::int`,
  landingsFound: sql<number>`coalesce(sum(jsonb_array_length(${patrols.landings})), 0)::int`,
  casesOpened: sql<number>`coalesce(sum(cardinality(${patrols.caseIds})), 0)::int`,
};

export async function totalsOf(db: Executor, filter: PatrolFilter): Promise<PatrolTotals> {
  const [row] = await db.select(totals).from(patrols).where(where(filter));
  return row!;
}

/** Totals per calendar month in Western Indonesian Time, by when the patrols started. */
export async function totalsByMonth(db: Executor, filter: PatrolFilter): Promise<(PatrolTotals & { month: string })[]> {
  const month = sql<string>`to_char(${patrols.startsAt} at time zone 'Asia/Jakarta', 'YYYY-MM')`;
  return db
    .select({ month, ...totals })
    .from(patrols)
    .where(where(filter))
    .groupBy(month)
    .orderBy(month);
}

/** Totals per kabupaten/kota the areas lie in (a patrol over two counts in both). */
export async function totalsByKabkota(db: Executor, filter: PatrolFilter): Promise<(PatrolTotals & { kabkotaCode: string })[]> {
  const code = sql<string>`k.code`;
  return db
    .select({ kabkotaCode: code, ...totals })
    .from(sql`${patrols} cross join lateral unnest(${patrols.kabkotaCodes}) as k(code)`)
    .where(where(filter))
    .groupBy(code)
    .orderBy(code);
}
