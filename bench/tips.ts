/**
 * Anonymous tip submissions per second, end to end over HTTP: proof-of-work verification, the
 * receipt's Argon2id hash, AES-GCM sealing, the tip row, the spent challenge and the audit entry
 * in one transaction. Challenges are fetched and solved by the bench client beforehand (not
 * timed; the server's verification cost does not depend on the difficulty, so an easier one keeps
 * the preparation short). Baseline in the same run: raw INSERTs of the same rows.
 * Two phases: (1) saturation, `BENCH_CONNECTIONS` clients each sending the next report as soon as
 * the last is answered (the most the server takes; its latency is mostly the queue those clients
 * make, Little's law: connections ÷ rate); (2) the goal rate, `BENCH_RATE` reports a second sent on
 * a fixed schedule whatever the answers (open loop), each latency counted from when it was due, so
 * a stall is not hidden by the clients waiting for it (coordinated omission).
 * Zero lost: every 201 must be a row, and every receipt answered must open its tip. The audit
 * chain (linked in the background, as `serve` does) must verify at the end.
 *
 *   npm run bench:tips            (embedded database; DATABASE_URL=… for PostgreSQL)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../server/src/config';
import { buildApp } from '../server/src/app';
import { systemClock } from '../server/src/platform/clock';
import { ephemeralKeys } from '../server/src/platform/crypto/keys';
import { connectDatabase } from '../server/src/platform/db/connect';
import type { Deps } from '../server/src/platform/deps';
import { bootstrap } from '../server/src/features/system';
import { startAuditChainer, verifyAuditLog } from '../server/src/features/audit';
import { withDatabase } from '../server/test/postgres';
import { percentile, report, round } from './lib';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const submissions = Number(process.env.BENCH_TIPS ?? 3000);
const rate = Number(process.env.BENCH_RATE ?? 200);
const rateSubmissions = Math.round(rate * Number(process.env.BENCH_RATE_SECONDS ?? 10));
const powMaxNumber = 1_000;

interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** Brute force as a phone would, with node:crypto (synchronous, so preparation stays quick). */
function solve(c: Challenge): string {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (crypto.createHash('sha256').update(c.salt + n).digest('hex') === c.challenge) {
      return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature })).toString('base64');
    }
  }
  throw new Error('unsolvable challenge');
}

const report_ = (i: number) => ({
  what: `Bench ${i}: seorang tekong mengumpulkan calon pekerja di rumah dekat pelabuhan, rencana berangkat malam ini.`,
  who: 'Dua pria, satu memakai jaket hitam',
  imminentDeparture: i % 3 === 0,
  childrenInvolved: i % 7 === 0,
  contact: i % 2 === 0 ? `08120000${String(i).padStart(4, '0')}` : '',
});

/** Sends `bodies` at `perSecond` on a fixed schedule (open loop); latencies from each due time. */
async function atFixedRate(url: string, bodies: string[], perSecond: number): Promise<{ latencies: number[]; receipts: string[]; failed: number; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL('/api/public/tips', url);
  const latencies: number[] = [];
  const receipts: string[] = [];
  let failed = 0;
  const send = (body: string, due: number) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-benteng-request': '1', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode === 201) receipts.push((JSON.parse(Buffer.concat(chunks).toString()) as { receipt: string }).receipt);
            else failed++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        failed++;
        resolve();
      });
      req.end(body);
    });
  const sent: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < bodies.length; i++) {
    const due = t0 + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(bodies[i]!, due));
  }
  await Promise.all(sent);
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { latencies, receipts, failed, seconds };
}

async function rawInsertRate(deps: Deps, n: number): Promise<number> {
  const template = (await deps.database.query<Record<string, unknown>>(`SELECT * FROM tips LIMIT 1`)).rows[0]!;
  const columns = Object.keys(template).filter((c) => c !== 'id' && c !== 'receipt_lookup');
  const sql = `INSERT INTO tips (id, receipt_lookup, ${columns.join(', ')}) VALUES ($1, $2, ${columns.map((_, i) => `$${i + 3}`).join(', ')})`;
  const values = columns.map((c) => template[c]);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < n) {
        next++;
        await deps.database.query(sql, [crypto.randomUUID(), crypto.randomBytes(32).toString('hex'), ...values]);
      }
    }),
  );
  return n / ((performance.now() - t0) / 1000);
}

