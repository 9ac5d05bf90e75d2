import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { rowsOf } from '../../platform/db/database';

/** A raw aggregate: which dimension, which value, how many. */
export interface CountRow {
  dimension: 'total' | 'status' | 'year' | 'channel';
  value: string | null;
  n: number;
}

/**
 * Case counts overall and by status, reporting year and discovery channel, in one pass over every
 * case: statistics are not limited by visibility (restricted cases are counted, never shown).
 */
export async function countCases(db: Executor): Promise<CountRow[]> {
  return rowsOf<CountRow>(
    await db.execute(sql`
      SELECT CASE WHEN grouping(status) = 0 THEN 'status'
                  WHEN grouping(extract(year FROM reported_on)) = 0 THEN 'year'
                  WHEN grouping(discovery_channel) = 0 THEN 'channel'
                  ELSE 'total' END AS dimension,
             coalesce(status, extract(year FROM reported_on)::int::text, discovery_channel) AS value,
             count(*)::int AS n
        FROM cases
       GROUP BY GROUPING SETS ((status), (extract(year FROM reported_on)), (discovery_channel), ())`),
  );
}

/** Cases per exploitation type (a case counts under each type any of its victims suffered). */
export async function countByExploitationType(db: Executor): Promise<{ value: string; n: number }[]> {
  return rowsOf(
    await db.execute(sql`
      SELECT t AS value, count(*)::int AS n FROM cases CROSS JOIN LATERAL unnest(exploitation_types) t GROUP BY t`),
  );
}

/** Victims (people in the victim role, one per case they appear in) by recorded sex. */
export async function countVictimsBySex(db: Executor): Promise<{ value: string; n: number }[]> {
  // `persons` belongs to the people feature; only its sex column is read, as the facets do.
  return rowsOf(
    await db.execute(sql`
      SELECT p.sex AS value, count(*)::int AS n
        FROM case_persons cp JOIN persons p ON p.id = cp.person_id
       WHERE cp.role = 'victim'
       GROUP BY p.sex`),
  );
}
