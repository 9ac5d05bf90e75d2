import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import {
  agencyStaff,
  call,
  casePayload,
  ok,
  suspectPayload,
  victimPayload,
} from '../../../test/case-fixtures';

let t: TestApp;
let officer: { cookie: string };

beforeAll(async () => {
  t = await buildTestApp();
  officer = (await agencyStaff(t, [['officer']])).users[0]!;
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) =>
  t.deps.database.query<T>(text, params).then((r) => r.rows);
const newCase = () => ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
const personRow = async (casePersonId: string) =>
  (
    await q(`SELECT p.* FROM persons p JOIN case_persons cp ON cp.person_id = p.id WHERE cp.id = $1`, [
      casePersonId,
    ])
  )[0]!;

describe('adding people', () => {
  it('adds a victim with HTCDS context, keeps the name as written and stores its search key', async () => {
    const kase = await newCase();
    const victim = await ok(
      t,
      officer.cookie,
      'POST',
      `/api/cases/${kase.id}/people`,
      victimPayload({
        fullName: 'Hj. Siti Aminah binti Abdullah',
        aliases: ['Ami', 'Siti Aminah Bt. Abdullah'],
      }),
    );
    expect(victim).toMatchObject({
      role: 'victim',
      version: 1,
      identityProtected: true,
      identity: null,
      birthYear: 1999,
      victim: { meansOfControl: ['withholds_documents'] },
    });
    expect(victim.pseudonym).toMatch(/^victim-1-[0-9A-F]{4}$/);
    const row = await personRow(victim.id);
    expect(row.full_name).toBe('Hj. Siti Aminah binti Abdullah');
    expect(row.name_key).toBe('siti aminah binti abdullah | ami');
    const detail = await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`);
    expect(detail).toMatchObject({ victimCount: 1, exploitationTypes: ['forced_labour'], version: 2 });
  });

  it('accepts a single name or aliases only, and numbers people within their role', async () => {
    const kase = await newCase();
    const one = await ok(
      t,
      officer.cookie,
      'POST',
      `/api/cases/${kase.id}/people`,
      suspectPayload({ fullName: 'Sukarni' }),
    );
    const two = await ok(
      t,
      officer.cookie,
      'POST',
      `/api/cases/${kase.id}/people`,
      suspectPayload({ fullName: null, aliases: ['Tekong Ali'] }),
    );
    const witness = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, {
      role: 'witness',
      fullName: 'Budi',
    });
    expect([
      one.pseudonym.split('-')[1],
      two.pseudonym.split('-')[1],
      witness.pseudonym.split('-').slice(0, 2).join('-'),
    ]).toEqual(['1', '2', 'witness-1']);
    expect(one.identity).toMatchObject({ fullName: 'Sukarni' });
    const noName = await call(
      t,
      officer.cookie,
      'POST',
      `/api/cases/${kase.id}/people`,
      suspectPayload({ fullName: null }),
    );
    expect(noName.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'body.fullName' }],
    });
  });

  it('stores NIK structure problems as warnings, and refuses a NIK that is not 16 digits', async () => {
    const kase = await newCase();
    // 21.71.10 is Batam Kota; day 57 is a woman born on the 17th; the record says 18 August and male.
    const warned = await ok(
      t,
      officer.cookie,
      'POST',
      `/api/cases/${kase.id}/people`,
      victimPayload({ nik: '2171105708990001', sex: 'male', birthDate: '1999-08-18' }),
    );
    expect(warned.nikWarnings).toEqual(['birth-date-mismatch', 'sex-mismatch']);
    const unknownRegion = await ok(
      t,
      officer.cookie,
      'POST',
      `/api/cases/${kase.id}/people`,
      victimPayload({ nik: '2199995708990001' }),
    );
    expect(unknownRegion.nikWarnings).toEqual(['unknown-region']);
    expect((await personRow(unknownRegion.id)).nik_warnings).toEqual(['unknown-region']);
    for (const nik of ['217110570899000', '21711057089900012', '21711057089900AB']) {
      const r = await call(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, victimPayload({ nik }));
      expect(r.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'body.nik' }] });
    }
  });

  it('refuses unknown origin regions, future birth dates and context of the wrong role', async () => {
    const kase = await newCase();
    const cases = [
      [victimPayload({ originRegionCode: '99.01' }), 'body.originRegionCode'],
      [victimPayload({ birthDate: '2030-01-01' }), 'body.birthDate'],
      [victimPayload({ suspect: { roles: ['recruiter'] } }), 'body.suspect'],
      [suspectPayload({ suspect: null }), 'body.suspect'],
    ] as const;
    for (const [payload, path] of cases) {
      const r = await call(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, payload);
      expect(r.json().error, path).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path }] });
    }
    expect((await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`)).people).toEqual([]);
  });

  it('offers no way to remove a person (mistakes are marked in the notes)', async () => {
    const kase = await newCase();
    const victim = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, victimPayload());
    const r = await call(t, officer.cookie, 'DELETE', `/api/cases/${kase.id}/people/${victim.id}`);
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('changing people', () => {
  it('changes person and context fields, recomputes key and warnings, and masks identity in the history', async () => {
    const kase = await newCase();
    const victim = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, victimPayload());
    const changed = await ok(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}/people/${victim.id}`, {
      fullName: 'Siti Aminah',
      birthDate: '1999-08-18',
      notes: 'Ditemukan di pelabuhan',
      victim: { traffickingStatus: 'actual', exploitationTypes: ['servitude'] },
      version: 1,
    });
    expect(changed).toMatchObject({
      version: 2,
      nikWarnings: ['birth-date-mismatch'],
      notes: 'Ditemukan di pelabuhan',
      victim: { traffickingStatus: 'actual' },
    });
    expect((await personRow(victim.id)).name_key).toBe('siti aminah | ami');
    const [latest] = (await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}/history`)).items;
    expect(latest).toMatchObject({ action: 'update', entityType: 'person', entityId: victim.id });
    expect(latest.changes).toContainEqual({ field: 'fullName', before: null, after: null, masked: true });
    expect(latest.changes).toContainEqual({ field: 'birthDate', before: null, after: null, masked: true });
    expect(latest.changes).toContainEqual({
      field: 'victim.traffickingStatus',
      before: 'possible',
      after: 'actual',
    });
    expect(latest.changes).toContainEqual({ field: 'notes', before: '', after: 'Ditemukan di pelabuhan' });
    expect((await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`)).exploitationTypes).toEqual([
      'servitude',
    ]);
  });

  it('shows suspects’ changes in full', async () => {
    const kase = await newCase();
    const suspect = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, suspectPayload());
    await ok(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}/people/${suspect.id}`, {
      aliases: ['Pak Rahmat'],
      version: 1,
    });
    const [latest] = (await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}/history`)).items;
    expect(latest.changes).toEqual([{ field: 'aliases', before: [], after: ['Pak Rahmat'] }]);
  });

  it('answers VERSION_CONFLICT to a stale version and changes nothing', async () => {
    const kase = await newCase();
    const victim = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, victimPayload());
    await ok(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}/people/${victim.id}`, {
      notes: 'Pertama',
      version: 1,
    });
    const stale = await call(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}/people/${victim.id}`, {
      fullName: 'Nama Lain',
      version: 1,
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await personRow(victim.id)).full_name).toBe('Siti Aminah binti Abdullah');
  });

  it('refuses victim context on a suspect, and removing the last name', async () => {
    const kase = await newCase();
    const suspect = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, suspectPayload());
    const wrong = await call(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}/people/${suspect.id}`, {
      victim: { traffickingStatus: 'actual' },
      version: 1,
    });
    expect(wrong.json().error.issues[0].path).toBe('body.victim');
    const nameless = await call(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}/people/${suspect.id}`, {
      fullName: null,
      version: 1,
    });
    expect(nameless.json().error.issues[0].path).toBe('body.fullName');
    expect((await personRow(suspect.id)).full_name).toBe('Tekong Rahmat');
  });

  it('answers 404 for a person of another case', async () => {
    const a = await newCase();
    const b = await newCase();
    const victim = await ok(t, officer.cookie, 'POST', `/api/cases/${a.id}/people`, victimPayload());
    const r = await call(t, officer.cookie, 'PATCH', `/api/cases/${b.id}/people/${victim.id}`, {
      notes: 'x',
      version: 1,
    });
    expect(r.statusCode).toBe(404);
  });
});
