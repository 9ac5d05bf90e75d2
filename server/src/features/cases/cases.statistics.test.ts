import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';
import { suppressAdditive } from './cases.statistics.service';

let t: TestApp;
let analyst: string;

beforeAll(async () => {
  t = await buildTestApp();
  const a = (await makeAgency(t.deps)).id;
  const b = (await makeAgency(t.deps)).id;
  analyst = (await signedInUser(t, ['analyst'])).cookie;
  const victim = (sex: 'female' | 'male', types: string[]) => ({ role: 'victim' as const, sex, exploitationTypes: types });
  // 2025: 4 reported (one restricted, of another agency); 2026: 2 closed.
  for (let i = 0; i < 3; i++) await makeCase(t.deps, { agencyId: a, reportedOn: '2025-04-01', discoveryChannel: 'port_check', people: [victim('female', ['forced_labour'])] });
  await makeCase(t.deps, { agencyId: b, reportedOn: '2025-09-01', sensitivity: 'restricted', discoveryChannel: 'port_check', people: [victim('female', ['forced_labour']), victim('male', ['forced_labour'])] });
  for (let i = 0; i < 2; i++) await makeCase(t.deps, { agencyId: a, reportedOn: '2026-02-01', status: 'closed', discoveryChannel: 'patrol', people: [victim('female', ['sexual_exploitation'])] });
});
afterAll(() => t.close());

const statistics = async (cookie: string) => {
  const r = await t.app.inject(apiRequest({ method: 'GET', url: '/api/cases/statistics', cookie }));
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const cellOf = (cells: { code?: string; year?: number; count: number | null; suppressed: boolean }[], key: string | number) =>
  cells.find((c) => c.code === key || c.year === key);

describe('case statistics', () => {
  it('counts every case, restricted ones of other agencies included', async () => {
    const s = await statistics(analyst);
    expect(s.cases).toEqual({ count: 6, suppressed: false });
    expect(s.victims).toEqual({ count: 7, suppressed: false });
    expect(cellOf(s.byExploitationType, 'forced_labour')).toEqual({ code: 'forced_labour', count: 4, suppressed: false });
    expect(s.byStatus.map((c: { code: string }) => c.code)).toEqual(['reported', 'verified', 'investigation', 'prosecution', 'court_decision', 'closed', 'closed_referred']);
  });

  it('suppresses counts below 3, and the complement that would give one away', async () => {
    const s = await statistics(analyst);
    // 2026 has 2 cases: withheld; 2025 (4) would then reveal it as 6 − 4, so it is withheld too.
    expect(cellOf(s.byYear, 2026)).toEqual({ year: 2026, count: null, suppressed: true });
    expect(cellOf(s.byYear, 2025)).toEqual({ year: 2025, count: null, suppressed: true });
    expect(cellOf(s.byStatus, 'closed')).toEqual({ code: 'closed', count: null, suppressed: true });
    expect(cellOf(s.byStatus, 'reported')).toEqual({ code: 'reported', count: null, suppressed: true });
    expect(cellOf(s.byStatus, 'verified')).toEqual({ code: 'verified', count: 0, suppressed: false });
    expect(cellOf(s.byExploitationType, 'sexual_exploitation')).toEqual({ code: 'sexual_exploitation', count: null, suppressed: true });
    expect(cellOf(s.victimsBySex, 'male')).toEqual({ code: 'male', count: null, suppressed: true });
    expect(cellOf(s.victimsBySex, 'female')).toEqual({ code: 'female', count: null, suppressed: true });
    expect(JSON.stringify(s)).not.toMatch(/"count":[12][,}]/);
  });

  it('withholds every cell when the total itself is small', () => {
    expect(suppressAdditive([{ n: 2 }, { n: 0 }], true).map((c) => c.count)).toEqual([null, 0]);
    expect(suppressAdditive([{ n: 5 }, { n: 4 }, { n: 1 }], false).map((c) => c.count)).toEqual([5, null, null]);
    expect(suppressAdditive([{ n: 5 }, { n: 1 }, { n: 2 }], false).map((c) => c.count)).toEqual([5, null, null]);
  });

  it('is refused to roles without the statistics permission', async () => {
    const officer = (await signedInUser(t, ['officer'])).cookie;
    const r = await t.app.inject(apiRequest({ method: 'GET', url: '/api/cases/statistics', cookie: officer }));
    expect(r.statusCode).toBe(403);
  });
});
