/**
 * Finding and exporting cases at scale, on PostgreSQL (database `benteng_bench` on the server of
 * DATABASE_URL, created when missing; the synthetic data set of server/seeds/demo, 100,000 cases
 * with about 320,000 people, is generated once (about 7 minutes) and reused):
 * - filtered lists and name searches as an officer and as the coordinator: p95 server time through
 *   `app.inject` (session check, validation, query, presentation, serialisation), and the page
 *   query alone run directly on the pool in the same run, interleaved → ratio;
 * - the export of every case the coordinator may see to CSV (and XLSX) over a real socket: rows/s
 *   and peak RSS sampled while streaming.
 *
 *   npm run bench:cases     BENCH_CASES=100000  BENCH_ITERATIONS=200  BENCH_FRESH=1 (regenerate)
 *                           BENCH_ONLY=list|export  BENCH_LOG=1 (server errors on stderr)
 *
 * Run with `node --expose-gc` (the npm script does) so memory is measured from a collected heap.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Role } from '#contracts/access';
import { permissionsOf, roleDefinitions } from '#contracts/access';
import { caseListQuerySchema } from '#contracts/cases';
import { loadConfig } from '../server/src/config';
import { buildApp } from '../server/src/app';
import { systemClock } from '../server/src/platform/clock';
import type { Actor } from '../server/src/platform/context';
import { ephemeralKeys } from '../server/src/platform/crypto/keys';
import { connectDatabase } from '../server/src/platform/db/connect';
import { systemContext } from '../server/src/platform/context';
import type { Deps } from '../server/src/platform/deps';
import { bootstrap } from '../server/src/features/system';
import { createUser } from '../server/src/features/auth';
import { currentTotp } from '../server/src/features/auth/totp';
import { findAgencyByCode } from '../server/src/features/agencies';
import { caseFilterCondition, filtersOf } from '../server/src/features/cases/cases.list.filters';
import { casePageQuery } from '../server/src/features/cases/cases.list.repository';
import { decodeCursor } from '../server/src/features/cases/cases.list.cursor';
import { seedSyntheticCases } from '../server/seeds/demo';
import { ensureBenchDatabase, percentile, report, round, withDatabase } from './lib';

const caseCount = Number(process.env.BENCH_CASES ?? 100_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://benteng:benteng@127.0.0.1:5432/benteng';
const benchDatabase = 'benteng_bench';
const password = 'bench passphrase for finding cases';

/**
 * The synthetic Kepri data set of server/seeds/demo (the demo generator, scaled), loaded once into
 * the bench database and reused by later runs.
 */
