import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, makeUser } from '../../../test/factories';
import { backupDatabase, restoreDatabase, RestoreError } from './backup';
import { verifyAuditLog, writeCheckpoint } from '../../features/audit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** Every row of every table that matters, in a stable order, for before/after comparison. */
async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const table of ['agencies', 'users', 'sessions', 'recovery_codes', 'audit_log', 'system_state', 'login_failures']) {
    const { rows } = await t.deps.database.query(`SELECT to_jsonb(t) AS r FROM ${table} t ORDER BY 1`);
    out[table] = rows.map((r) => (r as { r: unknown }).r).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

describe('backup and restore', () => {
  it('restores exactly what was backed up after later changes', async () => {
    const agency = await makeAgency(t.deps, { name: 'Agensi Sebelum' });
    await makeUser(t.deps, { agencyId: agency.id, roles: ['officer'] });
    await t.deps.database.query("INSERT INTO login_failures (account_key, occurred_at) VALUES ('x@example.org', now())");
    const before = await snapshot();
    const file = path.join(t.dir, 'backup.benteng.gz');
    const counts = await backupDatabase(t.deps.database, file, 'test');
    expect(counts.users).toBe(1);
    expect(counts.audit_log).toBeGreaterThan(0);

    await makeUser(t.deps, { agencyId: agency.id });
    await t.deps.database.query("UPDATE agencies SET name = 'Agensi Sesudah'");
    expect(await snapshot()).not.toEqual(before);

    await expect(restoreDatabase(t.deps.database, file)).rejects.toThrow(RestoreError);
    await restoreDatabase(t.deps.database, file, { force: true, referenceTables: ['regions', 'ports'] });
    expect(await snapshot()).toEqual(before);

    // Serial columns go on after the restored rows.
    await t.deps.database.query("INSERT INTO login_failures (account_key, occurred_at) VALUES ('y@example.org', now())");
    const { rows } = await t.deps.database.query<{ n: number }>('SELECT count(*)::int AS n FROM regions');
    expect(rows[0]!.n).toBeGreaterThan(8_000); // Kepri's 507 rows and the national regions
  });

  it('keeps the audit chain verifiable after a restore, with a signed restore record', async () => {
    const checkpoints = path.join(t.dir, 'restore-checkpoints.jsonl');
    const file = path.join(t.dir, 'chain.benteng.gz');
    await makeAgency(t.deps);
    await backupDatabase(t.deps.database, file, 'test');
    await makeUser(t.deps);
    await writeCheckpoint(t.deps.db, checkpoints, t.deps.keys.auditSigningKey, t.clock.now());
    await restoreDatabase(t.deps.database, file, { force: true, referenceTables: ['regions', 'ports'] });
    expect((await verifyAuditLog(t.deps.db, checkpoints, t.deps.keys.auditVerifyKey)).problems.map((p) => p.kind)).toEqual(['truncated']);
    await writeCheckpoint(t.deps.db, checkpoints, t.deps.keys.auditSigningKey, t.clock.now(), 'restore');
    expect((await verifyAuditLog(t.deps.db, checkpoints, t.deps.keys.auditVerifyKey)).ok).toBe(true);
  });

  it('refuses a file that is not a Benteng backup', async () => {
    const fs = await import('node:fs');
    const zlib = await import('node:zlib');
    const file = path.join(t.dir, 'not-a-backup.gz');
    fs.writeFileSync(file, zlib.gzipSync('{"hello":"world"}\n'));
    await expect(restoreDatabase(t.deps.database, file, { force: true })).rejects.toThrow(/not a Benteng backup/);
  });
});
