import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { signedInUser } from '../../../test/factories';
import { bootstrap } from '../system';

let t: TestApp;
let admin: string;
let officer: string;

beforeAll(async () => {
  t = await buildTestApp({ mode: 'production' });
  await bootstrap(t.deps);
  admin = (await signedInUser(t, ['admin'])).cookie;
  officer = (await signedInUser(t, ['officer'])).cookie;
});
afterAll(() => t.close());

describe('agencies', () => {
  it('ships the agencies that work on TPPO in Kepri and Johor', async () => {
    const items = (await t.app.inject(apiRequest({ method: 'GET', url: '/api/agencies', cookie: officer }))).json().items;
    const codes = items.map((a: { code: string }) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['BPPD-KEPRI', 'POLDA-KEPRI', 'IMI-BATAM', 'IMI-TANJUNGUBAN', 'IMI-TANJUNGPINANG', 'IMI-KARIMUN', 'BP3MI-KEPRI', 'P4MI-BATAM', 'UPTDPPA-KEPRI', 'DINSOS-KEPRI', 'KJRI-JB', 'IOM-ID', 'PDRM-JOHOR', 'JIM-JOHOR']));
    expect(items.filter((a: { country: string }) => a.country === 'MY').length).toBeGreaterThanOrEqual(4);
  });

  it('creates, edits (version-checked) and deactivates an agency, each audited', async () => {
    const created = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/agencies', cookie: admin, payload: { code: 'LSM-UJI', name: 'Lembaga Uji', shortName: 'LSM Uji', type: 'ngo', country: 'ID' } }),
    );
    expect(created.statusCode).toBe(201);
    const agency = created.json();
    const edited = await t.app.inject(
      apiRequest({ method: 'PATCH', url: `/api/agencies/${agency.id}`, cookie: admin, payload: { phone: '+62 778 123', version: agency.version } }),
    );
    expect(edited.json()).toMatchObject({ phone: '+62 778 123', version: agency.version + 1 });
    const stale = await t.app.inject(
      apiRequest({ method: 'PATCH', url: `/api/agencies/${agency.id}`, cookie: admin, payload: { isActive: false, version: agency.version } }),
    );
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    await t.app.inject(apiRequest({ method: 'PATCH', url: `/api/agencies/${agency.id}`, cookie: admin, payload: { isActive: false, version: agency.version + 1 } }));
    const active = (await t.app.inject(apiRequest({ method: 'GET', url: '/api/agencies', cookie: admin }))).json().items;
    expect(active.map((a: { id: string }) => a.id)).not.toContain(agency.id);
    const log = (await t.app.inject(apiRequest({ method: 'GET', url: `/api/audit?objectType=agency&objectId=${agency.id}`, cookie: admin }))).json().items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['agency.update', 'agency.update', 'agency.create']);
    expect(log[1].before.phone).toBeNull();
    expect(log[1].after.phone).toBe('+62 778 123');
  });

  it('refuses a duplicate code', async () => {
    const r = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/agencies', cookie: admin, payload: { code: 'POLDA-KEPRI', name: 'Again', shortName: 'Again', type: 'ngo', country: 'ID' } }),
    );
    expect(r.statusCode).toBe(409);
  });
});

describe('production start', () => {
  it('seeds reference data and agencies but no demo accounts', async () => {
    const { rows } = await t.deps.database.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE email LIKE '%@demo.benteng.test'");
    expect(rows[0]!.n).toBe(0);
    const regions = (await t.app.inject(apiRequest({ method: 'GET', url: '/api/reference/regions?parent=21', cookie: officer }))).json().items;
    expect(regions.map((r: { name: string }) => r.name)).toContain('Kota Batam');
    const ports = (await t.app.inject(apiRequest({ method: 'GET', url: '/api/reference/ports', cookie: officer }))).json().items;
    expect(ports.find((p: { id: string }) => p.id === 'ID-BTM-BTC').name).toBe('Batam Centre International Ferry Terminal');
  });
});
