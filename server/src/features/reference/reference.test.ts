import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { signedInUser } from '../../../test/factories';
import { loadNationalRegionsOnce } from '../system';
import { nationalRegionsVersion } from './index';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await buildTestApp();
  cookie = (await signedInUser(t, ['officer'])).cookie;
});
afterAll(() => t.close());

const regions = async (query: string) => {
  const response = await t.app.inject(
    apiRequest({ method: 'GET', url: `/api/reference/regions?${query}`, cookie }),
  );
  expect(response.statusCode).toBe(200);
  return response.json().items as {
    code: string;
    name: string;
    level: string;
    parentCode: string | null;
    lat: number | null;
  }[];
};

describe('national regions', () => {
  it("lists a province's regencies and cities with their level", async () => {
    const ntb = await regions('parent=52');
    expect(ntb.map((r) => r.code)).toEqual([
      '52.01',
      '52.02',
      '52.03',
      '52.04',
      '52.05',
      '52.06',
      '52.07',
      '52.08',
      '52.71',
      '52.72',
    ]);
    expect(ntb.find((r) => r.code === '52.03')).toMatchObject({
      name: 'Kabupaten Lombok Timur',
      level: 'kabupaten',
      parentCode: '52',
    });
    expect(ntb.find((r) => r.code === '52.71')).toMatchObject({ name: 'Kota Mataram', level: 'kota' });
  });

  it('knows the kecamatan a NIK starts with (52.03.01, Keruak in East Lombok)', async () => {
    const lombokTimur = await regions('parent=52.03&level=kecamatan');
    expect(lombokTimur.find((r) => r.code === '52.03.01')).toMatchObject({
      name: 'Keruak',
      level: 'kecamatan',
      parentCode: '52.03',
    });
    expect(lombokTimur.length).toBeGreaterThan(15);
  });

  it('searches names across levels', async () => {
    const bima = await regions('q=bima');
    expect(bima.filter((r) => r.code === '52.06' || r.code === '52.72').map((r) => r.level)).toEqual([
      'kabupaten',
      'kota',
    ]);
    const batam = await regions('q=batam');
    expect(new Set(batam.map((r) => r.level))).toEqual(new Set(['kota', 'kecamatan']));
    expect((await regions('q=riau&level=provinsi')).map((r) => r.name)).toEqual(['Riau', 'Kepulauan Riau']);
  });

  it('keeps our own Kepri rows (centroids, villages) where both sources have the code', async () => {
    const kepri = await regions('parent=21');
    expect(kepri).toHaveLength(7);
    expect(kepri.every((r) => r.lat !== null)).toBe(true);
    expect((await regions('parent=21.71.10')).length).toBeGreaterThan(0);
  });

  it('loads the national rows again only when their data version changes', async () => {
    expect(await loadNationalRegionsOnce(t.deps.db, t.clock.now())).toBe(0);
    await t.deps.database.query(
      `UPDATE system_state SET value = '{"version":"idn-area-data@0.0.0"}' WHERE key = 'reference.national-regions'`,
    );
    await t.deps.database.query(`UPDATE regions SET name = 'Stale' WHERE code = '52.03.01'`);
    expect(await loadNationalRegionsOnce(t.deps.db, t.clock.now())).toBeGreaterThan(7_700);
    expect((await regions('parent=52.03&level=kecamatan')).find((r) => r.code === '52.03.01')?.name).toBe(
      'Keruak',
    );
    const { rows } = await t.deps.database.query<{ value: { version: string } }>(
      `SELECT value FROM system_state WHERE key = 'reference.national-regions'`,
    );
    expect(rows[0]!.value.version).toBe(nationalRegionsVersion);
    expect((await regions('parent=21')).every((r) => r.lat !== null)).toBe(true);
  });
});
