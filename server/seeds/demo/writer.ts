import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/platform/db/database';
import { rowsOf } from '../../src/platform/db/database';
import { reserveCaseNumbers } from '../../src/features/cases';
import { insertRows } from '../../src/platform/db/bulk';
import {
  casePersons,
  cases,
  caseShares,
  caseStatusChanges,
  persons,
  routeEvents,
} from '../../src/platform/db/schema';
import type { CaseBundle } from './generate';

/*
 * Bulk writes of generated cases: one INSERT … SELECT FROM jsonb_populate_recordset per table and
 * batch (one parameter, whatever the number of rows, far faster than row-by-row or wide VALUES
 * lists), inside the caller's transaction. Case numbers come from case_number_counters, as for
 * cases recorded by hand, so later cases continue the sequence.
 */

/** Writes a batch of generated cases (numbers given in the order of the batch, per year). */
export async function writeBundles(tx: Executor, bundles: readonly CaseBundle[]): Promise<void> {
  const next = new Map<number, number>();
  for (const year of [...new Set(bundles.map((b) => b.case.year))].sort()) {
    next.set(year, await reserveCaseNumbers(tx, year, bundles.filter((b) => b.case.year === year).length));
  }
  const caseRows = bundles.map((b) => {
    const seq = next.get(b.case.year)!;
    next.set(b.case.year, seq + 1);
    return { ...b.case, number: `TPPO/KEPRI/${b.case.year}/${String(seq).padStart(4, '0')}` };
  });
  await insertRows(
    tx,
    persons,
    bundles.flatMap((b) => b.persons),
  );
  await insertRows(tx, cases, caseRows);
  await insertRows(
    tx,
    casePersons,
    bundles.flatMap((b) => b.casePersons),
  );
  await insertRows(
    tx,
    routeEvents,
    bundles.flatMap((b) => b.routeEvents),
  );
  await insertRows(
    tx,
    caseStatusChanges,
    bundles.flatMap((b) => b.statusChanges),
  );
  await insertRows(
    tx,
    caseShares,
    bundles.flatMap((b) => b.shares),
  );
}

/** Whether the registry holds any case at all. */
export async function hasAnyCase(tx: Executor): Promise<boolean> {
  return rowsOf<{ any: boolean }>(await tx.execute(sql`SELECT EXISTS (SELECT 1 FROM cases) AS any`))[0]!.any;
}

/** How many of these case ids exist already (a run with the same settings was loaded before). */
export async function countExistingCases(tx: Executor, ids: readonly string[]): Promise<number> {
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  return Number(
    rowsOf<{ n: number }>(
      await tx.execute(sql`SELECT count(*)::int AS n FROM cases WHERE id IN (${list})`),
    )[0]!.n,
  );
}

/**
 * Turns JIT compilation off for the rest of the transaction: the facet refresh of a 1,000-case
 * batch is estimated so costly that PostgreSQL JIT-compiles it, which takes ~3 s of a batch's ~4
 * on this 2-core machine and saves nothing (a single-case refresh stays below the JIT threshold).
 */
export async function withoutJit(tx: Executor): Promise<void> {
  await tx.execute(sql`SET LOCAL jit = off`);
}

/** Serialises synthetic loads (two instances starting on one empty PostgreSQL database load the demo once). */
export async function lockSyntheticLoad(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('benteng.synthetic-load'))`);
}

/** Refreshes the planner's statistics after a large load (so the first queries do not guess). */
export async function analyzeCaseTables(db: Executor): Promise<void> {
  await db.execute(
    sql.raw('VACUUM ANALYZE persons, cases, case_persons, route_events, case_status_changes, case_shares'),
  );
}