/** On PostgreSQL the bench gets a database of its own, dropped at the end. */
async function ownDatabase(url: string | undefined): Promise<{ url: string | undefined; drop: () => Promise<void> }> {
  if (!url) return { url, drop: async () => {} };
  const name = `benteng_bench_tips_${crypto.randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  return { url: withDatabase(url, name), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function main() {
  const own = await ownDatabase(process.env.DATABASE_URL);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-bench-tips-'));
  const env = {
    ...process.env,
    ...(own.url ? { DATABASE_URL: own.url } : {}),
    BENTENG_DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    BENTENG_TIPS_CLIENT_PER_HOUR: String((submissions + rateSubmissions) * 2),
    BENTENG_TIPS_SYSTEM_PER_HOUR: String((submissions + rateSubmissions) * 2),
    BENTENG_TIPS_POW_MAX_NUMBER: String(powMaxNumber),
  };
  const config = { ...loadConfig(env), mode: 'production' as const };
  const database = await connectDatabase(config);
  const deps: Deps = { config, database, db: database.db, clock: systemClock, keys: ephemeralKeys(), logger: pino({ level: 'silent' }) };
  await bootstrap(deps);
  // As `serve` does: committed audit entries are linked into the hash chain in the background.
  const chainer = startAuditChainer(deps.db, (err) => console.error(err));
  const { app } = await buildApp(deps, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const prepStart = performance.now();
  const bodies: string[] = [];
  for (let i = 0; i < submissions + rateSubmissions; i++) {
    const c = (await (await fetch(`${url}/api/public/tips/challenge`)).json()) as Challenge;
    bodies.push(JSON.stringify({ ...report_(i), proofOfWork: solve(c) }));
  }
  const prepSeconds = (performance.now() - prepStart) / 1000;
  const before = Number((await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM tips`)).rows[0]!.n);

  const receipts: string[] = [];
  let n = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const load = await autocannon({
    url,
    connections,
    amount: submissions,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/api/public/tips',
        headers: { 'content-type': 'application/json', 'x-benteng-request': '1' },
        setupRequest: (req) => ({ ...req, body: bodies[n++ % submissions] }),
        onResponse: (status, body) => {
          if (status === 201) receipts.push((JSON.parse(body) as { receipt: string }).receipt);
        },
      },
    ],
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const fixed = await atFixedRate(url, bodies.slice(submissions), rate);
  const stored = Number((await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM tips`)).rows[0]!.n) - before;

  // Every 50th receipt must open its report (fewer than the guessing limit, which counts failures only).
  let opened = 0;
  const sample = [...receipts, ...fixed.receipts].filter((_, i) => i % 50 === 0);
  for (const receipt of sample) {
    const r = await fetch(`${url}/api/public/tips/follow-up`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-benteng-request': '1' }, body: JSON.stringify({ receipt }) });
    if (r.status === 200) opened++;
  }
  const raw = await rawInsertRate(deps, submissions);
  await app.close();
  await chainer.stop();
  const audit = await verifyAuditLog(deps.db, path.join(dir, 'checkpoints.jsonl'), deps.keys.auditVerifyKey);
  await database.close();
  await own.drop();
  fs.rmSync(dir, { recursive: true, force: true });

  const tipsPerSecond = receipts.length / seconds;
  report('tips', {
    database: database.kind,
    connections,
    submissions,
    preparationSeconds: round(prepSeconds),
    tipsPerSecond: round(tipsPerSecond),
    latencyMs: { p50: load.latency.p50, p99: load.latency.p99, max: load.latency.max },
    // CPU of this process (server, its Argon2 threads and the bench client) per tip: less
    // sensitive to other work on the machine than the rates are.
    processCpuMsPerTip: round((cpu.user + cpu.system) / 1000 / Math.max(1, receipts.length), 2),
    accepted: receipts.length,
    non2xx: load.non2xx,
    errors: load.errors,
    atGoalRate: {
      offeredPerSecond: rate,
      submissions: rateSubmissions,
      achievedPerSecond: round(fixed.receipts.length / fixed.seconds),
      latencyMs: { p50: round(percentile(fixed.latencies, 50)), p99: round(percentile(fixed.latencies, 99)), max: round(Math.max(...fixed.latencies)) },
      accepted: fixed.receipts.length,
      failed: fixed.failed,
    },
    storedRows: stored,
    lost: receipts.length + fixed.receipts.length - stored,
    sampledReceiptsOpened: `${opened}/${sample.length}`,
    auditChain: audit.ok ? `intact, ${audit.entries} entries` : audit.problems.slice(0, 3),
    baselineRawInsertsPerSecond: round(raw),
    ratioTipsToRawInserts: round(tipsPerSecond / raw, 3),
    goals: { tipsPerSecond: 200, p99Ms: 200, lost: 0 },
  });
}

await main();