async function ensureData(deps: Deps): Promise<Record<string, unknown>> {
  const pool = deps.database.pool!;
  const [{ n }] = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases`)).rows as [{ n: number }];
  if (n !== caseCount) {
    if (n !== 0) throw new Error(`${benchDatabase} holds ${n} cases, not ${caseCount}: run with BENCH_FRESH=1`);
    console.log(`generating ${caseCount} cases…`);
    const step = Math.max(1000, Math.round(caseCount / 10));
    await seedSyntheticCases(deps, { cases: caseCount, seed: 'bench', years: 5, onProgress: (done) => done % step === 0 && console.log(`  ${done} cases`) });
  }
  const [counts] = (
    await pool.query(
      `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM persons)::int AS persons,
              (SELECT count(*) FROM case_persons)::int AS "casePersons", (SELECT count(*) FROM route_events)::int AS "routeEvents",
              (SELECT count(*) FROM case_shares)::int AS shares, (SELECT max(reported_on)::text FROM cases) AS "lastReportedOn"`,
    )
  ).rows as [Record<string, unknown>];
  return { reused: n === caseCount, generator: 'server/seeds/demo (seed "bench", 5 years)', ...counts };
}

interface BenchUser {
  actor: Actor;
  cookie: string;
}

/** A staff member of an agency, signed in through the API (password, then authenticator enrolment). */
async function benchUser(deps: Deps, app: Awaited<ReturnType<typeof buildApp>>['app'], agencyCode: string, roles: Role[]): Promise<BenchUser> {
  const agency = (await findAgencyByCode(deps.db, agencyCode))!;
  const email = `bench-${roles.join('-')}-${Date.now()}@example.org`;
  const { user } = await createUser(
    deps,
    systemContext(new Date()),
    { email, displayName: `Bench ${roles.join(' ')}`, agencyId: agency.id, roles, locale: 'id', timeZone: 'Asia/Jakarta' },
    { password, mustChangePassword: false },
  );
  const headers = { 'x-benteng-request': '1' };
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { email, password } });
  const cookieOf = (r: { cookies: { name: string; value: string }[] }) => r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const partial = cookieOf(login);
  const { secret } = (await app.inject({ method: 'GET', url: '/api/auth/mfa/enrolment', headers: { ...headers, cookie: partial } })).json<{ secret: string }>();
  const done = await app.inject({ method: 'POST', url: '/api/auth/mfa/enrol', headers: { ...headers, cookie: partial }, payload: { code: currentTotp(secret, new Date()) } });
  if (done.statusCode !== 200) throw new Error(`sign-in failed: ${done.body}`);
  const scopes = roles.map((r) => roleDefinitions[r].scope);
  const actor: Actor = {
    userId: user.id,
    email,
    displayName: user.displayName,
    agencyId: agency.id,
    roles,
    permissions: permissionsOf(roles),
    scope: scopes.includes('all') ? 'all' : scopes.includes('agency') ? 'agency' : 'none',
    locale: 'id',
    sessionIdHash: '',
  };
  return { actor, cookie: cookieOf(done) };
}

const scenarios: Record<string, string> = {
  'newest first': '',
  'status investigation+prosecution': 'status=investigation,prosecution',
  'origin NTB, forced labour': 'regionCode=52&exploitationType=forced_labour',
  'port Batam Centre since 2024': 'portId=ID-BTM-BTC&from=2024-01-01',
  'modus + control, by update': 'recruitmentMethod=broker_in_village&meansOfControl=withholds_documents&sort=updated_desc',
  'all, by number': 'sort=number_asc',
  'sensitive, one year, numbers': 'sensitivity=sensitive&from=2023-01-01&to=2023-12-31&sort=number_asc',
  'name "Muhamad Rizki"': 'q=Muhamad%20Rizki',
  'name "Siti Lestari"': 'q=Siti%20Lestari',
  'text "jalur tikus Karimun"': 'q=jalur%20tikus%20Karimun',
};

/** The page query the service runs for this request, as SQL text and parameters for the raw pool. */
function rawQuery(deps: Deps, actor: Actor, queryString: string, cursor: string | null) {
  const query = caseListQuerySchema.parse({ ...Object.fromEntries(new URLSearchParams(queryString)), ...(cursor ? { cursor } : {}) });
  const now = new Date();
  const after = query.cursor ? decodeCursor(query.sort, query.cursor) : null;
  const where = caseFilterCondition(actor, now, filtersOf(query));
  return casePageQuery(deps.db, actor, now, { where, sort: query.sort, after, limit: query.limit }).toSQL();
}

async function measureScenario(deps: Deps, app: Awaited<ReturnType<typeof buildApp>>['app'], user: BenchUser, queryString: string) {
  const first = await app.inject({ method: 'GET', url: `/api/cases?${queryString}`, headers: { cookie: user.cookie } });
  if (first.statusCode !== 200) throw new Error(`${queryString}: ${first.statusCode} ${first.body}`);
  const raw = rawQuery(deps, user.actor, queryString, null);
  const pool = deps.database.pool!;
  const serverMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < iterations + 5; i++) {
    let t0 = performance.now();
    const r = await app.inject({ method: 'GET', url: `/api/cases?${queryString}`, headers: { cookie: user.cookie } });
    const server = performance.now() - t0;
    if (r.statusCode !== 200) throw new Error(r.body);
    t0 = performance.now();
    await pool.query(raw.sql, raw.params);
    const direct = performance.now() - t0;
    if (i >= 5) {
      serverMs.push(server);
      rawMs.push(direct);
    }
  }
  const plan = (await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${raw.sql}`, raw.params)).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
  const items = first.json<{ items: unknown[] }>().items.length;
  return {
    result: {
      rows: items,
      serverP50: round(percentile(serverMs, 50), 2),
      serverP95: round(percentile(serverMs, 95), 2),
      rawP50: round(percentile(rawMs, 50), 2),
      rawP95: round(percentile(rawMs, 95), 2),
      ratioP95: round(percentile(serverMs, 95) / percentile(rawMs, 95), 2),
    },
    plan,
  };
}

/**
 * Downloads an export over a real socket with curl (a separate process, so only the server's
 * memory is sampled here): time, bytes, and this process's peak RSS and heap while streaming.
 */
