import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kepriAgencies } from '../../../seeds/agencies';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { call, casePayload, ok } from '../../../test/case-fixtures';
import { systemContext } from '../../platform/context';
import { seedTaskforceBodiesIfEmpty } from './taskforce.seed';

let t: TestApp;
type Staff = Awaited<ReturnType<typeof signedInUser>>;
const agencyId = new Map<string, string>();
const bodyId = new Map<string, string>();
let coordinator: Staff;
let polda: Staff;
let pdrmLiaison: Staff;
let jtkLiaison: Staff;

beforeAll(async () => {
  t = await buildTestApp();
  for (const a of kepriAgencies) agencyId.set(a.code, (await makeAgency(t.deps, a)).id);
  expect(await seedTaskforceBodiesIfEmpty(t.deps.db, systemContext(t.clock.now()))).toBe(8);
  coordinator = await signedInUser(t, ['coordinator'], { agencyId: agencyId.get('BPPD-KEPRI')! });
  polda = await signedInUser(t, ['officer'], { agencyId: agencyId.get('POLDA-KEPRI')! });
  pdrmLiaison = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('PDRM-JOHOR')! });
  jtkLiaison = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('JTK-JOHOR')! });
  const bodies = await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies');
  for (const b of bodies.items) bodyId.set(b.code, b.id);
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) => t.deps.database.query<T>(text, params).then((r) => r.rows);
const hoursFromNow = (h: number) => new Date(t.clock.now().getTime() + h * 3_600_000).toISOString();
const meeting = (code: string, startsAt: string, extra: Record<string, unknown> = {}) => ({
  bodyId: bodyId.get(code),
  title: 'Rapat Pokja SOSEK MALINDO Kepri–Johor',
  startsAt,
  place: 'Kantor BPPD Kepri, Tanjungpinang',
  topics: ['Patroli bersama di Selat Singapura'],
  ...extra,
});
const decision = {
  textId: 'Kedua pihak bertukar data PMI nonprosedural yang dideportasi setiap bulan.',
  textMs: 'Kedua-dua pihak bertukar data PMI tanpa izin yang dihantar pulang setiap bulan.',
  textEn: 'Both sides exchange data on deported non-procedural migrant workers every month.',
};
const actionItem = (extra: Record<string, unknown> = {}) => ({
  title: 'Kirim data deportasi Januari ke BPPD Kepri',
  ownerAgencyId: agencyId.get('PDRM-JOHOR'),
  ownerPerson: 'ASP Rahman (Unit ATIPSOM)',
  dueOn: '2026-01-31',
  ...extra,
});

describe('bodies', () => {
  it('seeds SOSEK MALINDO, its Kepri–Johor working group, the Gugus Tugas of the province and four kab/kota, and the cross-border task force, once', async () => {
    const { items } = await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies');
    expect(items.map((b: { code: string }) => b.code).sort()).toEqual([
      'GT-PPTPPO-BATAM', 'GT-PPTPPO-BINTAN', 'GT-PPTPPO-KARIMUN', 'GT-PPTPPO-KEPRI', 'GT-PPTPPO-TANJUNGPINANG',
      'SATGAS-TPPO-LINTAS-BATAS', 'SOSEK-MALINDO', 'SOSEK-MALINDO-KEPRI-JOHOR',
    ]);
    const wg = items.find((b: { code: string }) => b.code === 'SOSEK-MALINDO-KEPRI-JOHOR');
    expect(wg).toMatchObject({ kind: 'working_group', parentId: bodyId.get('SOSEK-MALINDO') });
    expect(wg.members.map((m: { agencyCode: string }) => m.agencyCode)).toEqual(expect.arrayContaining(['BPPD-KEPRI', 'KJRI-JB', 'PDRM-JOHOR', 'JIM-JOHOR', 'APMM-JOHOR']));
    const batam = items.find((b: { code: string }) => b.code === 'GT-PPTPPO-BATAM');
    expect(batam).toMatchObject({ kind: 'district_task_force', regionCode: '21.71', parentId: bodyId.get('GT-PPTPPO-KEPRI') });
    expect(batam.members.map((m: { agencyCode: string }) => m.agencyCode)).toContain('POLRESTA-BARELANG');
    expect(await seedTaskforceBodiesIfEmpty(t.deps.db, systemContext(t.clock.now()))).toBe(0);
  });

  it('names a representative (coordinator only), audited with the seat before and after', async () => {
    const url = `/api/taskforce/bodies/${bodyId.get('SOSEK-MALINDO-KEPRI-JOHOR')}/members/${agencyId.get('PDRM-JOHOR')}`;
    const refused = await call(t, pdrmLiaison.cookie, 'PUT', url, { representativeName: 'ASP Rahman' });
    expect(refused.statusCode).toBe(403);
    const body = await ok(t, coordinator.cookie, 'PUT', url, { representativeName: 'ASP Rahman bin Yusof', representativeTitle: 'Ketua Unit ATIPSOM' });
    expect(body.members.find((m: { agencyCode: string }) => m.agencyCode === 'PDRM-JOHOR')).toMatchObject({ representativeName: 'ASP Rahman bin Yusof', country: 'MY' });
    const [audit] = await q<{ before: { representativeName: string | null } }>(`select before from audit_log where action = 'taskforce.member.set' order by seq desc limit 1`);
    expect(audit!.before).toMatchObject({ representativeName: null, representativeTitle: 'Ketua Unit Antipemerdagangan Orang' });
  });

  it('shows a foreign liaison only the bodies their agency belongs to', async () => {
    const pdrm = await ok(t, pdrmLiaison.cookie, 'GET', '/api/taskforce/bodies');
    expect(pdrm.items.map((b: { code: string }) => b.code).sort()).toEqual(['SATGAS-TPPO-LINTAS-BATAS', 'SOSEK-MALINDO', 'SOSEK-MALINDO-KEPRI-JOHOR']);
    const jtk = await ok(t, jtkLiaison.cookie, 'GET', '/api/taskforce/bodies');
    expect(jtk.items.map((b: { code: string }) => b.code)).toEqual(['SOSEK-MALINDO']);
  });
});

