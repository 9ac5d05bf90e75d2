import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, pgliteDirectory } from '../../src/platform/db/database';
import { createEmptyPostgresDatabase } from '../../test/database';

/** `benteng seed` as an operator runs it: a separate process on a real data folder or database. */
const root = path.resolve(import.meta.dirname, '../../..');
let dir: string;
let env: NodeJS.ProcessEnv;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-seed-'));
  env = { ...process.env, BENTENG_DATA_DIR: dir, LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  delete env.BENTENG_DEMO;
  if (process.env.DATABASE_URL) {
    const db = await createEmptyPostgresDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = db.url;
    dropDatabase = db.drop;
  }
});
afterAll(async () => {
  await dropDatabase?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

function benteng(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/benteng.mjs'), ...args], {
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('benteng seed', () => {
  it('loads a synthetic data set, refuses it twice, and refuses production mode', async () => {
    const first = benteng(['seed', '--cases', '25', '--seed', 'cli', '--until', '2026-01-10']);
    expect(first.out).toMatch(/Loaded 25 synthetic cases \(\d+ people/);
    expect(first.code).toBe(0);

    const again = benteng(['seed', '--cases', '25', '--seed', 'cli', '--until', '2026-01-10']);
    expect(again.out).toContain('already holds the synthetic data set "cli"');
    expect(again.code).toBe(2);

    const production = benteng(['seed', '--cases', '5'], { NODE_ENV: 'production' });
    expect(production.out).toContain('refused in production mode');
    expect(production.code).toBe(2);

    const db = env.DATABASE_URL
      ? await openPostgres(env.DATABASE_URL, { max: 1 })
      : await openPglite({ dataDir: pgliteDirectory(dir) });
    try {
      const { rows } = await db.query<{ cases: number; users: number }>(
        `SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM users) AS users`,
      );
      // Only the requested cases: no demo data set and no demo accounts besides them.
      expect(rows[0]).toEqual({ cases: 25, users: 0 });
    } finally {
      await db.close();
    }
  }, 240_000);
});