async function measureExport(url: string, cookie: string, format: 'csv' | 'xlsx') {
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  let peakLiveHeap = baseline.heapUsed;
  let ticks = 0;
  const sampler = setInterval(() => {
    // Every half second, collect first: what survives is held, not garbage waiting for the GC.
    if (++ticks % 25 === 0 && global.gc) {
      global.gc();
      peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
    }
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  const curl = spawn('curl', ['-sS', '--fail', '-o', '/dev/null', '-w', '%{size_download}', '-H', `cookie: ${cookie}`, `${url}/api/cases/export?format=${format}`]);
  let output = '';
  curl.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(curl, 'close')) as [number];
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`export ${format}: curl exited with ${code}`);
  const mb = (n: number) => round(n / 2 ** 20);
  return {
    seconds: round(seconds, 2),
    bytes: Number(output),
    rssBeforeMb: mb(baseline.rss),
    peakRssMb: mb(peakRss),
    peakRssGrowthMb: mb(peakRss - baseline.rss),
    heapBeforeMb: mb(baseline.heapUsed),
    peakHeapMb: mb(peakHeap),
    peakLiveHeapMb: mb(peakLiveHeap),
  };
}

/** The floor: an authenticated request that reads the session and the user and nothing else. */
async function measureFloor(app: Awaited<ReturnType<typeof buildApp>>['app'], cookie: string) {
  const ms: number[] = [];
  for (let i = 0; i < iterations + 5; i++) {
    const t0 = performance.now();
    await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    if (i >= 5) ms.push(performance.now() - t0);
  }
  return { p50: round(percentile(ms, 50), 2), p95: round(percentile(ms, 95), 2) };
}

async function main() {
  await ensureBenchDatabase(serverUrl, benchDatabase);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-bench-'));
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: withDatabase(serverUrl, benchDatabase), BENTENG_DATA_DIR: dir, LOG_LEVEL: 'silent' }), mode: 'production' as const };
  const database = await connectDatabase(config);
  const deps: Deps = { config, database, db: database.db, clock: systemClock, keys: ephemeralKeys(), logger: pino({ level: process.env.BENCH_LOG === '1' ? 'error' : 'silent' }) };
  await bootstrap(deps);
  const data = await ensureData(deps);
  const { app } = await buildApp(deps, { logger: process.env.BENCH_LOG === '1' });
  await app.ready();
  const users = { officer: await benchUser(deps, app, 'POLDA-KEPRI', ['officer']), coordinator: await benchUser(deps, app, 'BPPD-KEPRI', ['coordinator']) };

  const floor = await measureFloor(app, users.officer.cookie);
  console.log('GET /api/me', JSON.stringify(floor));
  const results: Record<string, Record<string, unknown>> = {};
  const plans: string[] = [];
  for (const [name, query] of Object.entries(process.env.BENCH_ONLY === 'export' ? {} : scenarios)) {
    for (const [who, user] of Object.entries(users)) {
      const { result, plan } = await measureScenario(deps, app, user, query);
      results[`${name} · ${who}`] = result;
      plans.push(`### ${name} · ${who} (${query || 'no filter'})\n${plan}\n`);
      console.log(name, who, JSON.stringify(result));
    }
  }

  // Exports need a recent sign-in; the scenarios may have taken longer than that.
  const reauth = await app.inject({
    method: 'POST',
    url: '/api/auth/reauthenticate',
    headers: { cookie: users.coordinator.cookie, 'x-benteng-request': '1' },
    payload: { password },
  });
  if (reauth.statusCode !== 200) throw new Error(`reauthentication failed: ${reauth.body}`);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const exports: Record<string, unknown> = {};
  for (const format of process.env.BENCH_ONLY === 'list' ? [] : (['csv', 'xlsx'] as const)) {
    const measured = await measureExport(url, users.coordinator.cookie, format);
    const [{ rows }] = (
      await database.pool!.query<{ rows: number }>(`SELECT (details->>'rowCount')::int AS rows FROM audit_log WHERE action = 'case.export' ORDER BY seq DESC LIMIT 1`)
    ).rows as [{ rows: number }];
    exports[format] = { ...measured, rows, rowsPerSecond: Math.round(rows / measured.seconds) };
    console.log('export', format, JSON.stringify(exports[format]));
  }
  await app.close();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const p95s = Object.values(results).map((r) => r.serverP95 as number);
  const ratios = Object.values(results).map((r) => r.ratioP95 as number);
  fs.mkdirSync(path.resolve(import.meta.dirname, 'results'), { recursive: true });
  fs.writeFileSync(path.resolve(import.meta.dirname, 'results', 'cases-plans.txt'), plans.join('\n'));
  report('cases', {
    database: 'postgres',
    data,
    iterations,
    loadAverage: os.loadavg().map((n) => round(n, 2)),
    authenticatedRequestFloorMs: floor,
    worstServerP95Ms: Math.max(...p95s),
    worstRatioP95: Math.max(...ratios),
    goal: 'server p95 < 100 ms and within 2x of the raw query',
    scenarios: results,
    exports,
  });
}

await main();
