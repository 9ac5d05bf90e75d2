import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { agencyStaff, call, casePayload, ok, victimPayload } from '../../../test/case-fixtures';

let t: TestApp;
let officer: { cookie: string };

beforeAll(async () => {
  t = await buildTestApp();
  officer = (await agencyStaff(t, [['officer']])).users[0]!;
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) =>
  t.deps.database.query<T>(text, params).then((r) => r.rows);
const newCase = () =>
  ok(
    t,
    officer.cookie,
    'POST',
    '/api/cases',
    casePayload({ reportedPortId: null, reportedRegionCode: null }),
  );
const facets = async (id: string) =>
  (
    await q<{ port_ids: string[]; region_codes: string[] }>(
      `SELECT port_ids, region_codes FROM cases WHERE id = $1`,
      [id],
    )
  )[0]!;

const recruitment = {
  type: 'recruitment',
  placeKind: 'region',
  regionCode: '21.71.10',
  occurredOn: '2025-11-02',
  description: 'Direkrut calo di kampung',
};
const departure = { type: 'transit', placeKind: 'port', portId: 'ID-BTM-BTC', transport: 'ferry' };
const landing = {
  type: 'transit',
  placeKind: 'unofficial_landing',
  lat: 1.4167,
  lng: 103.9,
  placeName: 'Pantai gelap',
  transport: 'speedboat',
};
const abroad = { type: 'exploitation', placeKind: 'abroad', country: 'MY', placeName: 'Ladang sawit, Johor' };

describe('the route', () => {
  it('adds steps of every kind in order, with place names, and refreshes the case facets', async () => {
    const kase = await newCase();
    const steps = [];
    for (const step of [recruitment, departure, landing, abroad])
      steps.push(await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, step));
    expect(steps.map((s) => s.position)).toEqual([1, 2, 3, 4]);
    expect(steps[0]).toMatchObject({ regionCode: '21.71.10', regionName: 'Batam Kota', portName: null });
    expect(steps[1]).toMatchObject({
      portId: 'ID-BTM-BTC',
      portName: 'Batam Centre International Ferry Terminal',
    });
    expect(steps[2]).toMatchObject({ lat: 1.4167, lng: 103.9, placeKind: 'unofficial_landing' });
    expect(steps[3]).toMatchObject({ country: 'MY' });
    const detail = await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`);
    expect(detail.route.map((s: any) => s.id)).toEqual(steps.map((s) => s.id));
    expect(detail.version).toBe(5);
    const f = await facets(kase.id);
    expect(f.port_ids).toEqual(['ID-BTM-BTC']);
    expect([...f.region_codes].sort()).toEqual(['21', '21.71', '21.71.10']);
  });

  it('refuses unknown places, missing place details, out-of-range points and a person of another case', async () => {
    const kase = await newCase();
    const other = await newCase();
    const stranger = await ok(t, officer.cookie, 'POST', `/api/cases/${other.id}/people`, victimPayload());
    const cases = [
      [{ ...departure, portId: 'ID-NOWHERE' }, 'body.portId'],
      [{ ...recruitment, regionCode: '21.71.99' }, 'body.regionCode'],
      [{ ...recruitment, regionCode: null }, 'body.regionCode'],
      [{ ...landing, lat: 91 }, 'body.lat'],
      [{ ...landing, lng: -181 }, 'body.lng'],
      [{ ...landing, lat: null }, 'body.lat'],
      [{ ...abroad, country: null }, 'body.country'],
      [{ ...departure, casePersonId: stranger.id }, 'body.casePersonId'],
      [{ ...departure, type: 'teleport' }, 'body.type'],
    ] as const;
    for (const [body, path] of cases) {
      const r = await call(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, body);
      expect(r.json().error, path).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(
        r.json().error.issues.map((i: any) => i.path),
        path,
      ).toContain(path);
    }
    expect((await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`)).route).toEqual([]);
  });

  it('accepts a landing anywhere on the route, not just near Kepri', async () => {
    const kase = await newCase();
    const far = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, {
      ...landing,
      lat: -8.6,
      lng: 116.1,
    });
    expect(far).toMatchObject({ lat: -8.6, lng: 116.1 });
  });

  it('corrects a step, keeping its place in the order, and records the difference', async () => {
    const kase = await newCase();
    const step = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, departure);
    await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, abroad);
    expect(step.version).toBe(1);
    const fixed = await ok(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}/route/${step.id}`, {
      ...departure,
      portId: 'ID-BTM-HBY',
      occurredOn: '2025-11-05',
      version: 1,
    });
    expect(fixed).toMatchObject({ position: 1, portId: 'ID-BTM-HBY', occurredOn: '2025-11-05', version: 2 });
    const [latest] = (await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}/history`)).items;
    expect(latest).toMatchObject({ action: 'update', entityType: 'route', entityId: step.id });
    expect(latest.changes).toEqual([
      { field: 'occurredOn', before: null, after: '2025-11-05' },
      { field: 'portId', before: 'ID-BTM-BTC', after: 'ID-BTM-HBY' },
    ]);
    expect((await facets(kase.id)).port_ids).toEqual(['ID-BTM-HBY']);
  });

  it('refuses a correction made from an outdated copy of the step, changing nothing', async () => {
    const kase = await newCase();
    const step = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, departure);
    const url = `/api/cases/${kase.id}/route/${step.id}`;
    await ok(t, officer.cookie, 'PATCH', url, { ...departure, occurredOn: '2025-11-05', version: 1 });
    const stale = await call(t, officer.cookie, 'PATCH', url, {
      ...departure,
      portId: 'ID-BTM-HBY',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const [kept] = (await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`)).route;
    expect(kept).toMatchObject({ portId: 'ID-BTM-BTC', occurredOn: '2025-11-05', version: 2 });
  });

  it('removes a step, keeping what it said in the history', async () => {
    const kase = await newCase();
    const step = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, departure);
    const kept = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, abroad);
    const remaining = await ok(t, officer.cookie, 'DELETE', `/api/cases/${kase.id}/route/${step.id}`);
    expect(remaining.items.map((s: any) => s.id)).toEqual([kept.id]);
    const [latest] = (await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}/history`)).items;
    expect(latest).toMatchObject({ action: 'delete', entityType: 'route', entityId: step.id });
    expect(latest.changes).toContainEqual({ field: 'portId', before: 'ID-BTM-BTC', after: null });
    expect((await facets(kase.id)).port_ids).toEqual([]);
    expect(
      (await call(t, officer.cookie, 'DELETE', `/api/cases/${kase.id}/route/${step.id}`)).statusCode,
    ).toBe(404);
  });

  it('reorders by ids, and refuses a list that is not exactly the route', async () => {
    const kase = await newCase();
    const a = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, departure);
    const b = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, recruitment);
    const c = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route`, abroad);
    const reordered = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route/order`, {
      ids: [b.id, a.id, c.id],
    });
    expect(reordered.items.map((s: any) => [s.id, s.position])).toEqual([
      [b.id, 1],
      [a.id, 2],
      [c.id, 3],
    ]);
    for (const ids of [
      [b.id, a.id],
      [b.id, a.id, c.id, c.id],
      [b.id, a.id, crypto.randomUUID()],
    ]) {
      const r = await call(t, officer.cookie, 'POST', `/api/cases/${kase.id}/route/order`, { ids });
      expect(r.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'body.ids' }] });
    }
    expect((await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`)).route.map((s: any) => s.id)).toEqual(
      [b.id, a.id, c.id],
    );
  });
});
