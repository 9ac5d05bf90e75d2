import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase, type CaseSeed, type PersonSeed } from '../../../test/case-factories';
import { casePersons, protectionReferrals, tips } from '../../platform/db/schema';
import { refreshDashboards } from './dashboards.service';

let t: TestApp;
let agencyA: string;
let agencyB: string;
let officerA: string;
let coordinator: string;
let analyst: string;

const victim = (sex: 'female' | 'male', age: number | null, extra: Partial<PersonSeed> = {}): PersonSeed => ({
  role: 'victim',
  sex,
  ageWhenTrafficked: age,
  originRegionCode: '52.03',
  exploitationTypes: ['forced_labour'],
  recruitmentMethods: ['false_job_offer'],
  ...extra,
});
const suspect: PersonSeed = { role: 'suspect', sex: 'male' };
const interceptedAtPort: CaseSeed['route'] = [
  { type: 'interception', placeKind: 'port', portId: 'ID-BTM-BTC' },
  { type: 'exploitation', placeKind: 'abroad', country: 'MY' },
];
const viaLanding: CaseSeed['route'] = [
  { type: 'interception', placeKind: 'unofficial_landing', lat: 1.1, lng: 104.1 },
  { type: 'return', placeKind: 'port', portId: 'ID-BTM-BTC' },
];

beforeAll(async () => {
  t = await buildTestApp();
  agencyA = (await makeAgency(t.deps)).id;
  agencyB = (await makeAgency(t.deps)).id;
  const agencyC = (await makeAgency(t.deps)).id;
  officerA = (await signedInUser(t, ['officer'], { agencyId: agencyA })).cookie;
  coordinator = (await signedInUser(t, ['coordinator'], { agencyId: agencyC })).cookie;
  analyst = (await signedInUser(t, ['analyst'], { agencyId: agencyC })).cookie;
  // Agency A, March 2024: three cases, 4 victims (one a minor), 3 suspects, two interceptions at a port, one tip.
  const first = await makeCase(t.deps, { agencyId: agencyA, reportedOn: '2024-03-05', people: [victim('female', 16), victim('male', 30), suspect], route: interceptedAtPort });
  await makeCase(t.deps, { agencyId: agencyA, reportedOn: '2024-03-20', people: [victim('female', 25), suspect], route: interceptedAtPort });
  await makeCase(t.deps, { agencyId: agencyA, reportedOn: '2024-03-28', discoveryChannel: 'patrol', people: [victim('female', null), suspect] });
  // Agency B, April 2024: a restricted case (seen by no one else) and a standard one shared with A.
  await makeCase(t.deps, { agencyId: agencyB, reportedOn: '2024-04-02', sensitivity: 'restricted', people: [victim('male', 40), suspect, suspect], route: viaLanding });
  await makeCase(t.deps, { agencyId: agencyB, reportedOn: '2024-04-10', people: [victim('female', 19)], route: viaLanding, shares: [{ agencyId: agencyA, access: 'read' }] });
  // Agency B, 2025: outside the period asked for.
  await makeCase(t.deps, { agencyId: agencyB, reportedOn: '2025-01-10', people: [victim('female', 22)] });

  const now = t.clock.now();
  await t.deps.db.insert(tips).values({
    id: randomUUID(), channel: 'web', receivedAt: new Date(now.getTime() - 3 * 86_400_000), reportSealed: 'sealed',
    verifyDueAt: now, actDueAt: now, agencyId: agencyA, caseId: first.id,
  });
  const [person] = await t.deps.db.select({ id: casePersons.id }).from(casePersons).where(eq(casePersons.caseId, first.id)).limit(1);
  await t.deps.db.insert(protectionReferrals).values({
    caseId: first.id, casePersonId: person!.id, fromAgencyId: agencyA, toAgencyId: agencyB, reason: 'Rumah aman', dueOn: '2026-02-01',
    basis: 'consent', status: 'pending', createdAt: new Date(now.getTime() + 10 * 86_400_000), updatedAt: now,
  });
  await refreshDashboards(t.deps);
});
afterAll(() => t.close());

const get = async (cookie: string, query = 'from=2024-01&to=2024-12') => {
  const r = await t.app.inject(apiRequest({ method: 'GET', url: `/api/dashboards?${query}`, cookie }));
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const counts = (cells: Record<string, { count: number | null }>) => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.count]));
const item = (items: { code: string; count: number | null }[], code: string) => items.find((i) => i.code === code)?.count;

