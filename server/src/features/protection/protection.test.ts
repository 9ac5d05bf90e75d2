import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { signIn, signedInUser } from '../../../test/factories';
import { agencyStaff, call, caseWithParts, ok } from '../../../test/case-fixtures';
import { identityFields } from '../people';

let t: TestApp;
type Staff = Awaited<ReturnType<typeof signedInUser>>;
let bp3mi: { id: string };
let shelter: { id: string };
let officer: Staff;
let shelterWorker: Staff;
let otherWorker: Staff;
let coordinator: Staff;

beforeAll(async () => {
  t = await buildTestApp();
  const a = await agencyStaff(t, [['officer']], { code: 'BP3MI-KEPRI', name: 'BP3MI Kepulauan Riau' });
  bp3mi = a.agency;
  officer = a.users[0]!;
  const s = await agencyStaff(t, [['caseworker']], { code: 'RPTC-BATAM', name: 'RPTC Batam' });
  shelter = s.agency;
  shelterWorker = s.users[0]!;
  otherWorker = (await agencyStaff(t, [['caseworker']], { code: 'LSM-LAIN', name: 'LSM Lain' })).users[0]!;
  coordinator = (await agencyStaff(t, [['coordinator']], { code: 'BPPD-KEPRI', name: 'Gugus Tugas Kepri' })).users[0]!;
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) =>
  t.deps.database.query<T>(text, params).then((r) => r.rows);
const today = () => t.clock.now().toISOString().slice(0, 10);
const newVictim = async () => (await caseWithParts(t, officer.cookie)).victim as { id: string };
const consent = (consented = true) => ({
  consented,
  purposeExplained: true,
  dataUsesExplained: true,
  researchUseExplained: true,
  rightToAccessExplained: true,
  retentionExplained: true,
  recordedOn: today(),
});
const referral = (casePersonId: string, extra: Record<string, unknown> = {}) => ({
  casePersonId,
  toAgencyId: shelter.id,
  reason: 'additional_services',
  details: 'Butuh rumah aman sementara',
  dueOn: today(),
  ...extra,
});
const refer = async (casePersonId: string, extra: Record<string, unknown> = {}) => {
  await ok(t, officer.cookie, 'POST', `/api/protection/victims/${casePersonId}/consents`, consent());
  return ok(t, officer.cookie, 'POST', '/api/protection/referrals', referral(casePersonId, extra));
};
const move = (cookie: string, id: string, body: Record<string, unknown>) =>
  call(t, cookie, 'POST', `/api/protection/referrals/${id}/transitions`, body);

describe('consent', () => {
  it('keeps history: a withdrawal is a new record and the latest decides', async () => {
    const victim = await newVictim();
    await ok(t, officer.cookie, 'POST', `/api/protection/victims/${victim.id}/consents`, consent(true));
    await ok(t, officer.cookie, 'POST', `/api/protection/victims/${victim.id}/consents`, { ...consent(false), notes: 'Dicabut' });
    const record = await ok(t, officer.cookie, 'GET', `/api/protection/victims/${victim.id}`);
    expect(record.consentGiven).toBe(false);
    expect(record.consents.map((c: { consented: boolean }) => c.consented)).toEqual([true, false]);
    const [worker] = await q<{ display_name: string }>('SELECT display_name FROM users WHERE id = $1', [officer.id]);
    expect(worker!.display_name).toMatch(/^Test User/);
    expect(record.consents[1]).toMatchObject({ agencyId: bp3mi.id, workerUserId: officer.id, workerName: worker!.display_name, notes: 'Dicabut' });
  });

  it('refuses a referral without recorded consent unless a legal basis is given', async () => {
    const victim = await newVictim();
    const refused = await call(t, officer.cookie, 'POST', '/api/protection/referrals', referral(victim.id));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues).toEqual([expect.objectContaining({ path: 'body.legalBasis', code: 'consent_required' })]);
    const onLaw = await ok(t, officer.cookie, 'POST', '/api/protection/referrals', referral(victim.id, { legalBasis: 'criminal_investigation' }));
    expect(onLaw).toMatchObject({ basis: 'criminal_investigation', status: 'pending' });
    await ok(t, officer.cookie, 'POST', `/api/protection/victims/${victim.id}/consents`, consent(true));
    const withConsent = await ok(t, officer.cookie, 'POST', '/api/protection/referrals', referral(victim.id, { legalBasis: 'court_order' }));
    expect(withConsent.basis).toBe('consent');
    await ok(t, officer.cookie, 'POST', `/api/protection/victims/${victim.id}/consents`, consent(false));
    const afterWithdrawal = await call(t, officer.cookie, 'POST', '/api/protection/referrals', referral(victim.id));
    expect(afterWithdrawal.statusCode).toBe(400);
  });

  it('refuses a referral to the own agency, a past due date and a provider of another agency', async () => {
    const victim = await newVictim();
    await ok(t, officer.cookie, 'POST', `/api/protection/victims/${victim.id}/consents`, consent());
    const provider = await ok(t, coordinator.cookie, 'POST', '/api/protection/providers', {
      agencyId: bp3mi.id,
      name: 'Shelter BP3MI',
      services: ['social_care'],
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ toAgencyId: bp3mi.id }, 'body.toAgencyId'],
      [{ dueOn: '2020-01-01' }, 'body.dueOn'],
      [{ providerId: provider.id }, 'body.providerId'],
    ];
    for (const [extra, path] of cases) {
      const r = await call(t, officer.cookie, 'POST', '/api/protection/referrals', referral(victim.id, extra));
      expect(r.statusCode, path).toBe(400);
      expect(r.json().error.issues[0].path).toBe(path);
    }
  });
});

