import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { signedInUser } from '../../../test/factories';
import { recruiterSearchLimits } from './public-info.routes';
import { loadSampleRecruitersIfEmpty } from './recruiters.sample';

let t: TestApp;
let admin: string;
let coordinator: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await signedInUser(t, ['admin'])).cookie;
  coordinator = (await signedInUser(t, ['coordinator'])).cookie;
});
afterAll(() => t.close());

const csv = [
  'Nama Perusahaan,Nomor SIP3MI,Status,Kantor Pusat,Kantor Cabang',
  'PT Bintang Samudera Abadi,KEP 12/345/2021,Aktif,Surabaya,Mataram; Batam',
  'PT Cahaya Karya Mandiri,KEP 99/100/2020,dibekukan,Jakarta,',
  'PT Sumber Rezeki Bersama,KEP 77/001/2019,dicabut,Lombok Timur,',
  '"PT Mitra Jaya Sentosa, Tbk",KEP 55/222/2022,active,Malang,Kupang',
].join('\n');

const upload = (cookie: string, fileName: string, content: Buffer | string, isSample = false) =>
  t.app.inject(
    apiRequest({
      method: 'POST',
      url: '/api/public-info/recruiter-lists',
      cookie,
      payload: { fileName, contentBase64: Buffer.from(content).toString('base64'), isSample },
    }),
  );
const search = (q: string) => t.app.inject({ method: 'GET', url: `/api/public/info/recruiters?q=${encodeURIComponent(q)}` });
const namesFound = async (q: string) => (await search(q)).json().items.map((r: { name: string }) => r.name);

describe('recruiter list and search', () => {
  it('answers an empty search before any list is loaded', async () => {
    expect((await search('bintang')).json()).toEqual({ list: null, items: [], flagged: [] });
  });

  it('loads a CSV with Indonesian headers and statuses as version 1, audited', async () => {
    const r = await upload(admin, 'p3mi.csv', csv);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ version: 1, rowCount: 4, isSample: false, fileName: 'p3mi.csv' });
    const audit = await t.app.inject(apiRequest({ method: 'GET', url: '/api/audit?action=public-info.recruiters.load', cookie: admin }));
    expect(audit.json().items).toHaveLength(1);
  });

  it('finds the right company despite typos, missing "PT" and other spellings', async () => {
    expect(await namesFound('bintang samudra')).toEqual(['PT Bintang Samudera Abadi']);
    expect((await namesFound('Bintng Samudera Abadi'))[0]).toBe('PT Bintang Samudera Abadi');
    expect((await namesFound('PT CAHAYA KARYA'))[0]).toBe('PT Cahaya Karya Mandiri');
    expect((await namesFound('mitra jaya sentosa'))[0]).toBe('PT Mitra Jaya Sentosa, Tbk');
    expect(await namesFound('garuda perkasa')).toEqual([]);
  });

  it('finds by licence number typed with other separators, and shows status and offices', async () => {
    const r = (await search('kep 12 345 2021')).json();
    expect(r.items).toEqual([
      {
        name: 'PT Bintang Samudera Abadi',
        licenceNumber: 'KEP 12/345/2021',
        status: 'active',
        offices: [
          { kind: 'head', address: 'Surabaya' },
          { kind: 'branch', address: 'Mataram' },
          { kind: 'branch', address: 'Batam' },
        ],
      },
    ]);
    expect((await search('dicabut sumber rezeki')).json().items[0]).toMatchObject({ status: 'revoked' });
    expect((await search('KEP 99')).json().items[0]).toMatchObject({ name: 'PT Cahaya Karya Mandiri', status: 'suspended' });
  });

  it('searches only the newest list version', async () => {
    const next = 'name,licence_number,status\nPT Harapan Baru,KEP 1/1/2024,active\n';
    expect((await upload(coordinator, 'p3mi-2.csv', next)).json().version).toBe(2);
    expect(await namesFound('bintang samudera')).toEqual([]);
    expect(await namesFound('harapan baru')).toEqual(['PT Harapan Baru']);
    expect((await search('harapan')).json().list).toMatchObject({ version: 2, isSample: false });
  });

  it('reads XLSX the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('P3MI');
    sheet.addRow(['Name', 'Licence number', 'Status', 'Head office']);
    sheet.addRow(['PT Anugerah Nusantara', 'KEP 8/808/2023', 'Active', 'Yogyakarta']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const r = await upload(admin, 'p3mi.xlsx', buffer);
    expect(r.statusCode, r.body).toBe(201);
    expect(await namesFound('anugerah nusantara')).toEqual(['PT Anugerah Nusantara']);
  });

  it('refuses a file with bad rows, naming each row, and loads nothing', async () => {
    const bad = ['name,licence_number,status', 'PT Satu,KEP 1/2/2020,aktif', ',KEP 3/4/2020,aktif', 'PT Tiga,KEP 1/2/2020,aktif', 'PT Empat,KEP 9/9/2020,entah'].join('\n');
    const r = await upload(admin, 'bad.csv', bad);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues.map((i: { path: string; code: string }) => `${i.path}:${i.code}`)).toEqual([
      'rows.3.name:required',
      'rows.4.licenceNumber:duplicate',
      'rows.5.status:invalid',
    ]);
    const missing = await upload(admin, 'cols.csv', 'company\nPT X\n');
    expect(missing.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['file.header.licence', 'file.header.status']);
    const lists = await t.app.inject(apiRequest({ method: 'GET', url: '/api/public-info/recruiter-lists', cookie: admin }));
    expect(lists.json().items.map((l: { version: number }) => l.version)).toEqual([3, 2, 1]);
  });

  it('lets only administrators and coordinators load lists', async () => {
    const officer = (await signedInUser(t, ['officer'])).cookie;
    expect((await upload(officer, 'p3mi.csv', csv)).statusCode).toBe(403);
  });

  it('limits searches per client in memory (RATE_LIMITED), until the next minute', async () => {
    let answer = await search('harapan');
    for (let i = 0; answer.statusCode === 200 && i < recruiterSearchLimits.perClient; i++) answer = await search('harapan');
    expect(answer.statusCode).toBe(429);
    expect(answer.json().error.code).toBe('RATE_LIMITED');
    t.clock.advance(60_000);
    expect((await search('harapan')).statusCode).toBe(200);
  });

  it('loads the demo SAMPLE list only when no list exists', async () => {
    expect(await loadSampleRecruitersIfEmpty(t.deps, t.clock.now())).toBe(0);
  });
});

