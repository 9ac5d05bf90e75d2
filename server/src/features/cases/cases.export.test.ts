import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';
import { once } from 'node:events';
import { permissionsOf } from '#contracts/access';
import type { Actor } from '../../platform/context';
import { exportBatchSize } from './cases.export.repository';
import { exportCases } from './cases.export.service';

let t: TestApp;
let own: string;
let other: string;
let officer: Awaited<ReturnType<typeof signedInUser>>;
let coordinator: string;
let coordinatingOfficer: string;
const numbers: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  own = (await makeAgency(t.deps)).id;
  other = (await makeAgency(t.deps)).id;
  officer = await signedInUser(t, ['officer'], { agencyId: own });
  coordinator = (await signedInUser(t, ['coordinator'])).cookie;
  // Province-wide scope and the identity permission: identity only where they own or share the case.
  coordinatingOfficer = (await signedInUser(t, ['coordinator', 'officer'], { agencyId: own })).cookie;
  numbers.labour = (
    await makeCase(t.deps, {
      agencyId: own,
      title: 'Kerja paksa di perkebunan Johor',
      reportedOn: '2026-02-01',
      status: 'investigation',
      people: [
        { role: 'victim', fullName: 'Siti Aminah', nik: '2171015507950001', sex: 'female', ageWhenTrafficked: 17, exploitationTypes: ['forced_labour'], meansOfControl: ['debt_bondage'] },
        { role: 'suspect', fullName: 'Muhammad Rizky', perpetratorRoles: ['recruiter', 'transporter'] },
      ],
      route: [
        { type: 'recruitment', placeKind: 'region', regionCode: '52.03', occurredOn: '2026-01-05' },
        { type: 'transit', placeKind: 'port', portId: 'ID-BTM-BTC' },
        { type: 'exploitation', placeKind: 'abroad', country: 'MY' },
      ],
    })
  ).number;
  numbers.injection = (
    await makeCase(t.deps, {
      agencyId: own,
      title: '=HYPERLINK("http://evil.example","klik")',
      summary: '+cmd|/C calc!A0',
      reportedOn: '2026-01-01',
      people: [{ role: 'victim', fullName: '@SUM(1+1)' }],
    })
  ).number;
  numbers.otherAgency = (
    await makeCase(t.deps, { agencyId: other, title: 'Kasus instansi lain', reportedOn: '2026-01-10', people: [{ role: 'victim', fullName: 'Dewi Lestari' }] })
  ).number;
});
afterAll(() => t.close());

const exportOf = (cookie: string, query: string) => t.app.inject(apiRequest({ method: 'GET', url: `/api/cases/export?${query}`, cookie }));
const exportAudits = async () =>
  (
    await t.deps.database.query<{ reason: string | null; outcome: string; details: Record<string, any> }>(
      `SELECT reason, outcome, details FROM audit_log WHERE action = 'case.export' ORDER BY seq`,
    )
  ).rows;
const csvRows = (body: string): Record<string, string>[] => parse(body, { columns: true, bom: true });

