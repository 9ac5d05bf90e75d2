import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';

let t: TestApp;
let own: string;
let other: string;
let officer: string;
let otherOfficer: string;
let coordinator: string;
const numbers: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  own = (await makeAgency(t.deps)).id;
  other = (await makeAgency(t.deps)).id;
  officer = (await signedInUser(t, ['officer'], { agencyId: own })).cookie;
  otherOfficer = (await signedInUser(t, ['officer'], { agencyId: other })).cookie;
  coordinator = (await signedInUser(t, ['coordinator'])).cookie;
  const add = async (key: string, seed: Omit<Parameters<typeof makeCase>[1], 'agencyId'> & { agencyId?: string }) => {
    numbers[key] = (await makeCase(t.deps, { agencyId: own, ...seed })).number;
  };
  await add('batam', {
    reportedOn: '2025-03-10',
    status: 'investigation',
    reportedPortId: 'ID-BTM-BTC',
    route: [{ type: 'recruitment', placeKind: 'region', regionCode: '52.03.01.2001' }],
    people: [{ role: 'victim', exploitationTypes: ['forced_labour'], meansOfControl: ['withholds_documents'], recruitmentMethods: ['broker_in_village'] }],
  });
  await add('johor', {
    reportedOn: '2025-07-01',
    status: 'reported',
    sensitivity: 'sensitive',
    route: [{ type: 'exploitation', placeKind: 'port', portId: 'MY-JHR-STL' }],
    people: [{ role: 'victim', exploitationTypes: ['sexual_exploitation'], meansOfControl: ['debt_bondage'], recruitmentMethods: ['online_social_network'] }],
  });
  await add('karimun', {
    reportedOn: '2026-01-20',
    status: 'closed',
    reportedRegionCode: '21.02',
    people: [{ role: 'victim', exploitationTypes: ['forced_labour', 'servitude'], meansOfControl: ['debt_bondage'], recruitmentMethods: ['broker_in_village'] }],
  });
  await add('otherAgency', { agencyId: other, reportedOn: '2025-05-05', status: 'reported', reportedPortId: 'ID-BTM-BTC' });
  await add('sharedToUs', { agencyId: other, reportedOn: '2025-05-06', shares: [{ agencyId: own, access: 'read' }] });
  await add('sharedContribute', { agencyId: other, reportedOn: '2025-05-07', shares: [{ agencyId: own, access: 'contribute' }] });
  await add('shareRevoked', { agencyId: other, reportedOn: '2025-05-08', shares: [{ agencyId: own, access: 'read', revokedAt: t.clock.now() }] });
  await add('shareExpired', { agencyId: other, reportedOn: '2025-05-09', shares: [{ agencyId: own, access: 'read', expiresAt: new Date(t.clock.now().getTime() - 1000) }] });
  await add('restrictedOther', { agencyId: other, reportedOn: '2025-05-10', sensitivity: 'restricted' });
});
afterAll(() => t.close());

const list = async (cookie: string, query = '') => {
  const r = await t.app.inject(apiRequest({ method: 'GET', url: `/api/cases${query ? `?${query}` : ''}`, cookie }));
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{ items: { number: string; access: string; owningAgency: { id: string; name: string } }[]; nextCursor: string | null }>();
};
const numbersOf = async (cookie: string, query = '') => (await list(cookie, query)).items.map((c) => c.number).sort();
const expectCases = (...keys: string[]) => keys.map((k) => numbers[k]!).sort();

describe('case list filters', () => {
  it('lists own and actively shared cases only, newest first, with access and agency name', async () => {
    const page = await list(officer);
    expect(page.items.map((c) => c.number)).toEqual(
      ['karimun', 'johor', 'sharedContribute', 'sharedToUs', 'batam'].map((k) => numbers[k]),
    );
    const access = Object.fromEntries(page.items.map((c) => [c.number, c.access]));
    expect(access[numbers.batam!]).toBe('owner');
    expect(access[numbers.sharedToUs!]).toBe('read');
    expect(access[numbers.sharedContribute!]).toBe('contribute');
    expect(page.items.find((c) => c.number === numbers.sharedToUs)!.owningAgency).toMatchObject({ id: other, name: expect.stringMatching(/^Test Agency/) });
  });

  it.each([
    ['status=investigation', ['batam']],
    ['status=reported,closed', ['johor', 'karimun', 'sharedToUs', 'sharedContribute']],
    ['from=2025-06-01', ['johor', 'karimun']],
    ['to=2025-06-01', ['batam', 'sharedToUs', 'sharedContribute']],
    ['from=2025-03-10&to=2025-07-01', ['batam', 'johor', 'sharedToUs', 'sharedContribute']],
    ['regionCode=52', ['batam']],
    ['regionCode=52.03.01', ['batam']],
    ['regionCode=21.02', ['karimun']],
    ['portId=ID-BTM-BTC', ['batam']],
    ['portId=MY-JHR-STL', ['johor']],
    ['recruitmentMethod=broker_in_village', ['batam', 'karimun']],
    ['meansOfControl=debt_bondage', ['johor', 'karimun']],
    ['exploitationType=forced_labour', ['batam', 'karimun']],
    ['exploitationType=servitude', ['karimun']],
    ['sensitivity=sensitive', ['johor']],
    ['recruitmentMethod=broker_in_village&meansOfControl=debt_bondage', ['karimun']],
    ['exploitationType=forced_labour&status=investigation&from=2025-01-01&regionCode=52', ['batam']],
  ])('filters by %s', async (query, expected) => {
    expect(await numbersOf(officer, query)).toEqual(expectCases(...expected));
  });

  it('filters by owning agency without widening what the caller may see', async () => {
    expect(await numbersOf(officer, `agencyId=${other}`)).toEqual(expectCases('sharedToUs', 'sharedContribute'));
    expect(await numbersOf(otherOfficer, `agencyId=${own}`)).toEqual([]);
  });

  it('shows the coordinator every case except restricted ones not shared with them', async () => {
    const seen = await numbersOf(coordinator);
    expect(seen).toEqual(expect.arrayContaining(expectCases('batam', 'otherAgency', 'shareRevoked')));
    expect(seen).not.toContain(numbers.restrictedOther);
    expect((await list(coordinator, 'status=investigation')).items[0]!.access).toBe('coordinator');
  });

  it('never shows another agency’s case: not in the list, a filter, or a search for its number', async () => {
    for (const query of ['', 'portId=ID-BTM-BTC', `q=${encodeURIComponent(numbers.otherAgency!)}`, `agencyId=${other}&status=reported`]) {
      const seen = await numbersOf(officer, query);
      for (const hidden of ['otherAgency', 'shareRevoked', 'shareExpired', 'restrictedOther']) expect(seen).not.toContain(numbers[hidden]);
    }
    expect(await numbersOf(otherOfficer, `q=${encodeURIComponent(numbers.batam!)}`)).toEqual([]);
  });

  it('refuses unknown filters and bad values', async () => {
    for (const query of ['colour=red', 'status=lost', 'regionCode=2x', 'sort=random', 'limit=500']) {
      const r = await t.app.inject(apiRequest({ method: 'GET', url: `/api/cases?${query}`, cookie: officer }));
      expect(r.statusCode, query).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
  });
});