describe('who sees a victim', () => {
  const view = (cookie: string, id: string) => call(t, cookie, 'GET', `/api/protection/victims/${id}`);

  it('shows case workers only victims with a pending or accepted referral to their organisation', async () => {
    const victim = await newVictim();
    expect((await view(shelterWorker.cookie, victim.id)).statusCode).toBe(404);
    const r = await refer(victim.id);
    expect((await view(shelterWorker.cookie, victim.id)).statusCode).toBe(200);
    expect((await view(otherWorker.cookie, victim.id)).statusCode).toBe(404);
    expect((await move(otherWorker.cookie, r.id, { to: 'accepted', version: 1 })).statusCode).toBe(404);
    await ok(t, shelterWorker.cookie, 'POST', `/api/protection/referrals/${r.id}/transitions`, { to: 'declined', reason: 'Penuh', version: 1 });
    expect((await view(shelterWorker.cookie, victim.id)).statusCode).toBe(404);
  });

  it('lets a case worker of its own case agency in only through a referral, and a coordinator read but not write', async () => {
    const victim = await newVictim();
    expect((await view(coordinator.cookie, victim.id)).statusCode).toBe(200);
    const write = await call(t, coordinator.cookie, 'POST', `/api/protection/victims/${victim.id}/follow-ups`, { visitedOn: today(), notes: 'Kunjungan' });
    expect(write.statusCode).toBe(403);
    const sameAgencyWorker = await signedInUser(t, ['caseworker'], { agencyId: bp3mi.id });
    expect((await view(sameAgencyWorker.cookie, victim.id)).statusCode).toBe(404);
  });

  it('answers 404 for a case person who is not a victim, and 403 to roles without the permission', async () => {
    const { suspect, victim } = await caseWithParts(t, officer.cookie);
    expect((await view(officer.cookie, suspect.id)).statusCode).toBe(404);
    for (const role of ['analyst', 'liaison', 'admin'] as const) {
      const u = await signedInUser(t, [role], { agencyId: bp3mi.id });
      expect((await view(u.cookie, victim.id)).statusCode, role).toBe(403);
    }
  });

  it('never shows identity fields in the protection record', async () => {
    const victim = await newVictim();
    await refer(victim.id);
    const body = (await view(shelterWorker.cookie, victim.id)).body;
    for (const value of ['Siti Aminah', 'Ami"', '2171105708990001', 'C1234567', '0000 1111', 'Lombok']) expect(body).not.toContain(value);
    const keys = new Set<string>();
    JSON.parse(body, (key: string, value: unknown) => (keys.add(key), value));
    expect(identityFields.filter((f) => keys.has(f))).toEqual([]);
  });

  it("names the victim by the registry's pseudonym on the record and on referrals", async () => {
    const victim = (await caseWithParts(t, officer.cookie)).victim as { id: string; pseudonym: string };
    expect(victim.pseudonym).toMatch(/^victim-\d+-[0-9A-F]{4}$/);
    const r = await refer(victim.id);
    expect(r.victimPseudonym).toBe(victim.pseudonym);
    expect((await ok(t, shelterWorker.cookie, 'GET', `/api/protection/victims/${victim.id}`)).pseudonym).toBe(victim.pseudonym);
    const listed = (await ok(t, shelterWorker.cookie, 'GET', '/api/protection/referrals?box=to-me')).items.find((i: { id: string }) => i.id === r.id);
    expect(listed.victimPseudonym).toBe(victim.pseudonym);
  });

  it('writes every view and change to the audit log in the same transaction', async () => {
    const victim = await newVictim();
    const r = await refer(victim.id);
    await ok(t, shelterWorker.cookie, 'GET', `/api/protection/victims/${victim.id}`);
    const entries = await q<{ action: string; actor_user_id: string; object_id: string }>(
      `SELECT action, actor_user_id, object_id FROM audit_log WHERE object_id IN ($1, $2) ORDER BY seq`,
      [victim.id, r.id],
    );
    expect(entries.map((e) => e.action)).toEqual(['protection.consent.record', 'protection.referral.create', 'protection.record.view']);
    expect(entries[2]!.actor_user_id).toBe(shelterWorker.id);
    const refused = await call(t, otherWorker.cookie, 'GET', `/api/protection/victims/${victim.id}`);
    expect(refused.statusCode).toBe(404);
    const after = await q(`SELECT 1 FROM audit_log WHERE object_id = $1 AND action = 'protection.record.view'`, [victim.id]);
    expect(after).toHaveLength(1);
  });
});

