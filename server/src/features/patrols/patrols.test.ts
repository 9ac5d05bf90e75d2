import { permissionsOf, type Role } from '#contracts/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kepriAgencies } from '../../../seeds/agencies';
import { call, casePayload, ok } from '../../../test/case-fixtures';
import { makeAgency, signedInUser } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { systemContext } from '../../platform/context';
import { seedTaskforceBodiesIfEmpty } from '../taskforce';
import { patrolResults } from './index';
import { kabkotaOfArea } from './patrol-area';
import type { Polygon } from '#contracts/patrols';

let t: TestApp;
type Staff = Awaited<ReturnType<typeof signedInUser>>;
const agencyId = new Map<string, string>();
let coordinator: Staff;
let polda: Staff;
let bakamla: Staff;
let pdrmLiaison: Staff;
let jtkLiaison: Staff;

/** A rectangle [west, south, east, north] as a closed GeoJSON polygon. */
const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
// The Singapore Strait north of Batam, at sea, and a box over both Batam and Bintan's west coast.
const offBatam = box(103.95, 1.2, 104.1, 1.24);
const batamAndBintan = box(104.0, 1.0, 104.5, 1.1);

beforeAll(async () => {
  t = await buildTestApp();
  for (const a of kepriAgencies) agencyId.set(a.code, (await makeAgency(t.deps, a)).id);
  await seedTaskforceBodiesIfEmpty(t.deps.db, systemContext(t.clock.now()));
  coordinator = await signedInUser(t, ['coordinator'], { agencyId: agencyId.get('BPPD-KEPRI')! });
  polda = await signedInUser(t, ['officer'], { agencyId: agencyId.get('POLDA-KEPRI')! });
  bakamla = await signedInUser(t, ['officer'], { agencyId: agencyId.get('POLAIRUD-KEPRI')! });
  pdrmLiaison = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('PDRM-JOHOR')! });
  jtkLiaison = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('JTK-JOHOR')! });
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) => t.deps.database.query<T>(text, params).then((r) => r.rows);
const plan = (extra: Record<string, unknown> = {}) => ({
  kind: 'patrol',
  title: 'Patroli bersama Selat Singapura',
  area: offBatam,
  startsAt: '2026-01-10T22:00:00+07:00',
  endsAt: '2026-01-11T06:00:00+07:00',
  agencyIds: [agencyId.get('POLDA-KEPRI'), agencyId.get('PDRM-JOHOR')],
  vessels: [{ agencyId: agencyId.get('PDRM-JOHOR'), name: 'PDRM PA 45' }],
  objectives: 'Mencegah keberangkatan PMI nonprosedural lewat jalur tikus pesisir utara Batam.',
  ...extra,
});

describe('the area', () => {
  it('belongs to the kab/kota whose coast is nearest when at sea, and to every kab/kota it covers land of', () => {
    expect(kabkotaOfArea(offBatam)).toEqual(['21.71']);
    expect(kabkotaOfArea(batamAndBintan)).toEqual(['21.01', '21.71']);
    expect(kabkotaOfArea(box(103.3, 0.95, 103.5, 1.1))).toEqual(['21.02']);
  });

  it('must be a closed polygon enclosing an area, with coordinates in range', async () => {
    const open = { type: 'Polygon', coordinates: [offBatam.coordinates[0]!.slice(0, 4)] };
    const flat = { type: 'Polygon', coordinates: [[[104, 1], [104.1, 1], [104.2, 1], [104, 1]]] };
    const outOfRange = box(103.9, 1.2, 190, 1.3);
    for (const area of [open, flat, outOfRange, { type: 'Point', coordinates: [104, 1] }, { ...offBatam, extra: 1 }]) {
      const r = await call(t, polda.cookie, 'POST', '/api/patrols', plan({ area }));
      expect(r.statusCode, JSON.stringify(area)).toBe(400);
    }
    const backwards = await call(t, polda.cookie, 'POST', '/api/patrols', plan({ endsAt: '2026-01-10T21:00:00+07:00' }));
    expect(backwards.json().error.issues[0].path).toBe('body.endsAt');
  });
});

