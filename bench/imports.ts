/**
 * Agency import of N rows (default 100,000; one victim per row, two rows per case): read the CSV,
 * validate every row, commit in one transaction. Baseline in the same run: a raw bulk insert of the
 * same number of person rows.  npm run bench:imports (BENCH_ROWS=…; DATABASE_URL=… for PostgreSQL)
 */
import crypto from 'node:crypto';
import { permissionsOf } from '../contracts/access';
import { insertRows } from '../server/src/platform/db/bulk';
import { persons } from '../server/src/platform/db/schema';
import type { Actor } from '../server/src/platform/context';
import { commitImport, previewImport, uploadImport } from '../server/src/features/imports';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../server/src/config';
import { systemClock } from '../server/src/platform/clock';
import { ephemeralKeys } from '../server/src/platform/crypto/keys';
import { connectDatabase } from '../server/src/platform/db/connect';
import type { Deps } from '../server/src/platform/deps';
import { bootstrap } from '../server/src/features/system';
import { makeAgency, makeUser } from '../server/test/factories';
import { report, round } from './lib';

const n = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-bench-imports-'));
const config = { ...loadConfig({ ...process.env, BENTENG_DATA_DIR: dir, LOG_LEVEL: 'silent' }), mode: 'production' as const };
const database = await connectDatabase(config);
const deps: Deps = { config, database, db: database.db, clock: systemClock, keys: ephemeralKeys(), logger: pino({ level: 'silent' }) };
await bootstrap(deps);
const t = { deps, close: () => database.close() };
const agency = await makeAgency(t.deps);
const user = await makeUser(t.deps, { roles: ['officer'], agencyId: agency.id });
const actor: Actor = { userId: user.id, email: user.email, displayName: 'Bench', agencyId: agency.id, locale: 'id', sessionIdHash: '', roles: ['officer'], permissions: permissionsOf(['officer']), scope: 'agency' };
const ctx = { requestId: 'bench', now: new Date(), actor };
const lines = ['No LP;Judul;Tgl Laporan;Sumber;Peran;Nama;NIK;JK;Tgl Lahir'];
for (let i = 0; i < n; i++) {
  lines.push(`LP/${Math.floor(i / 2)}/2024;Kasus ${Math.floor(i / 2)};${(i % 28) + 1}/0${(i % 9) + 1}/2024;Patroli;Korban;SITI AMINAH ${i};21710141019${String(i % 100000).padStart(5, '0')};P;${(i % 28) + 1} Januari 1990`);
}
const bytes = Buffer.from(lines.join('\n'));

const t0 = performance.now();
const batch = await uploadImport(t.deps, ctx, { fileName: 'bench.csv', bytes });
const t1 = performance.now();
const preview = await previewImport(t.deps, ctx, batch.id, { mapping: batch.suggestedMapping });
const t2 = performance.now();
const done = await commitImport(t.deps, ctx, batch.id);
const t3 = performance.now();

const rows = Array.from({ length: n }, (_, i) => ({ id: crypto.randomUUID(), fullName: `Baseline ${i}`, nameKey: `baseline ${i}`, recordedByAgencyId: agency.id, createdAt: new Date(), updatedAt: new Date() }));
const b0 = performance.now();
await t.deps.db.transaction(async (tx) => {
  for (let i = 0; i < rows.length; i += 5000) await insertRows(tx, persons, rows.slice(i, i + 5000));
});
const b1 = performance.now();
const total = (t3 - t0) / 1000;
report('imports', {
  database: t.deps.database.kind,
  rows: n,
  counts: done.counts,
  validRowsInPreview: preview.batch.counts.valid,
  uploadSeconds: round((t1 - t0) / 1000, 2),
  previewSeconds: round((t2 - t1) / 1000, 2),
  commitSeconds: round((t3 - t2) / 1000, 2),
  totalSeconds: round(total, 2),
  rowsPerSecond: Math.round(n / total),
  baselineRawInsertSeconds: round((b1 - b0) / 1000, 2),
  baselineRowsPerSecond: Math.round(n / ((b1 - b0) / 1000)),
  ratioToBaseline: round((t3 - t0) / (b1 - b0), 1),
});
await t.close();