describe('public flags of illegal recruiters', () => {
  const flag = (cookie: string, payload: object) =>
    t.app.inject(apiRequest({ method: 'POST', url: '/api/public-info/recruiter-flags', cookie, payload }));

  it('is a coordinator decision, audited with its reason, shown in public search and withdrawable', async () => {
    const body = { name: 'PT Jalan Pintas Sejahtera', publicNote: 'Merekrut tanpa izin; terbukti dalam kasus TPPO.', reason: 'Putusan pengadilan dan dua kasus', caseNumber: 'TPPO/KEPRI/2026/0001' };
    expect((await flag(admin, body)).statusCode).toBe(403);
    const r = await flag(coordinator, body);
    expect(r.statusCode, r.body).toBe(201);
    const created = r.json();
    const found = (await search('jalan pintas sejahtra')).json();
    expect(found.flagged).toEqual([{ name: 'PT Jalan Pintas Sejahtera', licenceNumber: null, publicNote: body.publicNote, flaggedAt: t.clock.now().toISOString() }]);
    expect(JSON.stringify(found)).not.toContain(body.reason);

    const audit = await t.app.inject(apiRequest({ method: 'GET', url: '/api/audit?action=public-info.recruiter.flag', cookie: admin }));
    expect(audit.json().items[0]).toMatchObject({ reason: body.reason, objectId: created.id });

    const withdraw = (reason: string) =>
      t.app.inject(apiRequest({ method: 'POST', url: `/api/public-info/recruiter-flags/${created.id}/withdraw`, cookie: coordinator, payload: { reason } }));
    expect((await withdraw('Salah identifikasi')).json()).toMatchObject({ withdrawalReason: 'Salah identifikasi' });
    expect((await withdraw('lagi')).statusCode).toBe(409);
    expect((await search('jalan pintas sejahtera')).json().flagged).toEqual([]);
    const flags = await t.app.inject(apiRequest({ method: 'GET', url: '/api/public-info/recruiter-flags', cookie: coordinator }));
    expect(flags.json().items[0].withdrawnAt).not.toBeNull();
  });
});
