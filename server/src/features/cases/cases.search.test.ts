import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';

let t: TestApp;
let officer: string;
let otherOfficer: string;
let liaison: string;
let coordinator: string;
let ownCase: string;
let sharedCase: string;

beforeAll(async () => {
  t = await buildTestApp();
  const own = (await makeAgency(t.deps)).id;
  const other = (await makeAgency(t.deps)).id;
  const partner = (await makeAgency(t.deps, { country: 'MY' })).id;
  officer = (await signedInUser(t, ['officer'], { agencyId: own })).cookie;
  otherOfficer = (await signedInUser(t, ['officer'], { agencyId: other })).cookie;
  liaison = (await signedInUser(t, ['liaison'], { agencyId: partner })).cookie;
  coordinator = (await signedInUser(t, ['coordinator'])).cookie;
  ownCase = (
    await makeCase(t.deps, {
      agencyId: own,
      title: 'Pengiriman PMI nonprosedural lewat pelabuhan tikus',
      summary: 'Korban direkrut calo di Lombok Timur, diberangkatkan dengan speedboat ke Johor',
      people: [
        { role: 'victim', fullName: 'Siti Aminah binti Abdullah' },
        { role: 'suspect', fullName: 'Muhammad Rizky', aliases: ['Kiki'] },
        { role: 'witness', fullName: 'Dewi Lestari' },
      ],
      shares: [{ agencyId: partner, access: 'read' }],
    })
  ).number;
  sharedCase = (
    await makeCase(t.deps, {
      agencyId: other,
      title: 'Penampungan di Batam',
      people: [{ role: 'victim', fullName: 'H. Moch. Soekarno, S.H.' }],
      shares: [{ agencyId: own, access: 'read' }],
    })
  ).number;
  await makeCase(t.deps, { agencyId: other, title: 'Kasus lain', people: [{ role: 'victim', fullName: 'Siti Aminah' }] });
});
afterAll(() => t.close());

const search = async (cookie: string, q: string) => {
  const r = await t.app.inject(apiRequest({ method: 'GET', url: `/api/cases?q=${encodeURIComponent(q)}`, cookie }));
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items.map((c: { number: string }) => c.number) as string[];
};
const identitySearches = async () =>
  (await t.deps.database.query<{ details: { q: string; resultCount: number } }>(`SELECT details FROM audit_log WHERE action = 'case.search.identity' ORDER BY seq`)).rows.map(
    (r) => r.details,
  );

describe('case search', () => {
  it('finds words of the title and summary, accents and case ignored', async () => {
    expect(await search(officer, 'pelabuhan tikus')).toEqual([ownCase]);
    expect(await search(officer, 'LOMBOK timur')).toEqual([ownCase]);
    expect(await search(officer, 'Jöhor')).toEqual([ownCase]);
    expect(await search(officer, 'kapal pesiar')).toEqual([]);
  });

  it('finds a case by its whole number or a part of it', async () => {
    expect(await search(officer, ownCase)).toEqual([ownCase]);
    expect(await search(officer, ownCase.slice(-9))).toEqual([ownCase]);
  });

  it('finds "Muhammad Rizky" when searching "Muhamad Rizki", and by alias', async () => {
    expect(await search(officer, 'Muhamad Rizki')).toEqual([ownCase]);
    expect(await search(officer, 'M. Rizki')).toEqual([ownCase]);
    expect(await search(officer, 'kiki')).toEqual([ownCase]);
  });

  it('needs every word of a name to match, so a common first name alone does not carry it', async () => {
    expect(await search(officer, 'Muhammad Ali')).toEqual([]);
    expect(await search(officer, 'Rizky Muhammad')).toEqual([ownCase]);
  });

  it('matches old spellings and titles as names are normalised ("Muhammad Sukarno")', async () => {
    expect(await search(officer, 'Muhammad Sukarno')).toEqual([sharedCase]);
  });

  it('lets an officer find victims and witnesses of cases they may open, and nothing beyond', async () => {
    expect(await search(officer, 'Siti Aminah')).toEqual([ownCase]);
    expect(await search(officer, 'Dewi Lestari')).toEqual([ownCase]);
    expect(await search(otherOfficer, 'Dewi Lestari')).toEqual([]);
  });

  it('never lets a coordinator confirm that someone is a victim: only suspects’ names match', async () => {
    expect(await search(coordinator, 'Muhamad Rizki')).toEqual([ownCase]);
    expect(await search(coordinator, 'Siti Aminah')).toEqual([]);
    expect(await search(coordinator, 'Dewi Lestari')).toEqual([]);
    expect(await search(coordinator, 'Soekarno')).toEqual([]);
  });

  it('lets someone with province-wide scope and the identity permission match protected names only where they may reveal them', async () => {
    const ownAgency = (await makeAgency(t.deps)).id;
    const both = (await signedInUser(t, ['coordinator', 'officer'], { agencyId: ownAgency })).cookie;
    const theirs = (await makeCase(t.deps, { agencyId: ownAgency, people: [{ role: 'victim', fullName: 'Siti Aminah' }] })).number;
    expect(await search(both, 'Siti Aminah')).toEqual([theirs]);
    expect(await search(both, 'Muhamad Rizki')).toEqual([ownCase]);
  });

  it('lets a partner without the identity permission match suspects only, on cases shared with them', async () => {
    expect(await search(liaison, 'Rizky')).toEqual([ownCase]);
    expect(await search(liaison, 'Siti Aminah')).toEqual([]);
  });

  it('audits name searches that may reach protected people, with the query; not the others', async () => {
    const before = (await identitySearches()).length;
    await search(officer, 'Siti Aminah');
    await search(coordinator, 'Siti Aminah');
    await search(liaison, 'Siti Aminah');
    const entries = (await identitySearches()).slice(before);
    expect(entries).toEqual([expect.objectContaining({ q: 'Siti Aminah', resultCount: 1 })]);
  });
});
