import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';

let t: TestApp;
let agencyId: string;
let officer: string;
const initial = new Set<string>();

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await buildTestApp();
  agencyId = (await makeAgency(t.deps)).id;
  officer = (await signedInUser(t, ['officer'], { agencyId })).cookie;
  // Several cases per day, so the id has to break ties; updated_at with microseconds.
  for (let i = 0; i < 23; i++) {
    const updatedAt = new Date(Date.UTC(2026, 1, 1, 0, 0, 0, i * 7));
    initial.add((await makeCase(t.deps, { agencyId, reportedOn: day(i % 8), updatedAt })).number);
  }
  await t.deps.database.query(`UPDATE cases SET updated_at = updated_at + interval '3 microseconds' WHERE number LIKE '%1'`);
});
afterAll(() => t.close());

const page = async (query: string) => {
  const r = await t.app.inject(apiRequest({ method: 'GET', url: `/api/cases?${query}`, cookie: officer }));
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{ items: { number: string; reportedOn: string; updatedAt: string }[]; nextCursor: string | null }>();
};

describe('keyset pagination', () => {
  it.each(['reported_desc', 'reported_asc', 'updated_desc', 'number_asc'])(
    'pages through %s without duplicates or gaps while cases are added',
    async (sort) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let round = 0;
      do {
        const result = await page(`sort=${sort}&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        seen.push(...result.items.map((c) => c.number));
        cursor = result.nextCursor;
        // New cases land before, inside and after the pages already read.
        await makeCase(t.deps, { agencyId, reportedOn: day(round % 9), updatedAt: new Date(Date.UTC(2026, 1, 1, 0, 0, 0, round * 13)) });
        round++;
      } while (cursor);
      expect(new Set(seen).size, 'no duplicates').toBe(seen.length);
      for (const number of initial) expect(seen, `${number} was skipped`).toContain(number);
    },
  );

  it('returns pages in the order asked for, the id breaking ties', async () => {
    const all: { number: string; reportedOn: string }[] = [];
    let cursor: string | null = null;
    do {
      const result = await page(`sort=reported_asc&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      all.push(...result.items);
      cursor = result.nextCursor;
    } while (cursor);
    const dates = all.map((c) => c.reportedOn);
    expect(dates).toEqual([...dates].sort());
  });

  it('orders case numbers by their sequence, not as text (10000 after 9999)', async () => {
    const other = (await makeAgency(t.deps)).id;
    const cookie = (await signedInUser(t, ['officer'], { agencyId: other })).cookie;
    for (const n of ['TPPO/KEPRI/2024/10000', 'TPPO/KEPRI/2024/9999', 'TPPO/KEPRI/2023/0001', 'TPPO/KEPRI/2024/0002']) {
      await makeCase(t.deps, { agencyId: other, number: n, reportedOn: `${n.slice(11, 15)}-06-01` });
    }
    const first = (await t.app.inject(apiRequest({ method: 'GET', url: '/api/cases?sort=number_asc&limit=2', cookie }))).json();
    const next = (
      await t.app.inject(apiRequest({ method: 'GET', url: `/api/cases?sort=number_asc&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`, cookie }))
    ).json();
    expect([...first.items, ...next.items].map((c: { number: string }) => c.number)).toEqual([
      'TPPO/KEPRI/2023/0001',
      'TPPO/KEPRI/2024/0002',
      'TPPO/KEPRI/2024/9999',
      'TPPO/KEPRI/2024/10000',
    ]);
    expect(next.nextCursor).toBeNull();
  });

  it('refuses a cursor that was altered or made for another sort', async () => {
    const first = await page('sort=reported_desc&limit=2');
    const decoded = JSON.parse(Buffer.from(first.nextCursor!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...decoded, k: ["2025-01-01' OR 1=1 --", decoded.k[1]] })).toString('base64url');
    for (const query of [`sort=updated_desc&cursor=${first.nextCursor}`, `cursor=${forged}`, 'cursor=not-a-cursor']) {
      const r = await t.app.inject(apiRequest({ method: 'GET', url: `/api/cases?${query}`, cookie: officer }));
      expect(r.statusCode, query).toBe(400);
      expect(r.json().error.issues[0].path).toBe('cursor');
    }
  });
});
