import { and, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { rowsOf } from '../../platform/db/database';
import { activeShare, visibleCases } from '../cases';
import { cases } from '../../platform/db/schema';
import { factRows } from './dashboards.facts';

/** One summed figure of the period: a metric by one dimension value in one month. */
export interface FactRow {
  month: string;
  metric: string;
  dim: string;
  value: string;
  n: number;
  days: number;
}

/** Whole months `[from, to]` as the first day of `from` and the first day after `to`. */
export function monthRange(from: string, to: string): { start: string; end: string } {
  const [y, m] = to.split('-').map(Number) as [number, number];
  const end = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { start: `${from}-01`, end };
}

const summed = (from: SQL, where: SQL) => sql`
  SELECT to_char(month, 'YYYY-MM') AS month, metric, dim, value, sum(n)::float8 AS n, sum(days)::float8 AS days
    FROM ${from} WHERE ${where} GROUP BY month, metric, dim, value`;

/** Rebuilds `dashboard_facts` whole from the registry, in one transaction (readers see old or new). */
export async function rebuildFacts(db: Executor): Promise<number> {
  await db.execute(sql`DELETE FROM dashboard_facts`);
  const inserted = rowsOf<{ n: number }>(
    await db.execute(sql`
      WITH rows AS (INSERT INTO dashboard_facts (month, agency_id, restricted, metric, dim, value, n, days)
                    ${factRows(sql`true`, sql`true`)} RETURNING 1)
      SELECT count(*)::int AS n FROM rows`),
  );
  return inserted[0]?.n ?? 0;
}

/**
 * Which pre-aggregated rows an actor may count: their agency's (cases it owns, tips assigned to
 * it); for the `all` scope everything not restricted as well; province-wide (scope `none` with
 * the statistics permission) everything.
 */
function summaryScope(actor: Actor): SQL {
  switch (actor.scope) {
    case 'agency':
      return sql`agency_id = ${actor.agencyId}`;
    case 'all':
      return sql`(NOT restricted OR agency_id = ${actor.agencyId})`;
    case 'none':
      return sql`true`;
  }
}

/**
 * The cases `visibleCases` adds to `summaryScope`: those shared with the actor's agency that the
 * summary rows do not already count (owned elsewhere; for the `all` scope, restricted ones only).
 * Few, so they are counted live.
 */
function sharedExtra(actor: Actor, now: Date): SQL | null {
  if (actor.scope === 'none') return null;
  const shared = and(ne(cases.owningAgencyId, actor.agencyId), activeShare(cases.id, actor.agencyId, now))!;
  return actor.scope === 'all' ? and(shared, eq(cases.sensitivity, 'restricted'))! : shared;
}

/** The period's figures from `dashboard_facts`, plus the shared cases counted live. */
export async function summaryFacts(db: Executor, actor: Actor, now: Date, from: string, to: string): Promise<FactRow[]> {
  const { start, end } = monthRange(from, to);
  const rows = rowsOf<FactRow>(await db.execute(summed(sql`dashboard_facts`, sql`month >= ${start} AND month < ${end} AND ${summaryScope(actor)}`)));
  const extra = sharedExtra(actor, now);
  if (!extra) return rows;
  const inPeriod = and(gte(cases.reportedOn, start), lt(cases.reportedOn, end), extra)!;
  return rows.concat(rowsOf<FactRow>(await db.execute(summed(sql`(${factRows(inPeriod, null)}) f`, sql`true`))));
}

/** The same figures counted straight from the registry (the baseline the summary must equal). */
export async function rawFacts(db: Executor, actor: Actor, now: Date, from: string, to: string): Promise<FactRow[]> {
  const { start, end } = monthRange(from, to);
  const caseWhere = and(gte(cases.reportedOn, start), lt(cases.reportedOn, end), actor.scope === 'none' ? undefined : visibleCases(actor, now))!;
  const tipPeriod = sql`tips.received_at >= (${start}::date AT TIME ZONE 'Asia/Jakarta') AND tips.received_at < (${end}::date AT TIME ZONE 'Asia/Jakarta')`;
  const tipWhere = actor.scope === 'agency' ? sql`${tipPeriod} AND tips.agency_id = ${actor.agencyId}` : tipPeriod;
  return rowsOf<FactRow>(await db.execute(summed(sql`(${factRows(caseWhere, tipWhere)}) f`, sql`true`)));
}