describe('referral workflow over HTTP', () => {
  it('lets the receiver accept and complete, and the sender only revoke', async () => {
    const r = await refer((await newVictim()).id);
    const bySender = await move(officer.cookie, r.id, { to: 'accepted', version: 1 });
    expect(bySender.statusCode).toBe(409);
    expect(bySender.json().error).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['revoked'] });
    const accepted = await ok(t, shelterWorker.cookie, 'POST', `/api/protection/referrals/${r.id}/transitions`, { to: 'accepted', version: 1 });
    expect(accepted).toMatchObject({ status: 'accepted', version: 2 });
    expect((await move(shelterWorker.cookie, r.id, { to: 'completed', version: 1 })).json().error.code).toBe('VERSION_CONFLICT');
    await ok(t, shelterWorker.cookie, 'POST', `/api/protection/referrals/${r.id}/transitions`, { to: 'completed', version: 2 });
    const late = await move(officer.cookie, r.id, { to: 'revoked', reason: 'Tidak perlu lagi', version: 3 });
    expect(late.json().error).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
    const audit = await q<{ action: string }>(`SELECT action FROM audit_log WHERE object_id = $1 ORDER BY seq`, [r.id]);
    expect(audit.map((a) => a.action)).toEqual(['protection.referral.create', 'protection.referral.accepted', 'protection.referral.completed']);
  });

  it('needs a reason to decline or revoke', async () => {
    const r = await refer((await newVictim()).id);
    expect((await move(shelterWorker.cookie, r.id, { to: 'declined', version: 1 })).statusCode).toBe(400);
    expect((await move(officer.cookie, r.id, { to: 'revoked', version: 1 })).statusCode).toBe(400);
    const revoked = await ok(t, officer.cookie, 'POST', `/api/protection/referrals/${r.id}/transitions`, { to: 'revoked', reason: 'Korban dipulangkan', version: 1 });
    expect(revoked).toMatchObject({ status: 'revoked', statusReason: 'Korban dipulangkan' });
  });

  it('lists referrals to me, by me, pending and overdue (past the due day and still pending)', async () => {
    const dueToday = await refer((await newVictim()).id);
    const accepted = await refer((await newVictim()).id);
    await ok(t, shelterWorker.cookie, 'POST', `/api/protection/referrals/${accepted.id}/transitions`, { to: 'accepted', version: 1 });
    const ids = async (cookie: string, box: string) =>
      (await ok(t, cookie, 'GET', `/api/protection/referrals?box=${box}`)).items.map((i: { id: string }) => i.id);
    expect(await ids(shelterWorker.cookie, 'to-me')).toEqual(expect.arrayContaining([dueToday.id, accepted.id]));
    expect(await ids(officer.cookie, 'by-me')).toEqual(expect.arrayContaining([dueToday.id, accepted.id]));
    expect(await ids(officer.cookie, 'to-me')).toEqual([]);
    expect(await ids(shelterWorker.cookie, 'pending')).toContain(dueToday.id);
    expect(await ids(shelterWorker.cookie, 'pending')).not.toContain(accepted.id);
    expect(await ids(shelterWorker.cookie, 'overdue')).not.toContain(dueToday.id);
    expect(await ids(otherWorker.cookie, 'to-me')).toEqual([]);

    t.clock.advance(24 * 60 * 60 * 1000);
    const worker = { ...shelterWorker, cookie: await signIn(t, shelterWorker) };
    const overdue = (await ok(t, worker.cookie, 'GET', '/api/protection/referrals?box=overdue')).items;
    expect(overdue.map((i: { id: string }) => i.id)).toContain(dueToday.id);
    expect(overdue.map((i: { id: string }) => i.id)).not.toContain(accepted.id);
    expect(overdue.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    shelterWorker = worker;
    officer = { ...officer, cookie: await signIn(t, officer) };
    coordinator = { ...coordinator, cookie: await signIn(t, coordinator) };
    otherWorker = { ...otherWorker, cookie: await signIn(t, otherWorker) };
  });
});

