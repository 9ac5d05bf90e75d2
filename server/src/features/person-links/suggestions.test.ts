import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { agencyStaff, call, casePayload, ok, suspectPayload, victimPayload } from '../../../test/case-fixtures';

/*
 * Search before create over real HTTP and the real database. Agency A records a suspect and a
 * victim; who may be shown which of them, with what, is checked by hand against the cases rules.
 */
let t: TestApp;
let officerA: { cookie: string };
let officerB: { cookie: string };
let coordinator: { cookie: string };
let caseA: { id: string };
let suspect: { id: string; personId: string; pseudonym: string };
let victim: { id: string; pseudonym: string };

const suspectNik = '2171010307940001';
const suggest = (cookie: string, caseId: string, draft: object) =>
  ok<{ suggestions: any[] }>(t, cookie, 'POST', `/api/cases/${caseId}/people/suggestions`, draft);
const newCase = (cookie: string, overrides: Record<string, unknown> = {}) =>
  ok<{ id: string }>(t, cookie, 'POST', '/api/cases', casePayload(overrides));

beforeAll(async () => {
  t = await buildTestApp();
  officerA = (await agencyStaff(t, [['officer']])).users[0]!;
  officerB = (await agencyStaff(t, [['officer']])).users[0]!;
  coordinator = (await agencyStaff(t, [['coordinator']])).users[0]!;
  caseA = await newCase(officerA.cookie);
  suspect = await ok(t, officerA.cookie, 'POST', `/api/cases/${caseA.id}/people`, suspectPayload({
    fullName: 'Muhammad Rizki Pratama',
    birthDate: '1994-07-03',
    nik: suspectNik,
  }));
  victim = await ok(t, officerA.cookie, 'POST', `/api/cases/${caseA.id}/people`, victimPayload());
});
afterAll(() => t.close());

describe('possible existing person', () => {
  it('finds a suspect under another spelling with day and month swapped, with the evidence per field', async () => {
    const other = await newCase(officerA.cookie);
    const { suggestions } = await suggest(officerA.cookie, other.id, {
      fullName: 'Moch. Rizky Pratama',
      sex: 'male',
      birthDate: '1994-03-07',
    });
    expect(suggestions).toHaveLength(1);
    const [s] = suggestions;
    expect(s.caseId).toBe(caseA.id);
    expect(s.casePerson).toMatchObject({
      id: suspect.id,
      personId: suspect.personId,
      role: 'suspect',
      identityProtected: false,
      identity: { fullName: 'Muhammad Rizki Pratama', nik: suspectNik },
    });
    expect(s.probability).toBeGreaterThan(0.9);
    const levels = Object.fromEntries(s.evidence.map((e: any) => [e.field, e.level]));
    expect(levels).toEqual({
      fullName: 'word similarity ≥ 0.92',
      birthDate: 'day and month swapped',
      sex: 'same',
      nik: 'missing',
      passportNumber: 'missing',
    });
    expect(s.evidence.find((e: any) => e.field === 'nik').weight).toBe(0);
    expect(s.evidence.find((e: any) => e.field === 'birthDate').weight).toBeGreaterThan(5);
  });

  it('shows a victim only as a pseudonym, to an officer who could reveal them', async () => {
    const other = await newCase(officerA.cookie);
    const { suggestions } = await suggest(officerA.cookie, other.id, {
      fullName: 'Siti Aminah',
      sex: 'female',
      nik: '2171105708990001',
    });
    expect(suggestions.map((s) => s.casePerson.id)).toEqual([victim.id]);
    expect(suggestions[0].casePerson).toMatchObject({
      pseudonym: victim.pseudonym,
      identityProtected: true,
      identity: null,
    });
  });

  it('never suggests people of cases another agency may not see, even for the same NIK', async () => {
    const own = await newCase(officerB.cookie);
    const { suggestions } = await suggest(officerB.cookie, own.id, {
      fullName: 'Muhammad Rizki Pratama',
      birthDate: '1994-07-03',
      nik: suspectNik,
    });
    expect(suggestions).toEqual([]);
  });

  it('lets a coordinator see the suspect of a standard case but never the victim, nor anyone in a restricted case', async () => {
    const own = await newCase(coordinator.cookie);
    const seen = await suggest(coordinator.cookie, own.id, { fullName: 'Muhammad Rizki Pratama', nik: suspectNik });
    expect(seen.suggestions.map((s) => s.casePerson.id)).toEqual([suspect.id]);
    const victims = await suggest(coordinator.cookie, own.id, { fullName: 'Siti Aminah binti Abdullah', nik: '2171105708990001' });
    expect(victims.suggestions).toEqual([]);

    const restricted = await newCase(officerA.cookie, { sensitivity: 'restricted' });
    await ok(t, officerA.cookie, 'POST', `/api/cases/${restricted.id}/people`, suspectPayload({ fullName: 'Hendra Gunawan Saputra', nik: '2171011505880002' }));
    const hidden = await suggest(coordinator.cookie, own.id, { fullName: 'Hendra Gunawan Saputra', nik: '2171011505880002' });
    expect(hidden.suggestions).toEqual([]);
    const owner = await suggest(officerA.cookie, caseA.id, { fullName: 'Hendra Gunawan Saputra', nik: '2171011505880002' });
    expect(owner.suggestions).toHaveLength(1);
  });

  it('suggests nothing for someone new, and audits each look-up without the values typed', async () => {
    const other = await newCase(officerA.cookie);
    const { suggestions } = await suggest(officerA.cookie, other.id, { fullName: 'Yohanes Situmorang', birthDate: '1971-11-30' });
    expect(suggestions).toEqual([]);
    const rows = (
      await t.deps.database.query<{ details: unknown }>(
        `SELECT details FROM audit_log WHERE action = 'person.suggest' AND object_id = $1`,
        [other.id],
      )
    ).rows;
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.details)).not.toContain('Situmorang');
  });

  it('refuses a draft the contract rejects and a case the user may only read', async () => {
    const bad = await call(t, officerA.cookie, 'POST', `/api/cases/${caseA.id}/people/suggestions`, { nik: '12345' });
    expect(bad.statusCode).toBe(400);
    const notTheirs = await call(t, officerB.cookie, 'POST', `/api/cases/${caseA.id}/people/suggestions`, { fullName: 'Budi' });
    expect(notTheirs.statusCode).toBe(404);
  });
});
