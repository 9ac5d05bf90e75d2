import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';
import { refreshDashboards } from '../dashboards';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
  const agency = (await makeAgency(t.deps)).id;
  // 2024: 12 cases in Kota Batam (21.71), one female victim aged 20 in forced labour each, one at village level;
  // 1 case in Kota Tanjungpinang (21.72) with a male victim aged 40, restricted.
  for (let i = 0; i < 12; i++)
    await makeCase(t.deps, {
      agencyId: agency, reportedOn: '2024-05-01', reportedRegionCode: i === 0 ? '21.71.01.1001' : '21.71',
      people: [{ role: 'victim', sex: 'female', ageWhenTrafficked: 20, exploitationTypes: ['forced_labour'] }],
    });
  await makeCase(t.deps, {
    agencyId: agency, reportedOn: '2024-06-01', reportedRegionCode: '21.72', sensitivity: 'restricted',
    people: [{ role: 'victim', sex: 'male', ageWhenTrafficked: 40, exploitationTypes: ['sexual_exploitation'] }, { role: 'suspect', sex: 'male' }],
  });
  await refreshDashboards(t.deps);
});
afterAll(() => t.close());

describe('public statistics', () => {
  it('shows aggregates without an account: small cells withheld, counts rounded down to 5, kabupaten/kota at most', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/public/statistics' });
    expect(r.statusCode, r.body).toBe(200);
    const s = r.json();
    expect(s.totals.cases).toEqual({ count: 10, suppressed: false }); // 13
    expect(s.totals.victims).toEqual({ count: 10, suppressed: false }); // 13
    expect(s.totals.suspects).toEqual({ count: null, suppressed: true }); // 1
    expect(s.byYear).toEqual([{ year: 2024, cases: { count: 10, suppressed: false }, victims: { count: 10, suppressed: false } }]);
    expect(s.victimsBySex.find((c: { code: string }) => c.code === 'female')).toEqual({ code: 'female', label: 'Perempuan', count: 10, suppressed: false }); // 12
    expect(s.victimsBySex.find((c: { code: string }) => c.code === 'male')).toEqual({ code: 'male', label: 'Laki-laki', count: null, suppressed: true }); // 1
    expect(s.casesByKabupaten.map((k: { code: string; count: number | null }) => [k.code, k.count])).toEqual([['21.71', 10], ['21.72', null]]);
    expect(s.casesByKabupaten.map((k: { label: string }) => k.label)).toEqual(['Kota Batam', 'Kota Tanjung Pinang']);
    const en = (await t.app.inject({ method: 'GET', url: '/api/public/statistics?lang=en' })).json();
    expect(en.victimsBySex[0].label).toBe('Female');
    // Nothing finer than a kabupaten/kota code, and no count from 1 to 9 anywhere.
    expect(r.body).not.toContain('21.71.01');
    expect(r.body).not.toMatch(/"count":[1-9][,}]/);
    const other = await t.app.inject({ method: 'GET', url: '/api/public/statistics?year=2023' });
    expect(other.json().totals.cases).toEqual({ count: 0, suppressed: false });
  });

  it('gives an open-data CSV whose rows are combinations shared by at least 11 victims', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/public/statistics/open-data.csv' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    // The 12 Batam victims share one combination (12 ≥ 11, shown as 10); the lone male victim is left out.
    expect(r.body.replace('\ufeff', '').trim().split('\n')).toEqual([
      'year,sex,age_band,kabupaten_kota,exploitation,victims',
      '2024,female,18-24,21.71,forced_labour,10',
    ]);
  });

  it('needs no session and sets no cookie', async () => {
    const r = await t.app.inject(apiRequest({ method: 'GET', url: '/api/public/statistics' }));
    expect(r.statusCode).toBe(200);
    expect(r.headers['set-cookie']).toBeUndefined();
  });
});