describe('meetings, decisions and action items', () => {
  it('builds the agenda from the template, carries open items to the next meeting and drops them once done with evidence', async () => {
    const first = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', meeting('SOSEK-MALINDO-KEPRI-JOHOR', hoursFromNow(-48)));
    expect(first.agenda.map((a: { kind: string }) => a.kind)).toEqual(['opening', 'standing_tppo', 'topic', 'other_business']);
    const d = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/meetings/${first.id}/decisions`, decision);
    expect(d).toMatchObject(decision);
    const kase = await ok(t, polda.cookie, 'POST', '/api/cases', casePayload());
    const item = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/decisions/${d.id}/action-items`, actionItem({ dueOn: '2026-02-28', caseIds: [kase.id] }));
    expect(item).toMatchObject({ status: 'open', ownerAgencyName: 'Polis Diraja Malaysia, Ibu Pejabat Polis Kontinjen Johor', caseIds: [kase.id], isOverdue: false });

    const second = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', meeting('SOSEK-MALINDO-KEPRI-JOHOR', hoursFromNow(24 * 14), { topics: [] }));
    expect(second.agenda).toEqual([
      { kind: 'opening', title: '', actionItemId: null },
      { kind: 'standing_tppo', title: '', actionItemId: null },
      { kind: 'carried_over', title: item.title, actionItemId: item.id },
      { kind: 'other_business', title: '', actionItemId: null },
    ]);
    expect(second.carriedOver.map((i: { id: string }) => i.id)).toEqual([item.id]);
    // Another body's meeting does not follow it up.
    const other = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', meeting('SATGAS-TPPO-LINTAS-BATAS', hoursFromNow(24 * 14)));
    expect(other.carriedOver).toEqual([]);

    const url = `/api/taskforce/action-items/${item.id}`;
    const noEvidence = await call(t, pdrmLiaison.cookie, 'PATCH', url, { version: 1, status: 'done' });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.issues).toEqual([expect.objectContaining({ path: 'body.evidence', code: 'evidence_required' })]);
    const done = await ok(t, pdrmLiaison.cookie, 'PATCH', url, { version: 1, status: 'done', evidence: 'Data dikirim lewat surat no. 12/ATIPSOM/2026' });
    expect(done).toMatchObject({ status: 'done', closedAt: t.clock.now().toISOString(), version: 2 });
    expect((await ok(t, coordinator.cookie, 'GET', `/api/taskforce/meetings/${second.id}`)).carriedOver).toEqual([]);
    // A meeting held before the item was closed still shows it on its agenda.
    const past = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', meeting('SOSEK-MALINDO-KEPRI-JOHOR', hoursFromNow(-24)));
    expect(past.carriedOver.map((i: { id: string }) => i.id)).toEqual([item.id]);

    const stale = await call(t, pdrmLiaison.cookie, 'PATCH', url, { version: 1, status: 'open' });
    expect(stale.statusCode).toBe(409);
    const actions = await q<{ action: string }>(`select action from audit_log where object_id = $1 order by seq`, [item.id]);
    expect(actions.map((a) => a.action)).toEqual(['taskforce.action-item.create', 'taskforce.action-item.update']);
  });

  it('flags overdue items (after the WIB day of the deadline) and lists only those on request', async () => {
    const m = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', meeting('SATGAS-TPPO-LINTAS-BATAS', hoursFromNow(-72), { place: null, onlineUrl: 'https://meet.example.go.id/satgas' }));
    const d = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/meetings/${m.id}/decisions`, decision);
    // The clock is 2026-01-15 09:00 WIB: a deadline of the 14th has passed, the 15th has not.
    const late = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/decisions/${d.id}/action-items`, actionItem({ dueOn: '2026-01-14', ownerAgencyId: agencyId.get('POLAIRUD-KEPRI') }));
    const today = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/decisions/${d.id}/action-items`, actionItem({ dueOn: '2026-01-15', ownerAgencyId: agencyId.get('POLAIRUD-KEPRI') }));
    expect([late.isOverdue, today.isOverdue]).toEqual([true, false]);
    const overdue = await ok(t, coordinator.cookie, 'GET', `/api/taskforce/action-items?overdue=true&bodyId=${bodyId.get('SATGAS-TPPO-LINTAS-BATAS')}`);
    expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([late.id]);
    // Polda is not the owner and does not coordinate: it may not change Polairud's item.
    const notOwner = await call(t, polda.cookie, 'PATCH', `/api/taskforce/action-items/${late.id}`, { version: 1, status: 'in_progress' });
    expect(notOwner.statusCode).toBe(403);
  });

  it('keeps a liaison out of the meetings and items of bodies their agency is not in', async () => {
    const provincial = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', meeting('GT-PPTPPO-KEPRI', hoursFromNow(2)));
    expect((await call(t, pdrmLiaison.cookie, 'GET', `/api/taskforce/meetings/${provincial.id}`)).statusCode).toBe(404);
    expect((await call(t, pdrmLiaison.cookie, 'GET', `/api/taskforce/meetings?bodyId=${bodyId.get('GT-PPTPPO-KEPRI')}`)).statusCode).toBe(404);
    const listed = await ok(t, pdrmLiaison.cookie, 'GET', '/api/taskforce/meetings');
    expect(listed.items.some((m: { id: string }) => m.id === provincial.id)).toBe(false);
    expect(listed.items.length).toBeGreaterThan(0);
    const jtkItems = await ok(t, jtkLiaison.cookie, 'GET', '/api/taskforce/action-items');
    expect(jtkItems.items).toEqual([]);
    const create = await call(t, pdrmLiaison.cookie, 'POST', '/api/taskforce/meetings', meeting('SOSEK-MALINDO-KEPRI-JOHOR', hoursFromNow(2)));
    expect(create.statusCode).toBe(403);
  });

  it('refuses a meeting with neither place nor link, an owner outside the body and a case the user cannot open', async () => {
    const nowhere = await call(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', meeting('GT-PPTPPO-BATAM', hoursFromNow(5), { place: null }));
    expect(nowhere.statusCode).toBe(400);
    const m = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', meeting('GT-PPTPPO-BATAM', hoursFromNow(5)));
    const d = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/meetings/${m.id}/decisions`, decision);
    const outsider = await call(t, coordinator.cookie, 'POST', `/api/taskforce/decisions/${d.id}/action-items`, actionItem());
    expect(outsider.json().error.issues).toEqual([expect.objectContaining({ path: 'body.ownerAgencyId', code: 'not_a_member' })]);
    const ghost = await call(t, coordinator.cookie, 'POST', `/api/taskforce/decisions/${d.id}/action-items`, actionItem({ ownerAgencyId: agencyId.get('POLRESTA-BARELANG'), caseIds: ['00000000-0000-4000-8000-000000000000'] }));
    expect(ghost.json().error.issues).toEqual([expect.objectContaining({ path: 'body.caseIds.0', code: 'unknown_case' })]);
    const minutes = await ok(t, coordinator.cookie, 'PATCH', `/api/taskforce/meetings/${m.id}`, { version: 1, minutes: 'Rapat dibuka pukul 09.00 WIB.' });
    expect(minutes).toMatchObject({ minutes: 'Rapat dibuka pukul 09.00 WIB.', version: 2 });
    const [audit] = await q(`select action from audit_log where object_id = $1 and action = 'taskforce.meeting.update'`, [m.id]);
    expect(audit).toBeDefined();
  });
});
