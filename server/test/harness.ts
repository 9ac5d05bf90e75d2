import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { loadConfig, type Config } from '../src/config';
import { buildApp } from '../src/app';
import { FakeClock } from '../src/platform/clock';
import { ephemeralKeys } from '../src/platform/crypto/keys';
import type { Deps } from '../src/platform/deps';
import type { RouteInventoryEntry } from '../src/platform/http/access';
import { csrfHeader } from '../src/platform/http/security';
import { createTestDatabase } from './database';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  clock: FakeClock;
  routes: RouteInventoryEntry[];
  /** A folder of this test file's own (checkpoint file, backups). */
  dir: string;
  close(): Promise<void>;
}

/**
 * The whole application on a fresh database with a fake clock and throw-away keys, for
 * `app.inject()` tests: no port is opened.
 */
export async function buildTestApp(options: { env?: Record<string, string>; mode?: Config['mode'] } = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-app-'));
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', BENTENG_DATA_DIR: dir, LOG_LEVEL: 'silent', ...options.env }),
    mode: options.mode ?? 'demo',
  };
  const database = await createTestDatabase();
  const clock = new FakeClock();
  const logger = pino({ level: 'silent' });
  const deps: Deps = { config, database, db: database.db, clock, keys: ephemeralKeys(), logger };
  const { app, routes } = await buildApp(deps, { logger: false });
  await app.ready();
  return {
    app,
    deps,
    clock,
    routes,
    dir,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Options for `app.inject()` with the CSRF header every browser call of ours carries. */
export function apiRequest(options: InjectOptions & { cookie?: string }): InjectOptions {
  const { cookie, headers, ...rest } = options;
  return {
    ...rest,
    headers: { [csrfHeader]: '1', ...(cookie ? { cookie } : {}), ...headers },
  };
}

/** The `name=value` of the session cookie a response set, for the next request. */
export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'benteng_session' || c.name === '__Host-benteng');
  if (!cookie) throw new Error(`No session cookie in response ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

export function json<T = any>(response: LightMyRequestResponse): T {
  return response.json<T>();
}
