import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, pgliteDirectory, type Database } from './platform/db/database';
import { createEmptyPostgresDatabase } from '../test/database';

/**
 * The command line end to end, as an operator uses it: separate processes on a real data folder
 * (PGlite) or a real database (PostgreSQL when DATABASE_URL is set).
 */
const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let env: NodeJS.ProcessEnv;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-cli-'));
  env = { ...process.env, BENTENG_DATA_DIR: dir, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  delete env.DATABASE_URL;
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

function benteng(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/benteng.mjs'), ...args], { env, input, encoding: 'utf8', timeout: 110_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Opens the database the CLI uses, from this process, between commands. */
async function openDirect(): Promise<Database> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL, { max: 1 }) : openPglite({ dataDir: pgliteDirectory(dir) });
}

describe('benteng command line', () => {
  it('creates the first administrator in production mode', () => {
    const r = benteng(['admin', 'create', '--email', 'first.admin@example.org', '--name', 'Admin Pertama', '--password-stdin'], 'a very long first admin passphrase\n');
    expect(r.out).toContain('Administrator first.admin@example.org created.');
    expect(r.code).toBe(0);
    // A fresh data folder runs initdb (~5 s alone, much longer on a busy 2-core machine).
  }, 120_000);

  it('verifies the audit log, detects tampering, and backs up and restores', async () => {
    expect(benteng(['audit', 'checkpoint']).code).toBe(0);
    const ok = benteng(['audit', 'verify']);
    expect(ok.out).toMatch(/Audit log intact: \d+ entries/);
    expect(ok.code).toBe(0);

    const backup = path.join(dir, 'before.benteng.gz');
    const b = benteng(['backup', backup]);
    expect(b.out).toContain('Backup written');
    expect(b.code).toBe(0);

    const db = await openDirect();
    await db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    await db.query("UPDATE audit_log SET action = 'quietly.changed' WHERE seq = 1");
    await db.close();
    const bad = benteng(['audit', 'verify']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('[content] entry 1 was changed after it was written');

    const restored = benteng(['restore', backup, '--force']);
    expect(restored.out).toContain('Restored');
    expect(restored.code).toBe(0);
    const after = benteng(['audit', 'verify']);
    expect(after.out).toContain('Audit log intact');
    expect(after.code).toBe(0);

    const check = await openDirect();
    const { rows } = await check.query<{ email: string }>('SELECT email FROM users');
    await check.close();
    expect(rows.map((r) => r.email)).toEqual(['first.admin@example.org']);
  }, 120_000);

  it('refuses to open the embedded database while another process holds it', () => {
    if (env.DATABASE_URL) return; // the lock concerns PGlite only
    const lock = path.join(pgliteDirectory(dir), 'benteng.lock');
    fs.writeFileSync(lock, String(process.pid));
    try {
      const r = benteng(['audit', 'verify']);
      expect(r.code).toBe(2);
      expect(r.out).toMatch(/in use by process \d+/);
    } finally {
      fs.rmSync(lock);
    }
  });

  it('explains a bad setting in one line', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin/benteng.mjs'), 'migrate'], {
      env: { ...env, PORT: 'eighty' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(`${r.stderr}`).toContain('PORT');
  });
});