describe('plan and report', () => {
  let patrolId: string;
  let caseId: string;

  it('plans a patrol, audited with the plan', async () => {
    const patrol = await ok(t, polda.cookie, 'POST', '/api/patrols', plan());
    patrolId = patrol.id;
    expect(patrol).toMatchObject({ status: 'planned', kabkotaCodes: ['21.71'], version: 1, report: null });
    expect(patrol.agencies.map((a: { code: string }) => a.code).sort()).toEqual(['PDRM-JOHOR', 'POLDA-KEPRI']);
    const [audit] = await q<{ after: { title: string } }>(`select after from audit_log where action = 'patrols.plan' and object_id = $1`, [patrolId]);
    expect(audit!.after.title).toBe('Patroli bersama Selat Singapura');
  });

  it("refuses a plan without the planner's agency, with an unknown agency or body, or a vessel of an outside agency", async () => {
    const cases = [
      [plan({ agencyIds: [agencyId.get('PDRM-JOHOR')] }), 'own_agency_required'],
      [plan({ agencyIds: [agencyId.get('POLDA-KEPRI'), '00000000-0000-4000-8000-000000000000'] }), 'unknown_agency'],
      [plan({ bodyId: '00000000-0000-4000-8000-000000000000' }), 'unknown_body'],
      [plan({ vessels: [{ agencyId: agencyId.get('JTK-JOHOR'), name: 'KM Lain' }] }), 'not_participating'],
    ] as const;
    for (const [payload, code] of cases) {
      const r = await call(t, polda.cookie, 'POST', '/api/patrols', payload);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.issues[0].code).toBe(code);
    }
  });

  it('shows a patrol to the agencies taking part and the coordinator only', async () => {
    expect((await ok(t, pdrmLiaison.cookie, 'GET', `/api/patrols/${patrolId}`)).title).toBe('Patroli bersama Selat Singapura');
    expect((await ok(t, coordinator.cookie, 'GET', `/api/patrols/${patrolId}`)).id).toBe(patrolId);
    expect((await call(t, jtkLiaison.cookie, 'GET', `/api/patrols/${patrolId}`)).statusCode).toBe(404);
    expect((await call(t, bakamla.cookie, 'PATCH', `/api/patrols/${patrolId}`, { version: 1, title: 'x' })).statusCode).toBe(404);
    expect((await ok(t, jtkLiaison.cookie, 'GET', '/api/patrols')).items).toEqual([]);
    expect((await ok(t, pdrmLiaison.cookie, 'GET', '/api/patrols')).items.map((p: { id: string }) => p.id)).toEqual([patrolId]);
  });

  it('changes the plan with a version check; a new area recomputes the kab/kota', async () => {
    const changed = await ok(t, polda.cookie, 'PATCH', `/api/patrols/${patrolId}`, { version: 1, area: batamAndBintan });
    expect(changed).toMatchObject({ version: 2, kabkotaCodes: ['21.01', '21.71'] });
    const stale = await call(t, polda.cookie, 'PATCH', `/api/patrols/${patrolId}`, { version: 1, title: 'Basi' });
    expect(stale.statusCode).toBe(409);
    // A request that changes nothing answers the plan as it is: no new version, no audit entry.
    const same = { version: 2, title: changed.title, area: batamAndBintan, startsAt: changed.startsAt, agencyIds: changed.agencies.map((a: { id: string }) => a.id) };
    expect(await ok(t, polda.cookie, 'PATCH', `/api/patrols/${patrolId}`, same)).toMatchObject({ version: 2, title: changed.title });
    expect(await ok(t, polda.cookie, 'PATCH', `/api/patrols/${patrolId}`, { version: 2 })).toMatchObject({ version: 2 });
    expect((await q(`select 1 from audit_log where action = 'patrols.update' and object_id = $1`, [patrolId])).length).toBe(1);
  });

  it('reports interceptions, boats, landings and the cases opened; a case the reporter cannot see is refused', async () => {
    caseId = (await ok(t, polda.cookie, 'POST', '/api/cases', casePayload({ title: 'Intersepsi speedboat di pesisir Nongsa' }))).id;
    const otherAgency = await signedInUser(t, ['officer'], { agencyId: (await makeAgency(t.deps, { code: 'POLSEK-TEST', name: 'Polsek Uji' })).id });
    const hiddenCase = (await ok(t, otherAgency.cookie, 'POST', '/api/cases', casePayload())).id;
    const report = {
      version: 2,
      findings: 'Satu speedboat dicegat menuju Johor.',
      peopleIntercepted: 7,
      boatsIntercepted: 1,
      landings: [{ lat: 1.19, lng: 104.09, description: 'Pelantar kayu di belakang kebun' }],
      caseIds: [caseId],
    };
    const refused = await call(t, polda.cookie, 'PUT', `/api/patrols/${patrolId}/report`, { ...report, caseIds: [hiddenCase] });
    expect(refused.json().error.issues[0]).toMatchObject({ path: 'body.caseIds.0', code: 'unknown_case' });
    const reported = await ok(t, polda.cookie, 'PUT', `/api/patrols/${patrolId}/report`, report);
    expect(reported).toMatchObject({ status: 'reported', version: 3, report: { peopleIntercepted: 7, boatsIntercepted: 1, caseCount: 1 } });
    expect(reported.report.cases).toEqual([{ id: caseId, number: expect.any(String) }]);
    // The Malaysian liaison sees the report but not the Indonesian case it links to.
    const seen = await ok(t, pdrmLiaison.cookie, 'GET', `/api/patrols/${patrolId}`);
    expect(seen.report).toMatchObject({ caseCount: 1, cases: [] });
    expect((await call(t, pdrmLiaison.cookie, 'PUT', `/api/patrols/${patrolId}/report`, { ...report, version: 3 })).statusCode).toBe(403);
    const [audit] = await q<{ before: { status: string }; after: { report: { peopleIntercepted: number } } }>(`select before, after from audit_log where action = 'patrols.report' and object_id = $1`, [patrolId]);
    expect(audit).toMatchObject({ before: { status: 'planned' }, after: { report: { peopleIntercepted: 7 } } });
  });

  it('does not report a patrol that has not started', async () => {
    const future = await ok(t, polda.cookie, 'POST', '/api/patrols', plan({ startsAt: '2026-02-03T08:00:00+07:00', endsAt: '2026-02-03T16:00:00+07:00', area: box(103.3, 0.95, 103.5, 1.1) }));
    const r = await call(t, polda.cookie, 'PUT', `/api/patrols/${future.id}/report`, { version: 1, peopleIntercepted: 0, boatsIntercepted: 0 });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('INVALID_TRANSITION');
  });

  it('counts per month and per kab/kota in SQL, within the period and what the reader sees', async () => {
    await ok(t, bakamla.cookie, 'POST', '/api/patrols', plan({ agencyIds: [bakamla.agencyId], vessels: [], startsAt: '2026-01-05T08:00:00+07:00', endsAt: '2026-01-05T12:00:00+07:00' }));
    const all = await ok(t, coordinator.cookie, 'GET', '/api/patrols/statistics?from=2026-01-01&to=2026-02-28');
    expect(all.totals).toEqual({ patrols: 3, reported: 1, peopleIntercepted: 7, boatsIntercepted: 1, landingsFound: 1, casesOpened: 1 });
    expect(all.byMonth.map((m: { month: string; patrols: number }) => [m.month, m.patrols])).toEqual([['2026-01', 2], ['2026-02', 1]]);
    expect(all.byArea.map((a: { kabkotaCode: string; patrols: number; peopleIntercepted: number }) => [a.kabkotaCode, a.patrols, a.peopleIntercepted])).toEqual([
      ['21.01', 1, 7],
      ['21.02', 1, 0],
      ['21.71', 2, 7],
    ]);
    expect(all.byArea[0].kabkotaName).toBe('Kabupaten Bintan');
    const january = await ok(t, coordinator.cookie, 'GET', '/api/patrols/statistics?from=2026-01-01&to=2026-01-31');
    expect(january.totals.patrols).toBe(2);
    const liaison = await ok(t, pdrmLiaison.cookie, 'GET', '/api/patrols/statistics');
    expect(liaison.totals.patrols).toBe(2);
    expect((await call(t, coordinator.cookie, 'GET', '/api/patrols/statistics?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
  });

  it('gives the risk map the areas of the patrols the reader may see, by period and participating agency', async () => {
    const startsAndCorners = (items: { startsAt: string; area: Polygon }[]) => items.map((p) => [p.startsAt, p.area.coordinates[0]![0]]);
    const all = await ok(t, coordinator.cookie, 'GET', '/api/patrols/areas?from=2026-01-01&to=2026-02-28');
    expect(startsAndCorners(all.items)).toEqual([
      ['2026-02-03T01:00:00.000Z', [103.3, 0.95]],
      ['2026-01-10T15:00:00.000Z', [104.0, 1.0]],
      ['2026-01-05T01:00:00.000Z', [103.95, 1.2]],
    ]);
    expect(all.items[1]).toMatchObject({ kind: 'patrol', status: 'reported', title: 'Patroli bersama Selat Singapura' });
    expect(all.items[1].agencies.map((a: { code: string }) => a.code).sort()).toEqual(['PDRM-JOHOR', 'POLDA-KEPRI']);
    // The coordinator narrows to an agency; a liaison sees only the patrols their agency takes part in.
    const bakamlaOnly = await ok(t, coordinator.cookie, 'GET', `/api/patrols/areas?agencyId=${bakamla.agencyId}`);
    expect(bakamlaOnly.items.map((p: { startsAt: string }) => p.startsAt)).toEqual(['2026-01-05T01:00:00.000Z']);
    expect((await ok(t, pdrmLiaison.cookie, 'GET', '/api/patrols/areas?to=2026-01-31')).items.map((p: { startsAt: string }) => p.startsAt)).toEqual(['2026-01-10T15:00:00.000Z']);
    expect((await ok(t, pdrmLiaison.cookie, 'GET', `/api/patrols/areas?agencyId=${bakamla.agencyId}`)).items).toEqual([]);
    expect((await ok(t, jtkLiaison.cookie, 'GET', '/api/patrols/areas')).items).toEqual([]);
    expect((await call(t, coordinator.cookie, 'GET', '/api/patrols/areas?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
  });

  it('gives the forum report the patrol results the caller may see', async () => {
    const asRole = (user: Staff, roles: Role[]) => ({
      ...systemContext(t.clock.now()),
      actor: { userId: user.id, email: '', displayName: '', agencyId: user.agencyId, roles, permissions: permissionsOf(roles), scope: 'agency' as const, locale: 'id' as const, sessionIdHash: '' },
    });
    const bodies = await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies');
    const bodyOf = (code: string): string => bodies.items.find((b: { code: string }) => b.code === code).id;
    const [sosek, batamTaskforce] = [bodyOf('SOSEK-MALINDO-KEPRI-JOHOR'), bodyOf('GT-PPTPPO-BATAM')];
    await ok(t, coordinator.cookie, 'POST', '/api/patrols', plan({ title: 'Operasi Gugus Tugas Batam', bodyId: batamTaskforce, startsAt: '2026-01-20T08:00:00+07:00', endsAt: '2026-01-20T12:00:00+07:00' }));
    const january = { from: new Date('2026-01-01T00:00:00+07:00'), to: new Date('2026-02-01T00:00:00+07:00') };
    const forLiaison = await patrolResults(t.deps.db, asRole(pdrmLiaison, ['liaison']), { ...january, bodyId: sosek });
    expect(forLiaison.patrols.map((p) => p.title)).toEqual(['Patroli bersama Selat Singapura']);
    expect(forLiaison.totals).toMatchObject({ patrols: 1, peopleIntercepted: 7 });
    expect(forLiaison.patrols[0]).toMatchObject({ reported: true, peopleIntercepted: 7, boatsIntercepted: 1, landingsFound: 1, casesOpened: 1, kabkota: ['Kabupaten Bintan', 'Kota Batam'] });
    // Another body's operation is that body's; patrols planned under no body count for every body.
    const forCoordinator = await patrolResults(t.deps.db, asRole(coordinator, ['coordinator']), { ...january, bodyId: sosek });
    expect(forCoordinator.patrols.map((p) => p.startsAt.toISOString())).toEqual(['2026-01-05T01:00:00.000Z', '2026-01-10T15:00:00.000Z']);
    expect(forCoordinator.patrols[0]).toMatchObject({ reported: false, peopleIntercepted: null, landingsFound: null });
    const forBatam = await patrolResults(t.deps.db, asRole(coordinator, ['coordinator']), { ...january, bodyId: batamTaskforce });
    expect(forBatam.patrols.map((p) => p.title)).toContain('Operasi Gugus Tugas Batam');
    expect(forBatam.totals.patrols).toBe(3);
  });

  it('lists and counts only the patrols of one forum or task force when asked', async () => {
    const bodies = await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies');
    const bodyOf = (code: string): string => bodies.items.find((b: { code: string }) => b.code === code).id;
    const [sosek, batamTaskforce] = [bodyOf('SOSEK-MALINDO-KEPRI-JOHOR'), bodyOf('GT-PPTPPO-BATAM')];
    await ok(t, coordinator.cookie, 'POST', '/api/patrols', plan({ title: 'Patroli SOSEK MALINDO', bodyId: sosek, startsAt: '2026-01-25T08:00:00+07:00', endsAt: '2026-01-25T12:00:00+07:00' }));
    const titles = async (user: Staff, query: string) => (await ok(t, user.cookie, 'GET', `/api/patrols?${query}`)).items.map((p: { title: string }) => p.title);
    expect(await titles(coordinator, `bodyId=${sosek}`)).toEqual(['Patroli SOSEK MALINDO']);
    expect(await titles(coordinator, `bodyId=${batamTaskforce}&from=2026-01-01&to=2026-01-31`)).toEqual(['Operasi Gugus Tugas Batam']);
    expect(await titles(coordinator, `bodyId=${batamTaskforce}&from=2026-01-21`)).toEqual([]);
    expect((await titles(coordinator, '')).length).toBe(5);
    // The statistics on the same page follow the same filter.
    const batamStatistics = await ok(t, coordinator.cookie, 'GET', `/api/patrols/statistics?bodyId=${batamTaskforce}`);
    expect(batamStatistics.totals).toMatchObject({ patrols: 1, reported: 0 });
    expect(batamStatistics.byMonth.map((m: { month: string; patrols: number }) => [m.month, m.patrols])).toEqual([['2026-01', 1]]);
    // A liaison's filter narrows only what their agency takes part in.
    expect(await titles(pdrmLiaison, `bodyId=${sosek}`)).toEqual(['Patroli SOSEK MALINDO']);
    expect(await titles(jtkLiaison, `bodyId=${sosek}`)).toEqual([]);
    expect((await call(t, coordinator.cookie, 'GET', '/api/patrols?bodyId=sosek')).statusCode).toBe(400);
  });
});