describe('dashboards', () => {
  it("counts an officer's own cases and those shared with their agency, not others' restricted ones", async () => {
    const d = await get(officerA);
    expect(d.scope).toBe('visible');
    expect(counts(d.kpis)).toEqual({
      cases: 4, suspects: 3, victims: 5, victimsFemale: 4, victimsMale: 1, victimsMinor: 1, victimsAdult: 3,
      tips: 0, interceptionsOfficialPort: 2, interceptionsUnofficialLanding: 1, deportees: 1,
    });
    expect(d.trend.find((p: { month: string }) => p.month === '2024-03').cases.count).toBe(3);
    expect(d.trend.find((p: { month: string }) => p.month === '2024-04').cases.count).toBe(1);
    expect(d.trend).toHaveLength(12);
    expect(item(d.breakdowns.victimAgeBand, '9-17')).toBe(1);
    expect(item(d.breakdowns.victimAgeBand, 'unknown')).toBe(1);
    expect(item(d.breakdowns.route, 'ID-BTM-BTC → MY')).toBe(2);
    expect(item(d.breakdowns.route, 'unofficial_landing → ?')).toBe(1);
    expect(item(d.breakdowns.originProvince, '52')).toBe(5);
    expect(item(d.breakdowns.discoveryChannel, 'patrol')).toBe(1);
    expect(d.tipToCase).toMatchObject({ count: { count: 1 }, meanDays: 3 });
    expect(item(d.tipToCase.buckets, '2-7')).toBe(1);
    expect(d.caseToReferral).toMatchObject({ count: { count: 1 }, meanDays: 10 });
    expect(item(d.caseToReferral.buckets, '8-30')).toBe(1);
    // The tip counts in the month it was received (January 2026), its delay under its case's month.
    expect((await get(officerA, 'from=2026-01&to=2026-01')).kpis.tips.count).toBe(1);
  });

  it('gives the coordinator every case but restricted ones of other agencies', async () => {
    const d = await get(coordinator);
    expect(d.kpis.cases.count).toBe(4);
    expect(d.kpis.suspects.count).toBe(3);
    expect(d.kpis.interceptionsUnofficialLanding.count).toBe(1);
  });

  it('gives analysts the province, restricted cases counted, small cells withheld', async () => {
    const d = await get(analyst);
    expect(d.scope).toBe('province');
    expect(d.kpis.cases).toEqual({ count: 5, suppressed: false });
    expect(d.kpis.suspects).toEqual({ count: 5, suppressed: false });
    expect(d.kpis.victimsMale).toEqual({ count: null, suppressed: true }); // 2
    expect(d.kpis.interceptionsUnofficialLanding).toEqual({ count: null, suppressed: true }); // 2
    // 2024-04 has 2 cases: withheld; 2024-03 has 3: shown.
    expect(d.trend.find((p: { month: string }) => p.month === '2024-04').cases).toEqual({ count: null, suppressed: true });
    expect(d.trend.find((p: { month: string }) => p.month === '2024-03').cases).toEqual({ count: 3, suppressed: false });
    expect(d.tipToCase).toMatchObject({ count: { count: null, suppressed: true }, meanDays: null });
    expect(JSON.stringify(d)).not.toMatch(/"count":[12][,}]/);
  });

  it('answers the same from the pre-aggregated figures as from the registry, for every kind of user', async () => {
    const { dashboard } = await import('./dashboards.service');
    for (const cookie of [officerA, coordinator, analyst]) {
      const me = await t.app.inject(apiRequest({ method: 'GET', url: '/api/auth/session', cookie }));
      const fromSummary = await get(cookie, 'from=2024-02&to=2025-03');
      // The service with the actor of this session, counting straight from the tables.
      const ctx = await sessionContext(cookie);
      const raw = await dashboard(t.deps, ctx, { from: '2024-02', to: '2025-03' }, { source: 'raw' });
      expect(JSON.parse(JSON.stringify({ ...raw, refreshedAt: null })), me.body).toEqual({ ...fromSummary, refreshedAt: null });
    }
  });

  it('counts a new case only after the refresh, and says when the figures were rebuilt', async () => {
    const before = await get(officerA);
    await makeCase(t.deps, { agencyId: agencyA, reportedOn: '2024-05-01', people: [victim('female', 30)] });
    expect((await get(officerA)).kpis.cases.count).toBe(before.kpis.cases.count);
    const r = await t.app.inject(apiRequest({ method: 'POST', url: '/api/dashboards/refresh', cookie: coordinator }));
    expect(r.statusCode, r.body).toBe(200);
    expect((await get(officerA)).kpis.cases.count).toBe(before.kpis.cases.count + 1);
    expect((await get(officerA)).refreshedAt).toBe(t.clock.now().toISOString());
  });

  it('is refused to roles without the permission', async () => {
    const liaison = (await signedInUser(t, ['liaison'])).cookie;
    const r = await t.app.inject(apiRequest({ method: 'GET', url: '/api/dashboards?from=2024-01&to=2024-12', cookie: liaison }));
    expect(r.statusCode).toBe(403);
    const bad = await t.app.inject(apiRequest({ method: 'GET', url: '/api/dashboards?from=2024-12&to=2024-01', cookie: officerA }));
    expect(bad.statusCode).toBe(400);
  });
});

