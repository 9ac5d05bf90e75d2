/**
 * Dashboard queries at scale, on PostgreSQL: the synthetic data set of server/seeds/demo (100,000
 * cases, 5 years, as bench:cases generates it) in database `benteng_bench_dash` (copied from
 * `benteng_bench` when that exists, else generated, about 7 minutes). Per dashboard query (who ×
 * period), the p95 server time of the dashboard service answering from the pre-aggregated
 * `dashboard_facts` beside the same dashboard counted straight from the registry (the raw,
 * un-aggregated query), interleaved in the same run → ratio; and the time of one full rebuild.
 * The service runs in process (query, assembly, suppression): HTTP, session check and JSON
 * serialisation are not included (bench:cases measures those separately, ~2 ms).
 *
 *   npm run bench:dashboards     BENCH_ITERATIONS=40 (summary)  BENCH_RAW_ITERATIONS=5  BENCH_FRESH=1
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { permissionsOf, type Role } from '#contracts/access';
import { loadConfig } from '../server/src/config';
import { systemClock } from '../server/src/platform/clock';
import type { Actor } from '../server/src/platform/context';
import { ephemeralKeys } from '../server/src/platform/crypto/keys';
import { connectDatabase } from '../server/src/platform/db/connect';
import type { Deps } from '../server/src/platform/deps';
import { bootstrap } from '../server/src/features/system';
import { findAgencyByCode } from '../server/src/features/agencies';
import { refreshDashboards } from '../server/src/features/dashboards';
import { dashboard } from '../server/src/features/dashboards/dashboards.service';
import { seedSyntheticCases } from '../server/seeds/demo';
import { ensureBenchDatabase, percentile, report, round, withDatabase } from './lib';

const caseCount = Number(process.env.BENCH_CASES ?? 100_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
const rawIterations = Number(process.env.BENCH_RAW_ITERATIONS ?? 5);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://benteng:benteng@127.0.0.1:5432/benteng';
const benchDatabase = 'benteng_bench_dash';

function actorOf(agencyId: string, roles: Role[], scope: Actor['scope']): Actor {
  return { userId: '00000000-0000-4000-8000-000000000000', email: 'bench@example.org', displayName: 'Bench', agencyId, roles, permissions: permissionsOf(roles), scope, locale: 'id', sessionIdHash: '' };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main() {
  // Its own database, started as a copy of bench:cases' data set when there is one.
  await ensureBenchDatabase(serverUrl, benchDatabase, 'benteng_bench');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-bench-'));
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: withDatabase(serverUrl, benchDatabase), BENTENG_DATA_DIR: dir, LOG_LEVEL: 'silent' }), mode: 'production' as const };
  const database = await connectDatabase(config);
  const deps: Deps = { config, database, db: database.db, clock: systemClock, keys: ephemeralKeys(), logger: pino({ level: 'silent' }) };
  await bootstrap(deps);
  const [{ n }] = (await database.pool!.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows as [{ n: number }];
  if (n === 0) {
    console.log(`generating ${caseCount} cases…`);
    await seedSyntheticCases(deps, { cases: caseCount, seed: 'bench', years: 5 });
  }
  const [data] = (
    await database.pool!.query(
      `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_persons)::int AS "casePersons",
              (SELECT count(*) FROM route_events)::int AS "routeEvents", (SELECT count(*) FROM tips)::int AS tips,
              (SELECT min(reported_on)::text FROM cases) AS "firstReportedOn", (SELECT max(reported_on)::text FROM cases) AS "lastReportedOn"`,
    )
  ).rows as [Record<string, string>];
  console.log('data', JSON.stringify(data));

  const refreshMs = await time(() => refreshDashboards(deps));
  const [{ rows: factRows }] = (await database.pool!.query<{ rows: number }>('SELECT count(*)::int AS rows FROM dashboard_facts')).rows as [{ rows: number }];
  console.log('refresh', round(refreshMs, 0), 'ms,', factRows, 'rows');

  const polda = (await findAgencyByCode(deps.db, 'POLDA-KEPRI'))!;
  const bppd = (await findAgencyByCode(deps.db, 'BPPD-KEPRI'))!;
  const who = {
    officer: actorOf(polda.id, ['officer'], 'agency'),
    coordinator: actorOf(bppd.id, ['coordinator'], 'all'),
    analyst: actorOf(bppd.id, ['analyst'], 'none'),
  };
  const last = data.lastReportedOn!.slice(0, 7);
  const yearAgo = `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`;
  const periods = { 'one month': [last, last], '12 months': [yearAgo, last], 'all 5 years': [data.firstReportedOn!.slice(0, 7), last] } as const;

  const results: Record<string, Record<string, number>> = {};
  for (const [periodName, [from, to]] of Object.entries(periods)) {
    for (const [name, actor] of Object.entries(who)) {
      const ctx = { requestId: 'bench', actor, now: new Date() };
      const query = { from, to };
      const summary: number[] = [];
      const raw: number[] = [];
      await dashboard(deps, ctx, query); // warm
      for (let i = 0; i < iterations + 3; i++) {
        const ms = await time(() => dashboard(deps, ctx, query));
        if (i >= 3) summary.push(ms);
        if (i % Math.ceil(iterations / rawIterations) === 0 && raw.length < rawIterations) raw.push(await time(() => dashboard(deps, ctx, query, { source: 'raw' })));
      }
      const result = {
        summaryP50: round(percentile(summary, 50), 1),
        summaryP95: round(percentile(summary, 95), 1),
        rawP50: round(percentile(raw, 50), 0),
        rawP95: round(percentile(raw, 95), 0),
        speedupP95: round(percentile(raw, 95) / percentile(summary, 95), 1),
      };
      results[`${periodName} · ${name}`] = result;
      console.log(periodName, name, JSON.stringify(result));
    }
  }
  const worst = Math.max(...Object.values(results).map((r) => r.summaryP95!));
  report('dashboards', {
    database: `PostgreSQL (${benchDatabase})`,
    data,
    iterations: { summary: iterations, raw: rawIterations },
    refresh: { ms: round(refreshMs, 0), factRows },
    goal: 'every dashboard query under 300 ms p95 server time',
    worstSummaryP95: worst,
    met: worst < 300,
    results,
  });
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
