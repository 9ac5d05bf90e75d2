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

  it('imports an agency list: dry run first, then for real, with the rejected rows in a CSV', async () => {
    const db = await openDirect();
    try {
      await db.query(
        `INSERT INTO users (email, display_name, agency_id, roles, password_hash)
         SELECT 'petugas.impor@example.org', 'Petugas Impor', id, '{officer}', 'not-a-hash' FROM agencies WHERE code = 'BPPD-KEPRI'`,
      );
    } finally {
      await db.close();
    }
    const file = path.join(dir, 'daftar lp.csv');
    fs.writeFileSync(
      file,
      ['No LP;Judul;Tgl Laporan;Peran;Nama;Tgl Lahir', 'LP/7/2024;Penampungan di Tanjung Uban;12 Januari 2024;Korban;SITI RAHMA;31/12/1999', 'LP/8/2024;Tanpa tanggal;31/02/2024;Korban;Ani;'].join('\n'),
    );
    const as = ['--agency', 'BPPD-KEPRI', '--as', 'petugas.impor@example.org'];
    const dry = benteng(['import', file, ...as, '--dry-run']);
    expect(dry.out).toContain('daftar lp.csv: 2 rows — 1 valid, 1 rejected, 0 already imported.');
    expect(dry.out).toContain('Dry run: nothing was written.');
    const rejected = path.join(dir, 'daftar lp-rejected.csv');
    expect(dry.out).toContain(`Rejected rows with their reasons, to correct and import again: ${rejected}`);
    expect(fs.readFileSync(rejected, 'utf8')).toContain('Row 3, column ""Tgl Laporan"": ""31/02/2024"" is not a date');
    expect(dry.code).toBe(0);

    const real = benteng(['import', file, ...as, '--map', 'caseRef=No LP', '--map', 'title=Judul', '--map', 'reportedOn=Tgl Laporan', '--map', 'role=Peran', '--map', 'fullName=Nama', '--map', 'birthDate=Tgl Lahir']);
    expect(real.out).toContain('Imported: 1 new cases, 1 people');
    expect(real.code).toBe(0);
    const check = await openDirect();
    try {
      const people = await check.query<{ full_name: string; file: string; row: string }>(`SELECT full_name, provenance->>'fileName' AS file, provenance->>'row' AS row FROM persons`);
      expect(people.rows).toEqual([{ full_name: 'Siti Rahma', file: 'daftar lp.csv', row: '2' }]);
    } finally {
      await check.close();
    }

    const refused = benteng(['import', file, '--agency', 'BPPD-KEPRI', '--as', 'first.admin@example.org']);
    expect(refused.out).toContain('benteng: first.admin@example.org may not import (roles: admin)');
    expect(refused.code).toBe(2);
  }, 240_000);
});