describe('referral counts for the navigation badge', () => {
  it('counts pending referrals to my agency and the overdue among them, without an audit entry', async () => {
    const receiver = await agencyStaff(t, [['caseworker']], { code: 'UPTD-PPA-TPI', name: 'UPTD PPA Tanjungpinang' });
    const worker = receiver.users[0]!;
    const counts = (cookie: string) => ok(t, cookie, 'GET', '/api/protection/referrals/counts');
    expect(await counts(worker.cookie)).toEqual({ pending: 0, overdue: 0 });
    const toThem = (extra: Record<string, unknown> = {}) => newVictim().then((v) => refer(v.id, { toAgencyId: receiver.agency.id, ...extra }));
    const dueToday = await toThem();
    const later = await toThem({ dueOn: new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10) });
    const accepted = await toThem();
    await ok(t, worker.cookie, 'POST', `/api/protection/referrals/${accepted.id}/transitions`, { to: 'accepted', version: 1 });
    expect(await counts(worker.cookie)).toEqual({ pending: 2, overdue: 0 });
    // The sender's own referrals are not waiting for the sender.
    const before = await counts(officer.cookie);
    expect(before.pending).toBe(0);

    t.clock.advance(24 * 60 * 60 * 1000);
    const cookie = await signIn(t, worker);
    expect(await counts(cookie)).toEqual({ pending: 2, overdue: 1 });
    await ok(t, cookie, 'POST', `/api/protection/referrals/${dueToday.id}/transitions`, { to: 'declined', reason: 'Penuh', version: 1 });
    expect(await counts(cookie)).toEqual({ pending: 1, overdue: 0 });
    expect(later.status).toBe('pending');
    const audited = await q(`SELECT 1 FROM audit_log WHERE actor_user_id = $1 AND action = 'protection.referral.list'`, [worker.id]);
    expect(audited).toEqual([]);
    officer = { ...officer, cookie: await signIn(t, officer) };
    shelterWorker = { ...shelterWorker, cookie: await signIn(t, shelterWorker) };
    coordinator = { ...coordinator, cookie: await signIn(t, coordinator) };
    otherWorker = { ...otherWorker, cookie: await signIn(t, otherWorker) };
  });
});

