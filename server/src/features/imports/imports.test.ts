import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf } from '#contracts/access';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { agencyStaff, call, multipart, ok } from '../../../test/case-fixtures';
import { signedInUser } from '../../../test/factories';
import type { Actor } from '../../platform/context';
import { refreshCaseFacets } from '../cases';
import { purgeImportRows } from './imports.retention';
import { commitImport } from './imports.service';
import { importJobs, importQueue, runImportJob, type ImportJob } from './imports.jobs';
import { startJobQueue } from '../../platform/jobs/queue';

let t: TestApp;
let officer: { cookie: string; agencyId: string; id: string; email: string };
let coordinator: { cookie: string };
let otherOfficer: { cookie: string };

const header = 'No LP;Judul;Tgl Laporan;Sumber;Peran;Nama;NIK;Paspor;JK;Tgl Lahir;Kode Wilayah Asal';
const file = [
  header,
  'LP/01/2024;Penampungan PMI ilegal di Batam;12/01/2024;Patroli;Korban;SITI AMINAH BINTI ABDULLAH;2171014101900001;;P;01/01/1990;21.71',
  'LP/01/2024;Penampungan PMI ilegal di Batam;12/01/2024;Patroli;Tersangka;Rahmat Hidayat;;B1234567;L;5 Mac 1980;',
  '',
  'LP/02/2024;Pengiriman lewat pelabuhan tikus;3 Februari 2024;Laporan masyarakat;Korban;Ani;;;Perempuan;45303;',
  'LP/03/2024;Judul;31/02/2024;Patroli;Korban;Budi;12345;;X;;99.99',
  ';Tanpa nomor;12/01/2024;Patroli;Korban;Dewi;;;P;;',
].join('\n');