describe('official statistics', () => {
  const polda = {
    publisher: 'Polda Kepri', indicator: 'cases', periodStart: '2024-01-01', periodEnd: '2024-08-31', value: 60,
    sourceTitle: 'Rilis Polda Kepri Januari–Agustus 2024', sourceUrl: 'https://example.org/rilis',
  };

  it('are entered with their source by authorised users, audited, and shown beside own counts with the gap', async () => {
    const denied = await t.app.inject(apiRequest({ method: 'POST', url: '/api/official-statistics', cookie: officerA, payload: polda }));
    expect(denied.statusCode).toBe(403);
    const r = await t.app.inject(apiRequest({ method: 'POST', url: '/api/official-statistics', cookie: analyst, payload: polda }));
    expect(r.statusCode, r.body).toBe(201);
    const created = r.json();
    const d = await get(officerA, 'from=2024-03&to=2024-03');
    const shown = d.official.find((o: { id: string }) => o.id === created.id);
    // Officer A's records Jan–Aug 2024: 3 own + 1 shared + 1 added in May by the test above = 5.
    expect(shown).toMatchObject({ value: 60, own: { count: 5, suppressed: false }, gap: -55, sourceTitle: polda.sourceTitle });

    const fix = await t.app.inject(apiRequest({ method: 'PATCH', url: `/api/official-statistics/${created.id}`, cookie: analyst, payload: { version: 1, value: 61, reason: 'Angka revisi' } }));
    expect(fix.statusCode, fix.body).toBe(200);
    const stale = await t.app.inject(apiRequest({ method: 'PATCH', url: `/api/official-statistics/${created.id}`, cookie: analyst, payload: { version: 1, value: 62, reason: 'Lagi' } }));
    expect(stale.statusCode).toBe(409);
    const del = await t.app.inject(apiRequest({ method: 'DELETE', url: `/api/official-statistics/${created.id}`, cookie: analyst, payload: { version: 2, reason: 'Salah input' } }));
    expect(del.statusCode, del.body).toBe(200);
    const list = (await t.app.inject(apiRequest({ method: 'GET', url: '/api/official-statistics', cookie: officerA }))).json();
    expect(list.items.find((o: { id: string }) => o.id === created.id)).toBeUndefined();

    const audit = await t.deps.database.query<{ action: string; reason: string | null }>(
      `SELECT action, reason FROM audit_log WHERE object_id = $1 ORDER BY seq`, [created.id]);
    expect(audit.rows).toEqual([
      { action: 'official-statistic.create', reason: null },
      { action: 'official-statistic.update', reason: 'Angka revisi' },
      { action: 'official-statistic.delete', reason: 'Salah input' },
    ]);
  });
});

/** The request context of a signed-in session, resolved as the server does. */
async function sessionContext(cookie: string) {
  const { resolveSession } = await import('../auth');
  const fakeRequest = { cookies: Object.fromEntries(cookie.split('; ').map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)])), headers: { cookie } };
  const session = await resolveSession(t.deps, fakeRequest as never, t.clock.now());
  if (session?.stage !== 'active') throw new Error('no active session');
  return { requestId: 'test', actor: session.actor, now: t.clock.now() };
}
