import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';
import { auditLog } from '../../platform/db/schema';

let t: TestApp;
let officerA: string;
let caseworkerA: string;
let liaisonB: string;
let analyst: string;

beforeAll(async () => {
  t = await buildTestApp();
  const agencyA = (await makeAgency(t.deps)).id;
  const agencyB = (await makeAgency(t.deps)).id;
  officerA = (await signedInUser(t, ['officer'], { agencyId: agencyA })).cookie;
  caseworkerA = (await signedInUser(t, ['caseworker'], { agencyId: agencyA })).cookie;
  liaisonB = (await signedInUser(t, ['liaison'], { agencyId: agencyB })).cookie;
  analyst = (await signedInUser(t, ['analyst'], { agencyId: agencyB })).cookie;
  // Agency A: recruited in NTB (52), through Batam Centre (a port in kecamatan Batam Kota 21.71.10),
  // intercepted at an unofficial landing in Sei Beduk (21.71.07), bound for Malaysia.
  await makeCase(t.deps, {
    agencyId: agencyA,
    reportedOn: '2024-03-05',
    reportedRegionCode: '21.71.10',
    route: [
      { type: 'recruitment', placeKind: 'region', regionCode: '52.03' },
      { type: 'transit', placeKind: 'port', portId: 'ID-BTM-BTC' },
      { type: 'interception', placeKind: 'unofficial_landing', lat: 1.08321, lng: 104.05512, regionCode: '21.71.07' },
      { type: 'exploitation', placeKind: 'abroad', country: 'MY' },
    ],
  });
  // Agency A, 2023: outside the period filtered below.
  await makeCase(t.deps, { agencyId: agencyA, reportedOn: '2023-01-05', route: [{ type: 'interception', placeKind: 'unofficial_landing', lat: 1.1, lng: 104.12, regionCode: '21.71.04' }] });
});
afterAll(() => t.close());

const get = async (cookie: string, url: string, status = 200) => {
  const r = await t.app.inject(apiRequest({ method: 'GET', url, cookie }));
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
};

describe('map layers', () => {
  it('gives an officer the recorded coordinates, the port, and the flow NTB → Batam Centre → MY', async () => {
    const m = await get(officerA, '/api/map/layers?from=2024-01-01&to=2024-12-31');
    expect(m.precision).toBe('precise');
    expect(m.points).toEqual([
      [104.053, 1.1306, 1, '21.71.10'],
      [104.05512, 1.08321, 0, '21.71.07'],
    ]);
    expect(m.flows).toEqual([
      expect.objectContaining({ originCode: '52', portId: 'ID-BTM-BTC', destination: 'MY', cases: 1, portLat: 1.1306, portLng: 104.053 }),
    ]);
  });

  it('moves every point but the official port to its kecamatan label point for users without map.locations.precise', async () => {
    const m = await get(caseworkerA, '/api/map/layers?from=2024-01-01&to=2024-12-31');
    expect(m.precision).toBe('kecamatan');
    // Sei Beduk 21.71.07's label point (kepri_wilayah_kemendagri_2025.csv): 1.050373, 104.060286.
    expect(m.points).toEqual([
      [104.053, 1.1306, 1, '21.71.10'],
      [104.06029, 1.05037, 0, '21.71.07'],
    ]);
    expect(JSON.stringify(m)).not.toContain('1.08321');
  });

  it('shows nothing of cases outside the user’s agency, and no case points to analysts', async () => {
    expect((await get(liaisonB, '/api/map/layers')).points).toEqual([]);
    expect((await get(analyst, '/api/map/layers')).points).toEqual([]);
    expect((await get(officerA, '/api/map/layers')).points).toHaveLength(3);
  });

  it('serves boundary layers publicly with long cache headers and an ETag', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/geo/kabkota' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toContain('max-age=86400');
    expect(r.json().features).toHaveLength(7);
    const again = await t.app.inject({ method: 'GET', url: '/api/geo/kabkota', headers: { 'if-none-match': String(r.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });
});

describe('vulnerability index', () => {
  it('ranks the seven kabupaten/kota and lets an analyst save a new version, audited', async () => {
    const index = await get(analyst, '/api/map/vulnerability');
    expect(index.rows).toHaveLength(7);
    expect(index.formula.version).toBe(0);
    const weights = { poverty: 1, unemployment: 0, population: 0, cases: 0, tips: 0, interceptions: 0 };
    const saved = await t.app.inject(apiRequest({ method: 'PUT', url: '/api/map/vulnerability/formula', cookie: analyst, payload: { weights, note: 'Hanya kemiskinan, uji coba', version: 0 } }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    const stale = await t.app.inject(apiRequest({ method: 'PUT', url: '/api/map/vulnerability/formula', cookie: analyst, payload: { weights, note: 'Versi lama, harus ditolak', version: 0 } }));
    expect(stale.statusCode).toBe(409);
    // Poverty only: Lingga (9.99 %, the highest) scores 100, Kota Batam (4.85 %, the lowest) 0.
    const after = await get(analyst, '/api/map/vulnerability');
    expect(after.rows[0]).toMatchObject({ code: '21.04', score: 100, rank: 1 });
    expect(after.rows.at(-1)).toMatchObject({ code: '21.71', score: 0 });
    expect(after.history.map((f: { version: number }) => f.version)).toEqual([1]);
    const [entry] = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'vulnerability-formula.update'));
    expect(entry).toMatchObject({ objectId: '1', reason: 'Hanya kemiskinan, uji coba' });
  });
});
