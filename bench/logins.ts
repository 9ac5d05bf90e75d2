/**
 * Sign-in throughput with 20 concurrent clients, and how responsive the server stays meanwhile.
 * Baselines measured in the same run: raw Argon2id verifications per second on this machine (the
 * ceiling for sign-ins), and /healthz latency with no load.
 *
 *   npm run bench:logins            (embedded database; DATABASE_URL=… for PostgreSQL)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import argon2 from 'argon2';
import autocannon from 'autocannon';
import pino from 'pino';
import { loadConfig } from '../server/src/config';
import { buildApp } from '../server/src/app';
import { systemClock } from '../server/src/platform/clock';
import { ephemeralKeys } from '../server/src/platform/crypto/keys';
import { connectDatabase } from '../server/src/platform/db/connect';
import { systemContext } from '../server/src/platform/context';
import type { Deps } from '../server/src/platform/deps';
import { bootstrap } from '../server/src/features/system';
import { createUser } from '../server/src/features/auth';
import { argon2Parameters } from '../server/src/features/auth/passwords';
import { findAgencyByCode } from '../server/src/features/agencies';
import { percentile, report, round } from './lib';

const connections = 20;
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const password = 'bench passphrase for sign-in throughput';

async function probeHealth(url: string, durationMs: number): Promise<number[]> {
  const latencies: number[] = [];
  const end = Date.now() + durationMs;
  while (Date.now() < end) {
    const t0 = performance.now();
    await fetch(`${url}/healthz`).then((r) => r.arrayBuffer());
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 50));
  }
  return latencies;
}

async function rawArgon2PerSecond(): Promise<number> {
  const hash = await argon2.hash(password, argon2Parameters);
  const parallel = os.availableParallelism();
  let done = 0;
  const end = Date.now() + 5000;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (Date.now() < end) {
        await argon2.verify(hash, password);
        done++;
      }
    }),
  );
  return done / 5;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-bench-'));
  const config = { ...loadConfig({ ...process.env, BENTENG_DATA_DIR: dir, LOG_LEVEL: 'silent' }), mode: 'production' as const };
  const database = await connectDatabase(config);
  const deps: Deps = { config, database, db: database.db, clock: systemClock, keys: ephemeralKeys(), logger: pino({ level: 'silent' }) };
  await bootstrap(deps);
  const agency = (await findAgencyByCode(deps.db, 'POLDA-KEPRI'))!;
  const emails: string[] = [];
  for (let i = 0; i < connections; i++) {
    const email = `bench${i}-${Date.now()}@example.org`;
    await createUser(deps, systemContext(new Date()), { email, displayName: `Bench ${i}`, agencyId: agency.id, roles: ['officer'], locale: 'id', timeZone: 'Asia/Jakarta' }, { password, mustChangePassword: false });
    emails.push(email);
  }
  const { app } = await buildApp(deps, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  await probeHealth(url, 1000); // warm-up
  const idle = await probeHealth(url, 3000);
  const argon2PerSecond = await rawArgon2PerSecond();

  let n = 0;
  const [load, underLoad] = await Promise.all([
    autocannon({
      url,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/auth/login',
          headers: { 'content-type': 'application/json', 'x-benteng-request': '1' },
          setupRequest: (req) => ({ ...req, body: JSON.stringify({ email: emails[n++ % emails.length], password }) }),
        },
      ],
    }),
    probeHealth(url, seconds * 1000),
  ]);
  await app.close();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const loginsPerSecond = load.requests.average;
  report('logins', {
    database: database.kind,
    connections,
    seconds,
    loginsPerSecond: round(loginsPerSecond),
    non2xx: load.non2xx,
    errors: load.errors,
    loginLatencyMs: { p50: load.latency.p50, p99: load.latency.p99 },
    baselineRawArgon2VerifyPerSecond: round(argon2PerSecond),
    ratioLoginsToRawArgon2: round(loginsPerSecond / argon2PerSecond, 2),
    healthzIdleMs: { p50: round(percentile(idle, 50), 2), p99: round(percentile(idle, 99), 2) },
    healthzUnderLoadMs: { p50: round(percentile(underLoad, 50), 2), p99: round(percentile(underLoad, 99), 2), samples: underLoad.length },
    ratioHealthzP99UnderLoadToIdle: round(percentile(underLoad, 99) / percentile(idle, 99), 1),
  });
}

await main();
