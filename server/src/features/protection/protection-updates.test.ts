import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import type { signedInUser } from '../../../test/factories';
import { agencyStaff, call, caseWithParts, ok } from '../../../test/case-fixtures';

// A PATCH that changes nothing answers the record as it is, as the case registry's PATCHes do: no
// new version (which would make the next editor's copy stale for nothing) and no audit entry.
let t: TestApp;
type Staff = Awaited<ReturnType<typeof signedInUser>>;
let shelter: { id: string };
let officer: Staff;
let shelterWorker: Staff;
let coordinator: Staff;

beforeAll(async () => {
  t = await buildTestApp();
  officer = (await agencyStaff(t, [['officer']], { code: 'BP3MI-KEPRI', name: 'BP3MI Kepulauan Riau' })).users[0]!;
  const s = await agencyStaff(t, [['caseworker']], { code: 'RPTC-BATAM', name: 'RPTC Batam' });
  shelter = s.agency;
  shelterWorker = s.users[0]!;
  coordinator = (await agencyStaff(t, [['coordinator']], { code: 'BPPD-KEPRI', name: 'Gugus Tugas Kepri' })).users[0]!;
});
afterAll(() => t.close());

const auditOf = async (objectId: string) =>
  (await t.deps.database.query<{ action: string }>('SELECT action FROM audit_log WHERE object_id = $1 ORDER BY seq', [objectId])).rows.map(
    (r) => r.action,
  );
const today = () => t.clock.now().toISOString().slice(0, 10);

describe('PATCH of a service provider', () => {
  const newProvider = () =>
    ok(t, coordinator.cookie, 'POST', '/api/protection/providers', {
      agencyId: shelter.id,
      name: 'RPTC Batam — rumah aman',
      services: ['social_care', 'psychosocial'],
      capacity: 40,
      regionCodes: ['21.71'],
      contactHours: '24 jam',
    });
  const patch = (id: string, body: Record<string, unknown>) => call(t, coordinator.cookie, 'PATCH', `/api/protection/providers/${id}`, body);

  it('with only the version, or with the stored values, answers the provider unchanged and audits nothing', async () => {
    const p = await newProvider();
    for (const body of [
      { version: 1 },
      { version: 1, name: '  RPTC Batam — rumah aman ', capacity: 40, services: ['social_care', 'psychosocial'], isActive: true },
      { version: 1, agencyId: shelter.id, regionCodes: ['21.71'], contactHours: '24 jam', phone: null },
    ]) {
      const res = await patch(p.id, body);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(p);
    }
    expect(await auditOf(p.id)).toEqual(['protection.provider.create']);
    // A real change after the no-ops still goes with version 1, and is audited once.
    const changed = await ok(t, coordinator.cookie, 'PATCH', `/api/protection/providers/${p.id}`, { version: 1, capacity: 41 });
    expect(changed).toMatchObject({ capacity: 41, version: 2 });
    expect(await auditOf(p.id)).toEqual(['protection.provider.create', 'protection.provider.update']);
  });

  it('with a stale version answers 409 even when it would change nothing', async () => {
    const p = await newProvider();
    await ok(t, coordinator.cookie, 'PATCH', `/api/protection/providers/${p.id}`, { version: 1, isActive: false });
    const stale = await patch(p.id, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('is still refused to a case worker when it would change nothing', async () => {
    const p = await newProvider();
    const res = await call(t, shelterWorker.cookie, 'PATCH', `/api/protection/providers/${p.id}`, { version: 1 });
    expect(res.statusCode).toBe(403);
  });
});

describe('PATCH of a support plan item', () => {
  it('with only the version, or with the stored values, answers the item unchanged and audits nothing', async () => {
    const victim = (await caseWithParts(t, officer.cookie)).victim as { id: string };
    const item = await ok(t, officer.cookie, 'POST', `/api/protection/victims/${victim.id}/plan-items`, {
      type: 'health',
      objective: 'Pemeriksaan kesehatan',
      plannedEndOn: today(),
    });
    const url = `/api/protection/plan-items/${item.id}`;
    const changesOfVictim = async () => (await auditOf(victim.id)).filter((a) => a.startsWith('protection.plan.'));
    for (const body of [
      { version: 1 },
      { version: 1, objective: 'Pemeriksaan kesehatan', plannedEndOn: today(), actualEndOn: null, status: 'planned', providerId: null, actionPlan: '' },
    ])
      expect(await ok(t, officer.cookie, 'PATCH', url, body)).toEqual(item);
    expect(await changesOfVictim()).toEqual(['protection.plan.add']);

    const stale = await call(t, officer.cookie, 'PATCH', url, { version: 0 });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(await ok(t, officer.cookie, 'PATCH', url, { version: 1, status: 'in_progress' })).toMatchObject({ status: 'in_progress', version: 2 });
    expect(await changesOfVictim()).toEqual(['protection.plan.add', 'protection.plan.update']);
  });
});