function uploadFile(cookie: string, name: string, text: string | Buffer) {
  const body = multipart({ name, type: 'text/csv', bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) });
  return t.app.inject(apiRequest({ method: 'POST', url: '/api/imports', cookie, payload: body.payload, headers: body.headers }));
}
const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) => t.deps.database.query<T>(text, params).then((r) => r.rows);
const count = async (table: string) => (await q<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

/** Starts the background commit (202, `committing`) and follows the import until it has finished. */
async function commitAndWait(cookie: string, id: string, polls = 500) {
  const started = await call(t, cookie, 'POST', `/api/imports/${id}/commit`);
  expect(started.statusCode, started.body).toBe(202);
  expect(started.json()).toMatchObject({ status: 'committing', progress: { phase: 'queued', cancelRequested: false } });
  for (let i = 0; i < polls; i++) {
    const batch = await ok(t, cookie, 'GET', `/api/imports/${id}`);
    if (batch.status !== 'committing') return batch;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the commit did not finish');
}

beforeAll(async () => {
  t = await buildTestApp();
  const staff = await agencyStaff(t, [['officer'], ['coordinator']]);
  officer = { ...staff.users[0]!, agencyId: staff.agency.id };
  coordinator = staff.users[1]!;
  otherOfficer = (await agencyStaff(t, [['officer']])).users[0]!;
});
afterAll(() => t.close());

describe('an import from upload to commit', () => {
  let batchId: string;

  it('reads the file and suggests a mapping from its column names', async () => {
    const r = await uploadFile(officer.cookie, 'polda-kepri.csv', file);
    expect(r.statusCode, r.body).toBe(201);
    const batch = r.json();
    batchId = batch.id;
    expect(batch).toMatchObject({ status: 'uploaded', rowCount: 5, suggestedTemplate: null });
    expect(batch.notices).toEqual([{ row: 4, column: null, code: 'empty-line', message: 'Row 4: empty line skipped' }]);
    expect(batch.suggestedMapping).toEqual({
      caseRef: 'No LP', title: 'Judul', reportedOn: 'Tgl Laporan', discoveryChannel: 'Sumber', role: 'Peran', fullName: 'Nama',
      nik: 'NIK', passportNumber: 'Paspor', sex: 'JK', birthDate: 'Tgl Lahir', originRegionCode: 'Kode Wilayah Asal',
    });
  });

  it('validates every row and names row and column of each problem', async () => {
    const batch = await ok(t, officer.cookie, 'GET', `/api/imports/${batchId}`);
    const preview = await ok(t, officer.cookie, 'POST', `/api/imports/${batchId}/preview`, { mapping: batch.suggestedMapping, saveTemplateAs: 'Polda LP' });
    expect(preview.batch.counts).toMatchObject({ valid: 3, rejected: 2, duplicate: 0 });
    const rejected = preview.rows.filter((r: any) => r.status === 'rejected');
    expect(rejected.map((r: any) => r.row)).toEqual([6, 7]);
    expect(rejected[0].problems.map((p: any) => p.message)).toEqual([
      'Row 6, column "Tgl Laporan": "31/02/2024" is not a date (DD/MM/YYYY, 12 Januari 2024 or an Excel date)',
      'Row 6, column "Kode Wilayah Asal": unknown region code "99.99"',
      'Row 6, column "JK": "X" is not a known sex (L/P)',
      'Row 6, column "NIK": NIK has 16 digits',
    ]);
    expect(rejected[1].problems.map((p: any) => p.message)).toEqual(['Row 7, column "No LP": the case reference is empty']);
  });

  it('commits the valid rows with their provenance, NIK as text and names readable', async () => {
    const before = await count('audit_log');
    const done = await commitAndWait(officer.cookie, batchId);
    expect(done).toMatchObject({ status: 'committed', counts: { valid: 3, rejected: 2, casesCreated: 2, personsCreated: 3 } });
    const cases = await q<any>(`SELECT number, title, reported_on::text AS reported_on, discovery_channel, victim_count, suspect_count, version, provenance FROM cases ORDER BY number`);
    expect(cases).toEqual([
      expect.objectContaining({ number: 'TPPO/KEPRI/2024/0001', reported_on: '2024-01-12', discovery_channel: 'patrol', victim_count: 1, suspect_count: 1, version: 3 }),
      expect.objectContaining({ number: 'TPPO/KEPRI/2024/0002', reported_on: '2024-02-03', discovery_channel: 'tip', victim_count: 1, suspect_count: 0, version: 2 }),
    ]);
    expect(cases[0].provenance).toEqual({ source: 'import', agencyId: officer.agencyId, importId: batchId, fileName: 'polda-kepri.csv', row: 2, caseRef: 'LP/01/2024' });
    const people = await q<any>(`SELECT full_name, nik, sex, birth_date::text AS birth_date, passport_number, provenance->>'row' AS row, provenance->>'originalName' AS original FROM persons ORDER BY full_name`);
    expect(people).toEqual([
      { full_name: 'Ani', nik: null, sex: 'female', birth_date: '2024-01-12', passport_number: null, row: '5', original: null },
      { full_name: 'Rahmat Hidayat', nik: null, sex: 'male', birth_date: '1980-03-05', passport_number: 'B1234567', row: '3', original: null },
      { full_name: 'Siti Aminah binti Abdullah', nik: '2171014101900001', sex: 'female', birth_date: '1990-01-01', passport_number: null, row: '2', original: 'SITI AMINAH BINTI ABDULLAH' },
    ]);
    expect(await count('audit_log')).toBe(before + 1);
    // Facets were computed before the insert (facetsOfNewCase): the SQL rule finds nothing to change.
    const facets = () => q<any>(`SELECT exploitation_types, means_of_control, recruitment_methods, port_ids, region_codes, victim_count, suspect_count FROM cases ORDER BY number`);
    const written = await facets();
    expect(written[0]).toMatchObject({ region_codes: ['21', '21.71'], victim_count: 1, suspect_count: 1, port_ids: [] });
    await refreshCaseFacets(t.deps.db, (await q<{ id: string }>(`SELECT id FROM cases`)).map((c) => c.id));
    expect(await facets()).toEqual(written);
    const page = await ok(t, officer.cookie, 'GET', `/api/cases?q=Batam`);
    expect(page.items.map((c: any) => c.victimCount)).toEqual([1]);
  });

  it('lists the agency\'s imports and the cases an import created, and shows provenance on the case page', async () => {
    const list = await ok(t, officer.cookie, 'GET', '/api/imports');
    expect(list.items[0]).toMatchObject({ id: batchId, fileName: 'polda-kepri.csv', status: 'committed', importedBy: expect.any(String), counts: { casesCreated: 2 } });
    expect((await ok(t, otherOfficer.cookie, 'GET', '/api/imports')).items).toEqual([]);
    const created = await ok(t, officer.cookie, 'GET', `/api/imports/${batchId}/cases`);
    expect(created).toMatchObject({ total: 2, items: [{ number: 'TPPO/KEPRI/2024/0001', caseRef: 'LP/01/2024', row: 2 }, { number: 'TPPO/KEPRI/2024/0002', caseRef: 'LP/02/2024', row: 5 }] });
    expect((await call(t, otherOfficer.cookie, 'GET', `/api/imports/${batchId}/cases`)).statusCode).toBe(404);

    const r = await call(t, officer.cookie, 'GET', `/api/cases/${created.items[0].id}`);
    const kase = r.json();
    const [agency] = await q<{ name: string }>(`SELECT name FROM agencies WHERE id = $1`, [officer.agencyId]);
    const from = { agency: { id: officer.agencyId, name: agency!.name }, importId: batchId, fileName: 'polda-kepri.csv', importedAt: kase.createdAt };
    expect(kase.provenance).toEqual({ ...from, row: 2, caseRef: 'LP/01/2024' });
    const byRole = Object.fromEntries(kase.people.map((p: any) => [p.role, p]));
    expect(byRole.victim.provenance).toEqual({ ...from, row: 2, caseRef: null });
    expect(byRole.suspect.provenance).toEqual({ ...from, row: 3, caseRef: null });
    // The name as written in the file (capitals) is identity: never in the case page.
    expect(r.body).not.toContain('SITI AMINAH');
    expect(r.body).not.toContain('originalName');
  });

  it('gives the rejected rows back as CSV with their problems, to correct and import again', async () => {
    const r = await call(t, officer.cookie, 'GET', `/api/imports/${batchId}/rejected.csv`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toBe('attachment; filename="polda-kepri-rejected.csv"');
    const lines = r.body.replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe(header.replaceAll(';', ',') + ',benteng_row,benteng_problems');
    expect(lines[2]).toBe(',Tanpa nomor,12/01/2024,Patroli,Korban,Dewi,,,P,,,7,"Row 7, column ""No LP"": the case reference is empty"');
  });

  it('imports the same file again without duplicates, suggesting the saved template', async () => {
    const cases = await count('cases');
    const persons = await count('persons');
    const again = (await uploadFile(officer.cookie, 'polda-kepri (1).csv', file)).json();
    expect(again.suggestedTemplate).toMatchObject({ name: 'Polda LP', similarity: 1 });
    const preview = await ok(t, officer.cookie, 'POST', `/api/imports/${again.id}/preview`, { mapping: again.suggestedMapping });
    expect(preview.batch.counts).toMatchObject({ valid: 0, duplicate: 3, rejected: 2 });
    const done = await commitAndWait(officer.cookie, again.id);
    expect(done.counts).toMatchObject({ casesCreated: 0, personsCreated: 0 });
    expect([await count('cases'), await count('persons')]).toEqual([cases, persons]);
  });

  it('adds a corrected row to the case of its reference, and keeps the other agency out', async () => {
    const fixed = [header, 'LP/02/2024;Pengiriman lewat pelabuhan tikus;3 Februari 2024;Laporan masyarakat;Korban;Budi;;;L;;'].join('\n');
    const batch = (await uploadFile(coordinator.cookie, 'koreksi.csv', fixed)).json();
    await ok(t, coordinator.cookie, 'POST', `/api/imports/${batch.id}/preview`, { mapping: batch.suggestedMapping });
    expect((await commitAndWait(coordinator.cookie, batch.id)).counts).toMatchObject({ casesCreated: 0, personsCreated: 1 });
    const [kase] = await q<any>(`SELECT victim_count, version FROM cases WHERE number = 'TPPO/KEPRI/2024/0002'`);
    expect(kase).toEqual({ victim_count: 2, version: 3 });
    expect((await call(t, otherOfficer.cookie, 'GET', `/api/imports/${batch.id}`)).statusCode).toBe(404);
    expect((await call(t, otherOfficer.cookie, 'GET', `/api/imports/${batch.id}/rejected.csv`)).statusCode).toBe(404);
  });
});

describe('nothing half-imported', () => {
  it('a commit cancelled after rows were written leaves nothing behind', async () => {
    const rows = [header, ...Array.from({ length: 30 }, (_, i) => `LP/C/${i};Kasus batal ${i};12/01/2024;Patroli;Korban;Orang ${i};;;P;;`)].join('\n');
    const batch = (await uploadFile(officer.cookie, 'batal.csv', rows)).json();
    await ok(t, officer.cookie, 'POST', `/api/imports/${batch.id}/preview`, { mapping: batch.suggestedMapping });
    const before = [await count('cases'), await count('persons'), await count('import_fingerprints')];
    let progressed = 0;
    const actor: Actor = {
      ...{ userId: officer.id, email: officer.email, displayName: 'Officer', agencyId: officer.agencyId, locale: 'id', sessionIdHash: '' },
      ...{ roles: ['officer'], permissions: permissionsOf(['officer']), scope: 'agency' },
    };
    const ctx = { requestId: 'test', now: t.clock.now(), actor };
    const result = await commitImport(t.deps, ctx, batch.id, { onProgress: (done) => (progressed = done), cancelled: () => progressed > 0 });
    expect(result.status).toBe('cancelled');
    expect(progressed).toBeGreaterThan(0);
    expect([await count('cases'), await count('persons'), await count('import_fingerprints')]).toEqual(before);
    expect((await call(t, officer.cookie, 'POST', `/api/imports/${batch.id}/commit`)).statusCode).toBe(409);
  });

  it('a background commit cancelled through the API rolls back and the import reads cancelled', async () => {
    const rows = [header, ...Array.from({ length: 12 }, (_, i) => `LP/Q/${i};Kasus antre ${i};12/01/2024;Patroli;Korban;Orang ${i};;;P;;`)].join('\n');
    const batch = (await uploadFile(officer.cookie, 'antre.csv', rows)).json();
    await ok(t, officer.cookie, 'POST', `/api/imports/${batch.id}/preview`, { mapping: batch.suggestedMapping });
    const before = [await count('cases'), await count('persons'), await count('import_fingerprints')];
    const sent: { name: string; data: object }[] = [];
    t.deps.jobs = { send: async (name, data) => (sent.push({ name, data }), 'job') }; // the queue holds the job until we run it
    try {
      const started = await call(t, officer.cookie, 'POST', `/api/imports/${batch.id}/commit`);
      expect(started.statusCode).toBe(202);
      expect(started.json()).toMatchObject({ status: 'committing', progress: { phase: 'queued', done: 0, cancelRequested: false } });
      // Job data keeps ids only: pg-boss keeps it in its table after the job ran.
      expect(sent).toEqual([{ name: importQueue, data: { importId: batch.id, requestId: expect.any(String), userId: officer.id, agencyId: officer.agencyId } }]);
      expect((await call(t, otherOfficer.cookie, 'POST', `/api/imports/${batch.id}/cancel`)).statusCode).toBe(404);
      const cancelling = await ok(t, officer.cookie, 'POST', `/api/imports/${batch.id}/cancel`);
      expect(cancelling).toMatchObject({ status: 'committing', progress: { cancelRequested: true } });
      await runImportJob(t.deps, sent[0]!.data as ImportJob);
    } finally {
      delete t.deps.jobs;
    }
    expect(await ok(t, officer.cookie, 'GET', `/api/imports/${batch.id}`)).toMatchObject({ status: 'cancelled', progress: null });
    expect([await count('cases'), await count('persons'), await count('import_fingerprints')]).toEqual(before);
    const audit = await q<any>(`SELECT action, details FROM audit_log WHERE object_id = $1 ORDER BY seq`, [batch.id]);
    expect(audit.map((a) => a.action)).toEqual(['import.upload', 'import.cancel']);
    expect(audit[1].details).toEqual({ from: 'committing' });
    expect((await call(t, officer.cookie, 'POST', `/api/imports/${batch.id}/cancel`)).statusCode).toBe(409);
    expect((await call(t, officer.cookie, 'POST', `/api/imports/${batch.id}/commit`)).statusCode).toBe(409);
  });

  it('a commit sent to the pg-boss queue is run by its worker', async () => {
    const rows = [header, 'LP/B/1;Kasus lewat antrean;12/01/2024;Patroli;Korban;Orang Antrean;;;P;;'].join('\n');
    const batch = (await uploadFile(officer.cookie, 'antrean.csv', rows)).json();
    await ok(t, officer.cookie, 'POST', `/api/imports/${batch.id}/preview`, { mapping: batch.suggestedMapping });
    const queue = await startJobQueue(t.deps.database, importJobs(t.deps), t.deps.logger);
    t.deps.jobs = queue;
    try {
      // pg-boss polls (every 5 s on PGlite): follow the import for up to a minute.
      const done = await commitAndWait(officer.cookie, batch.id, 3000);
      expect(done).toMatchObject({ status: 'committed', progress: null, counts: { casesCreated: 1, personsCreated: 1 } });
    } finally {
      delete t.deps.jobs;
      await queue.stop();
    }
  }, 90_000);

  it('a queued commit whose importer may no longer import fails and writes nothing', async () => {
    const rows = [header, 'LP/D/1;Kasus importir nonaktif;12/01/2024;Patroli;Korban;Orang Nonaktif;;;P;;'].join('\n');
    const batch = (await uploadFile(officer.cookie, 'nonaktif.csv', rows)).json();
    await ok(t, officer.cookie, 'POST', `/api/imports/${batch.id}/preview`, { mapping: batch.suggestedMapping });
    const sent: { name: string; data: object }[] = [];
    t.deps.jobs = { send: async (name, data) => (sent.push({ name, data }), 'job') };
    try {
      expect((await call(t, officer.cookie, 'POST', `/api/imports/${batch.id}/commit`)).statusCode).toBe(202);
    } finally {
      delete t.deps.jobs;
    }
    const before = await count('cases');
    const analyst = await signedInUser(t, ['analyst'], { agencyId: officer.agencyId });
    await runImportJob(t.deps, { ...(sent[0]!.data as ImportJob), userId: analyst.id });
    expect(await ok(t, officer.cookie, 'GET', `/api/imports/${batch.id}`)).toMatchObject({ status: 'failed' });
    expect(await count('cases')).toBe(before);
  });

  it('an import cancelled before its commit is closed and cannot be committed', async () => {
    const batch = (await uploadFile(officer.cookie, 'tutup.csv', file)).json();
    await ok(t, officer.cookie, 'POST', `/api/imports/${batch.id}/preview`, { mapping: batch.suggestedMapping });
    expect(await ok(t, officer.cookie, 'POST', `/api/imports/${batch.id}/cancel`)).toMatchObject({ status: 'cancelled', progress: null });
    expect((await call(t, officer.cookie, 'POST', `/api/imports/${batch.id}/commit`)).statusCode).toBe(409);
    expect((await call(t, officer.cookie, 'POST', `/api/imports/${batch.id}/preview`, { mapping: batch.suggestedMapping })).statusCode).toBe(409);
  });

  it('refuses a file in the wrong encoding with row and column', async () => {
    const r = await uploadFile(officer.cookie, 'latin1.csv', Buffer.concat([Buffer.from(`${header}\nLP/9;Judul;12/01/2024;Patroli;Korban;Jos`), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toMatch(/^Row 2, column F: the file is not UTF-8/);
  });
});

describe('retention of import rows', () => {
  it('deletes the rows of imports finished or left open past the retention period, keeping what they wrote', async () => {
    const rows = [header, 'LP/R/1;Kasus retensi;12/01/2024;Patroli;Korban;Orang Retensi;;;P;;', ';Tanpa nomor;12/01/2024;Patroli;Korban;Dewi;;;P;;'].join('\n');
    const done = (await uploadFile(officer.cookie, 'retensi.csv', rows)).json();
    await ok(t, officer.cookie, 'POST', `/api/imports/${done.id}/preview`, { mapping: done.suggestedMapping });
    expect((await commitAndWait(officer.cookie, done.id)).counts).toMatchObject({ casesCreated: 1, rejected: 1 });
    const open = (await uploadFile(officer.cookie, 'ditinggal.csv', rows)).json();
    const rowsOf = async (id: string) => (await q<{ n: number }>(`SELECT count(*)::int AS n FROM import_rows WHERE batch_id = $1`, [id]))[0]!.n;
    const [cases, fingerprints] = [await count('cases'), await count('import_fingerprints')];

    expect(t.deps.config.imports.rowsRetentionDays).toBe(90);
    const day = 86_400_000;
    // Not yet: 89 days after.
    await purgeImportRows(t.deps, new Date(t.clock.now().getTime() + 89 * day));
    expect([await rowsOf(done.id), await rowsOf(open.id)]).toEqual([2, 2]);

    const later = new Date(t.clock.now().getTime() + 91 * day);
    expect(await purgeImportRows(t.deps, later)).toBeGreaterThanOrEqual(2);
    expect([await rowsOf(done.id), await rowsOf(open.id)]).toEqual([0, 0]);
    expect(await ok(t, officer.cookie, 'GET', `/api/imports/${done.id}`)).toMatchObject({ status: 'committed', rowsPurgedAt: later.toISOString() });
    expect(await ok(t, officer.cookie, 'GET', `/api/imports/${open.id}`)).toMatchObject({ status: 'cancelled', rowsPurgedAt: later.toISOString() });
    expect((await call(t, officer.cookie, 'GET', `/api/imports/${done.id}/rejected.csv`)).statusCode).toBe(409);
    expect([await count('cases'), await count('import_fingerprints')]).toEqual([cases, fingerprints]);
    const audit = await q<any>(`SELECT details FROM audit_log WHERE object_id = $1 AND action = 'import.rows.purge'`, [open.id]);
    expect(audit).toEqual([{ details: { status: 'uploaded', rows: 2, retentionDays: 90 } }]);
    // A second run finds nothing more to do for them.
    await purgeImportRows(t.deps, later);
    expect(await q(`SELECT 1 FROM audit_log WHERE object_id = $1 AND action = 'import.rows.purge'`, [done.id])).toHaveLength(1);

    // The same rows imported again are still duplicates: the fingerprints stay.
    const again = (await uploadFile(officer.cookie, 'retensi lagi.csv', rows)).json();
    const preview = await ok(t, officer.cookie, 'POST', `/api/imports/${again.id}/preview`, { mapping: again.suggestedMapping });
    expect(preview.batch.counts).toMatchObject({ valid: 0, duplicate: 1 });
  });
});

describe('who may import', () => {
  it.each([['analyst'], ['caseworker'], ['liaison'], ['admin']] as const)('refuses %s with 403', async (role) => {
    const user = await signedInUser(t, [role]);
    expect((await uploadFile(user.cookie, 'x.csv', file)).statusCode).toBe(403);
    expect((await call(t, user.cookie, 'GET', '/api/imports/templates')).statusCode).toBe(403);
  });
});