describe('assessment, plan, return path, follow-up and closure', () => {
  it('records the whole path of a referred victim', async () => {
    const victim = await newVictim();
    const r = await refer(victim.id);
    await ok(t, shelterWorker.cookie, 'POST', `/api/protection/referrals/${r.id}/transitions`, { to: 'accepted', version: 1 });
    const url = `/api/protection/victims/${victim.id}`;
    await ok(t, shelterWorker.cookie, 'POST', `${url}/assessments`, {
      assessedOn: today(),
      individualRisks: ['no_documents', 'debt'],
      householdRisks: ['poverty'],
      communityRisks: ['recruiter_active'],
    });
    const item = await ok(t, shelterWorker.cookie, 'POST', `${url}/plan-items`, { type: 'social_care', objective: 'Rumah aman 14 hari', plannedEndOn: today() });
    const done = await ok(t, shelterWorker.cookie, 'PATCH', `/api/protection/plan-items/${item.id}`, { status: 'done', actualEndOn: today(), version: 1 });
    expect(done).toMatchObject({ status: 'done', version: 2 });
    const stale = await call(t, shelterWorker.cookie, 'PATCH', `/api/protection/plan-items/${item.id}`, { status: 'cancelled', version: 1 });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    for (const step of ['shelter', 'arrival', 'tppo_screening'])
      await ok(t, shelterWorker.cookie, 'POST', `${url}/return-steps`, { step, occurredOn: today(), agencyId: shelter.id });
    await ok(t, shelterWorker.cookie, 'POST', `${url}/return-steps`, { step: 'arrival', occurredOn: today(), agencyId: bp3mi.id, notes: 'Koreksi' });
    await ok(t, shelterWorker.cookie, 'POST', `${url}/follow-ups`, { visitedOn: today(), notes: 'Korban sehat, mulai bekerja' });
    await ok(t, shelterWorker.cookie, 'POST', `${url}/closure`, { reason: 'reintegrated', closedOn: today() });
    const again = await call(t, shelterWorker.cookie, 'POST', `${url}/closure`, { reason: 'lost_contact', closedOn: today() });
    expect(again.json().error.code).toBe('CONFLICT');
    const record = await ok(t, shelterWorker.cookie, 'GET', url);
    expect(record.returnPath.map((s: { step: string }) => s.step)).toEqual(['arrival', 'tppo_screening', 'shelter']);
    expect(record.returnPath[0]).toMatchObject({ agencyId: bp3mi.id, notes: 'Koreksi' });
    expect(record.assessments[0].individualRisks).toEqual(['no_documents', 'debt']);
    expect(record.planItems).toEqual([expect.objectContaining({ status: 'done' })]);
    expect(record.followUps).toHaveLength(1);
    expect(record.closure).toMatchObject({ reason: 'reintegrated', agencyId: shelter.id });
  });

  it('keeps a directory of providers, filtered by service', async () => {
    const p = await ok(t, coordinator.cookie, 'POST', '/api/protection/providers', {
      agencyId: shelter.id,
      name: 'RPTC Batam — rumah aman',
      services: ['social_care', 'psychosocial'],
      capacity: 40,
      regionCodes: ['21.71'],
      contactHours: '24 jam',
    });
    const shelters = (await ok(t, shelterWorker.cookie, 'GET', '/api/protection/providers?service=psychosocial')).items;
    expect(shelters.map((x: { id: string }) => x.id)).toContain(p.id);
    const legal = (await ok(t, shelterWorker.cookie, 'GET', '/api/protection/providers?service=legal')).items;
    expect(legal.map((x: { id: string }) => x.id)).not.toContain(p.id);
  });

  it('corrects and deactivates a provider, version-checked and audited; deactivated ones leave the pickers', async () => {
    const p = await ok(t, coordinator.cookie, 'POST', '/api/protection/providers', {
      name: 'LBH Batam',
      services: ['legal'],
      contactHours: '08.00–16.00',
    });
    expect(p.version).toBe(1);
    const corrected = await ok(t, coordinator.cookie, 'PATCH', `/api/protection/providers/${p.id}`, {
      capacity: 12,
      contactHours: '08.00–17.00',
      version: 1,
    });
    expect(corrected).toMatchObject({
      capacity: 12,
      contactHours: '08.00–17.00',
      name: 'LBH Batam',
      isActive: true,
      version: 2,
    });
    const stale = await call(t, coordinator.cookie, 'PATCH', `/api/protection/providers/${p.id}`, {
      isActive: false,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const refused = await call(t, shelterWorker.cookie, 'PATCH', `/api/protection/providers/${p.id}`, {
      isActive: false,
      version: 2,
    });
    expect(refused.statusCode).toBe(403);
    await ok(t, coordinator.cookie, 'PATCH', `/api/protection/providers/${p.id}`, {
      isActive: false,
      version: 2,
    });

    const ids = (items: { id: string }[]) => items.map((x) => x.id);
    expect(
      ids((await ok(t, shelterWorker.cookie, 'GET', '/api/protection/providers?service=legal')).items),
    ).not.toContain(p.id);
    const all = (await ok(t, coordinator.cookie, 'GET', '/api/protection/providers?includeInactive=true'))
      .items;
    expect(all.find((x: { id: string }) => x.id === p.id)).toMatchObject({ isActive: false, version: 3 });

    await ok(t, coordinator.cookie, 'PATCH', `/api/protection/providers/${p.id}`, {
      isActive: true,
      version: 3,
    });
    const audit = await q<{ action: string; before: { capacity: number | null } | null }>(
      `SELECT action, before FROM audit_log WHERE object_id = $1 ORDER BY seq`,
      [p.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'protection.provider.create',
      'protection.provider.update',
      'protection.provider.deactivate',
      'protection.provider.reactivate',
    ]);
    expect(audit[1]!.before?.capacity).toBeNull();
  });

  it('refuses a deactivated provider for new referrals and plan items, and keeps it where it was already chosen', async () => {
    const p = await ok(t, coordinator.cookie, 'POST', '/api/protection/providers', {
      agencyId: shelter.id,
      name: 'Rumah Singgah Tanjungpinang',
      services: ['social_care'],
    });
    const victim = await newVictim();
    const r = await refer(victim.id, { providerId: p.id });
    await ok(t, shelterWorker.cookie, 'POST', `/api/protection/referrals/${r.id}/transitions`, {
      to: 'accepted',
      version: 1,
    });
    const url = `/api/protection/victims/${victim.id}`;
    const item = await ok(t, shelterWorker.cookie, 'POST', `${url}/plan-items`, {
      type: 'social_care',
      objective: 'Rumah aman 7 hari',
      providerId: p.id,
    });
    await ok(t, coordinator.cookie, 'PATCH', `/api/protection/providers/${p.id}`, {
      isActive: false,
      version: 1,
    });

    const refused = [
      await call(
        t,
        officer.cookie,
        'POST',
        '/api/protection/referrals',
        referral(victim.id, { providerId: p.id }),
      ),
      await call(t, shelterWorker.cookie, 'POST', `${url}/plan-items`, {
        type: 'social_care',
        objective: 'Rumah aman lagi',
        providerId: p.id,
      }),
    ];
    for (const res of refused) {
      expect(res.statusCode).toBe(400);
      expect(res.json().error.issues[0]).toMatchObject({
        path: 'body.providerId',
        code: 'provider_inactive',
      });
    }
    const kept = await ok(t, shelterWorker.cookie, 'PATCH', `/api/protection/plan-items/${item.id}`, {
      objective: 'Rumah aman 10 hari',
      providerId: p.id,
      version: 1,
    });
    expect(kept).toMatchObject({ objective: 'Rumah aman 10 hari', providerId: p.id });
    const record = await ok(t, shelterWorker.cookie, 'GET', url);
    expect(record.referrals.find((x: { id: string }) => x.id === r.id)).toMatchObject({
      providerId: p.id,
      status: 'accepted',
    });
  });
});
