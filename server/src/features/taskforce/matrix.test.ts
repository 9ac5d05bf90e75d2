import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { call, ok } from '../../../test/case-fixtures';

let t: TestApp;
let coordinator: Awaited<ReturnType<typeof signedInUser>>;
let liaison: Awaited<ReturnType<typeof signedInUser>>;
let polda: string;
let bp3mi: string;

beforeAll(async () => {
  t = await buildTestApp();
  const bppd = await makeAgency(t.deps, { code: 'BPPD-KEPRI' });
  polda = (await makeAgency(t.deps, { code: 'POLDA-KEPRI' })).id;
  bp3mi = (await makeAgency(t.deps, { code: 'BP3MI-KEPRI' })).id;
  const pdrm = await makeAgency(t.deps, { code: 'PDRM-JOHOR', country: 'MY' });
  coordinator = await signedInUser(t, ['coordinator'], { agencyId: bppd.id });
  liaison = await signedInUser(t, ['liaison'], { agencyId: pdrm.id });
});
afterAll(() => t.close());

describe('responsibility matrix', () => {
  it('starts empty with every step unled, then keeps each version with who, when and why, flagging two Accountable', async () => {
    const empty = await ok(t, liaison.cookie, 'GET', '/api/taskforce/matrix');
    expect(empty).toMatchObject({ version: 0, assignments: [] });
    expect(empty.conflicts).toHaveLength(20);

    const first = await ok(t, coordinator.cookie, 'PUT', '/api/taskforce/matrix', {
      baseVersion: 0,
      reason: 'Kesepakatan rapat Gugus Tugas 10 Januari',
      assignments: [
        { step: 'shelter', agencyId: bp3mi, role: 'A' },
        { step: 'shelter', agencyId: bp3mi, role: 'R' },
        { step: 'shelter', agencyId: polda, role: 'A' },
        { step: 'investigation', agencyId: polda, role: 'A' },
      ],
    });
    expect(first).toMatchObject({ version: 1, reason: 'Kesepakatan rapat Gugus Tugas 10 Januari', changedByName: expect.any(String), changedAt: t.clock.now().toISOString() });
    expect(first.conflicts.filter((c: { step: string }) => c.step === 'shelter')).toEqual([{ step: 'shelter', kind: 'multiple_accountable', agencyIds: [bp3mi, polda].sort() }]);
    expect(first.conflicts.filter((c: { step: string }) => c.step === 'investigation')).toEqual([{ step: 'investigation', kind: 'no_responsible', agencyIds: [] }]);

    const stale = await call(t, coordinator.cookie, 'PUT', '/api/taskforce/matrix', { baseVersion: 0, reason: 'x', assignments: [] });
    expect(stale.statusCode).toBe(409);
    await ok(t, coordinator.cookie, 'PUT', '/api/taskforce/matrix', { baseVersion: 1, reason: 'BP3MI memimpin shelter', assignments: [{ step: 'shelter', agencyId: bp3mi, role: 'A' }] });

    const versions = await ok(t, liaison.cookie, 'GET', '/api/taskforce/matrix/versions');
    expect(versions.items.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([[2, 'BP3MI memimpin shelter'], [1, 'Kesepakatan rapat Gugus Tugas 10 Januari']]);
    expect((await ok(t, liaison.cookie, 'GET', '/api/taskforce/matrix?version=1')).assignments).toHaveLength(4);
    const audit = await t.deps.database.query<{ reason: string }>(`select reason from audit_log where action = 'taskforce.matrix.save' order by seq`);
    expect(audit.rows.map((r) => r.reason)).toEqual(['Kesepakatan rapat Gugus Tugas 10 Januari', 'BP3MI memimpin shelter']);
  });

  it('lets only the coordinator edit, and refuses a repeated assignment or an unknown agency', async () => {
    expect((await call(t, liaison.cookie, 'PUT', '/api/taskforce/matrix', { baseVersion: 2, reason: 'x', assignments: [] })).statusCode).toBe(403);
    const twice = await call(t, coordinator.cookie, 'PUT', '/api/taskforce/matrix', { baseVersion: 2, reason: 'x', assignments: [{ step: 'shelter', agencyId: bp3mi, role: 'A' }, { step: 'shelter', agencyId: bp3mi, role: 'A' }] });
    expect(twice.json().error.issues).toEqual([expect.objectContaining({ code: 'duplicate_assignment' })]);
    const ghost = await call(t, coordinator.cookie, 'PUT', '/api/taskforce/matrix', { baseVersion: 2, reason: 'x', assignments: [{ step: 'shelter', agencyId: '00000000-0000-4000-8000-000000000000', role: 'A' }] });
    expect(ghost.json().error.issues).toEqual([expect.objectContaining({ code: 'unknown_agency' })]);
  });
});