describe('case export', () => {
  it('streams a CSV of the visible cases, one row per case, with labels in the user’s language', async () => {
    const r = await exportOf(officer.cookie, 'format=csv');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="benteng-cases-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(r.body.startsWith('\ufeff')).toBe(true);
    const rows = csvRows(r.body);
    expect(rows.map((row) => row.number).sort()).toEqual([numbers.labour, numbers.injection].sort());
    const labour = rows.find((row) => row.number === numbers.labour)!;
    expect(labour).toMatchObject({
      status: 'investigation',
      statusLabel: 'Penyidikan',
      exploitationTypes: 'forced_labour',
      exploitationTypeLabels: 'Kerja paksa',
      victimCount: '1',
      victimsFemale: '1',
      victimsMinor: '1',
      suspectRoles: 'Perekrut/perantara (tekong, calo); Pengangkut (tekong kapal)',
      route: 'recruitment 52.03 → transit ID-BTM-BTC → exploitation MY',
    });
    expect(Object.keys(labour)).not.toContain('victimNames');
    expect(r.body).not.toContain('Siti Aminah');
    expect(r.body).not.toContain('Muhammad Rizky');
  });

  it('never exports another agency’s case, whatever the filters', async () => {
    for (const query of ['format=csv', `format=json&agencyId=${other}`, 'format=htcds&q=Kasus%20instansi%20lain']) {
      const r = await exportOf(officer.cookie, query);
      expect(r.body).not.toContain(numbers.otherAgency);
    }
  });

  it('applies the list filters', async () => {
    const rows = csvRows((await exportOf(officer.cookie, 'format=csv&status=investigation&exploitationType=forced_labour')).body);
    expect(rows.map((row) => row.number)).toEqual([numbers.labour]);
  });

  it('neutralises spreadsheet formulas in CSV and XLSX cells', async () => {
    const csv = csvRows((await exportOf(officer.cookie, 'format=csv')).body).find((row) => row.number === numbers.injection)!;
    expect(csv.title).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(csv.summary).toBe(`'+cmd|/C calc!A0`);

    const r = await exportOf(officer.cookie, 'format=xlsx');
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Cases')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const injected = rows.find((row) => row[header.indexOf('number') + 1] === numbers.injection)!;
    expect(injected[header.indexOf('title') + 1]).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(injected[header.indexOf('summary') + 1]).toBe(`'+cmd|/C calc!A0`);
    expect(rows.every((row) => row.every((cell) => typeof cell !== 'object' || cell === null))).toBe(true);
  });

  it('includes identity only with the permission and a reason, and only for cases the user may reveal', async () => {
    const refused = await exportOf(coordinator, 'format=csv&includeIdentity=true&reason=Permintaan%20penyidik%20Polda');
    expect(refused.statusCode).toBe(403);
    const noReason = await exportOf(officer.cookie, 'format=csv&includeIdentity=true');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.issues[0].path).toBe('reason');

    const r = await exportOf(coordinatingOfficer, 'format=csv&includeIdentity=true&reason=Permintaan%20penyidik%20Polda');
    const rows = csvRows(r.body);
    const labour = rows.find((row) => row.number === numbers.labour)!;
    expect(labour).toMatchObject({ victimNames: 'Siti Aminah', victimNiks: '2171015507950001', suspectNames: 'Muhammad Rizky' });
    expect(rows.find((row) => row.number === numbers.injection)!.victimNames).toBe(`'@SUM(1+1)`);
    // Another agency's case: visible to the coordinator role, but its identity cells stay empty.
    expect(rows.find((row) => row.number === numbers.otherAgency)).toMatchObject({ victimNames: '', victimNiks: '' });
    expect(r.body).not.toContain('Dewi Lestari');
  });

  it('writes one audit entry per export with format, filters, identity flag, reason and row count', async () => {
    const before = (await exportAudits()).length;
    await exportOf(officer.cookie, 'format=json&status=investigation');
    await exportOf(officer.cookie, 'format=htcds&includeIdentity=true&reason=Rujukan%20ke%20IOM%20untuk%20pemulangan');
    const entries = (await exportAudits()).slice(before);
    expect(entries).toEqual([
      { outcome: 'success', reason: null, details: { format: 'json', filters: { status: ['investigation'] }, includeIdentity: false, rowCount: 1 } },
      { outcome: 'success', reason: 'Rujukan ke IOM untuk pemulangan', details: { format: 'htcds', filters: {}, includeIdentity: true, rowCount: 2 } },
    ]);
  });

  it('exports HTCDS documents with HTCDS field names and values, identity fields omitted unless granted', async () => {
    const r = await exportOf(officer.cookie, 'format=htcds&status=investigation');
    expect(r.headers['content-disposition']).toMatch(/\.htcds\.json"$/);
    const body = r.json();
    expect(body).toMatchObject({ standard: 'HTCDS', version: '2.0' });
    const doc = body.cases[0];
    expect(doc).toMatchObject({ cas_CaseNumber: numbers.labour, cas_Status: 'Active', benteng_Status: 'investigation' });
    const victim = doc.persons.find((p: { benteng_Role: string }) => p.benteng_Role === 'victim');
    expect(victim).toMatchObject({
      prs_Gender: 'Feminine',
      vic_TraffickingStatus: 'Possible victim',
      vic_TypeOfExploitation: ['Forced labour'],
      vic_MethodsOfControl: ['Debt bondage'],
      vic_AgeWhenTrafficked: 17,
      benteng_Pseudonym: expect.stringMatching(/^victim-1-[0-9A-F]{4}$/),
    });
    expect(victim).not.toHaveProperty('prs_FirstName');
    expect(victim).not.toHaveProperty('prs_IdentityNumber');
    const suspect = doc.persons.find((p: { benteng_Role: string }) => p.benteng_Role === 'suspect');
    expect(suspect.per_RoleInProcess).toEqual(['Recruiter Or Intermediary', 'Transporter']);
    expect(doc.historicTraffickingEvents.map((e: { hte_Type: string; hte_Country: string }) => [e.hte_Type, e.hte_Country])).toEqual([
      ['Recruitment', 'ID'],
      ['Transit', 'ID'],
      ['Exploitation', 'MY'],
    ]);
    expect(doc.historicTraffickingEvents[1].hte_Street).toBe('Batam Centre International Ferry Terminal');

    const identified = (await exportOf(officer.cookie, 'format=htcds&status=investigation&includeIdentity=true&reason=Rujukan%20ke%20IOM%20untuk%20pemulangan')).json();
    expect(identified.cases[0].persons.find((p: { benteng_Role: string }) => p.benteng_Role === 'victim')).toMatchObject({
      prs_FirstName: 'Siti Aminah',
      prs_IdentityNumber: '2171015507950001',
    });
  });

  it('streams more cases than one cursor batch as one valid document', async () => {
    const agencyId = (await makeAgency(t.deps)).id;
    const cookie = (await signedInUser(t, ['officer'], { agencyId })).cookie;
    const count = exportBatchSize * 2 + 7;
    await t.deps.database.query(
      `INSERT INTO cases (number, year, title, reported_on, discovery_channel, owning_agency_id, status_changed_at, created_at, updated_at)
       SELECT 'TPPO/KEPRI/2020/' || lpad(g::text, 5, '0'), 2020, 'Kasus massal ' || g, DATE '2020-01-01' + (g % 300), 'patrol', $1, now(), now(), now()
         FROM generate_series(1, ${count}) g`,
      [agencyId],
    );
    const json = await exportOf(cookie, 'format=json');
    expect(json.json()).toHaveLength(count);
    expect(csvRows((await exportOf(cookie, 'format=csv')).body)).toHaveLength(count);
    expect((await exportAudits()).at(-1)!.details.rowCount).toBe(count);

    // A client that stops reading: the export ends, and the audit says what had been sent.
    const actor: Actor = {
      ...{ userId: officer.id, email: officer.email, displayName: 'Officer', agencyId, locale: 'id', sessionIdHash: '' },
      ...{ roles: ['officer'], permissions: permissionsOf(['officer']), scope: 'agency' },
    };
    const file = await exportCases(t.deps, { requestId: 'abandoned', actor, now: t.clock.now() }, { format: 'csv', includeIdentity: 'false' });
    await once(file.body, 'data');
    file.body.destroy();
    await expect.poll(async () => (await exportAudits()).at(-1)!.outcome).toBe('failure');
    const abandoned = (await exportAudits()).at(-1)!;
    expect(abandoned.details.rowCount).toBeLessThan(count);
  });

  it('asks for the password again when the sign-in is older than ten minutes', async () => {
    t.clock.advance(11 * 60_000);
    const stale = await exportOf(officer.cookie, 'format=csv');
    expect(stale.json().error.code).toBe('REAUTHENTICATION_REQUIRED');
    const reauth = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/reauthenticate', cookie: officer.cookie, payload: { password: officer.password } }),
    );
    expect(reauth.statusCode).toBe(200);
    expect((await exportOf(officer.cookie, 'format=csv')).statusCode).toBe(200);
  });
});
