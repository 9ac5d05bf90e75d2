import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { agencyStaff, call, casePayload, ok, suspectPayload } from '../../../test/case-fixtures';

let t: TestApp;
let owner: { id: string; cookie: string; agencyId: string };
let partner: {
  agency: { id: string; name: string };
  officer: { cookie: string };
  liaison: { cookie: string };
};
let coordinator: { cookie: string };

beforeAll(async () => {
  t = await buildTestApp();
  owner = (await agencyStaff(t, [['officer']])).users[0]!;
  const b = await agencyStaff(t, [['officer'], ['liaison']]);
  partner = { agency: b.agency, officer: b.users[0]!, liaison: b.users[1]! };
  coordinator = (await agencyStaff(t, [['coordinator']])).users[0]!;
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) =>
  t.deps.database.query<T>(text, params).then((r) => r.rows);
const newCase = () => ok(t, owner.cookie, 'POST', '/api/cases', casePayload());
const share = (caseId: string, body: Record<string, unknown>) =>
  call(t, owner.cookie, 'POST', `/api/cases/${caseId}/shares`, {
    agencyId: partner.agency.id,
    access: 'read',
    reason: 'Koordinasi penanganan',
    ...body,
  });

describe('sharing', () => {
  it('gives read access: the partner sees the case but cannot change it', async () => {
    const kase = await newCase();
    const given = await share(kase.id, {});
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({
      agency: { id: partner.agency.id, name: partner.agency.name },
      access: 'read',
      reason: 'Koordinasi penanganan',
      revokedAt: null,
    });
    const seen = await ok(t, partner.officer.cookie, 'GET', `/api/cases/${kase.id}`);
    expect(seen).toMatchObject({ access: 'read', canEdit: false, canShare: false, allowedTransitions: [] });
    const edit = await call(t, partner.officer.cookie, 'PATCH', `/api/cases/${kase.id}`, {
      title: 'Diubah mitra',
      version: seen.version,
    });
    expect(edit.statusCode).toBe(403);
    const person = await call(
      t,
      partner.officer.cookie,
      'POST',
      `/api/cases/${kase.id}/people`,
      suspectPayload(),
    );
    expect(person.statusCode).toBe(403);
  });

  it('gives contribute access: the partner edits but does not share further', async () => {
    const kase = await newCase();
    await share(kase.id, { access: 'contribute' });
    const seen = await ok(t, partner.officer.cookie, 'GET', `/api/cases/${kase.id}`);
    expect(seen).toMatchObject({ access: 'contribute', canEdit: true, canShare: false });
    await ok(t, partner.officer.cookie, 'POST', `/api/cases/${kase.id}/people`, suspectPayload());
    await ok(t, partner.officer.cookie, 'POST', `/api/cases/${kase.id}/transitions`, {
      to: 'verified',
      reason: 'Diverifikasi mitra',
      version: seen.version + 1,
    });
    const onward = await call(t, partner.officer.cookie, 'POST', `/api/cases/${kase.id}/shares`, {
      agencyId: owner.agencyId,
      access: 'read',
      reason: 'Teruskan',
    });
    expect(onward.statusCode).toBe(403);
    const [latest] = (await ok(t, owner.cookie, 'GET', `/api/cases/${kase.id}/history`)).items;
    expect(latest).toMatchObject({ entityType: 'status', agencyName: partner.agency.name });
  });

  it('keeps one share per agency: a new one replaces the old', async () => {
    const kase = await newCase();
    const first = (await share(kase.id, { access: 'read' })).json();
    const second = (await share(kase.id, { access: 'contribute', reason: 'Naik ke kontribusi' })).json();
    const detail = await ok(t, owner.cookie, 'GET', `/api/cases/${kase.id}`);
    expect(detail.shares.map((s: any) => [s.id, s.access, s.revokedAt === null])).toEqual([
      [first.id, 'read', false],
      [second.id, 'contribute', true],
    ]);
    expect((await ok(t, partner.officer.cookie, 'GET', `/api/cases/${kase.id}`)).access).toBe('contribute');
  });

  it('refuses sharing with the owning agency, an unknown agency, or an expiry in the past', async () => {
    const kase = await newCase();
    const cases = [
      [{ agencyId: owner.agencyId }, 'body.agencyId'],
      [{ agencyId: crypto.randomUUID() }, 'body.agencyId'],
      [{ expiresAt: new Date(t.clock.now().getTime() - 1000).toISOString() }, 'body.expiresAt'],
      [{ reason: '' }, 'body.reason'],
      [{ access: 'own' }, 'body.access'],
    ] as const;
    for (const [body, path] of cases) {
      const r = await share(kase.id, body);
      expect(r.json().error, path).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path }] });
    }
    expect((await ok(t, owner.cookie, 'GET', `/api/cases/${kase.id}`)).shares).toEqual([]);
  });

  it('revokes with a reason, audited; a second revoke conflicts; only the owner revokes', async () => {
    const kase = await newCase();
    const given = (await share(kase.id, { access: 'contribute' })).json();
    const byPartner = await call(
      t,
      partner.officer.cookie,
      'POST',
      `/api/cases/${kase.id}/shares/${given.id}/revoke`,
      { reason: 'Kami mundur' },
    );
    expect(byPartner.statusCode).toBe(403);
    const revoked = await ok(t, owner.cookie, 'POST', `/api/cases/${kase.id}/shares/${given.id}/revoke`, {
      reason: 'Penanganan selesai',
    });
    expect(revoked.revokedAt).toBe(t.clock.now().toISOString());
    const again = await call(t, owner.cookie, 'POST', `/api/cases/${kase.id}/shares/${given.id}/revoke`, {
      reason: 'Sekali lagi',
    });
    expect(again.json().error.code).toBe('CONFLICT');
    const audit = await q<{ action: string; reason: string }>(
      `SELECT action, reason FROM audit_log WHERE object_id = $1 AND action LIKE 'case.share.%' ORDER BY seq`,
      [kase.id],
    );
    expect(audit).toEqual([
      { action: 'case.share.create', reason: 'Koordinasi penanganan' },
      { action: 'case.share.revoke', reason: 'Penanganan selesai' },
    ]);
    const other = await newCase();
    const crossed = await call(t, owner.cookie, 'POST', `/api/cases/${other.id}/shares/${given.id}/revoke`, {
      reason: 'Salah kasus',
    });
    expect(crossed.statusCode).toBe(404);
  });

  it('lets a coordinator share only cases of their own agency', async () => {
    const kase = await newCase();
    const r = await call(t, coordinator.cookie, 'POST', `/api/cases/${kase.id}/shares`, {
      agencyId: partner.agency.id,
      access: 'read',
      reason: 'Dari BPPD',
    });
    expect(r.statusCode).toBe(403);
  });
});

describe('comments', () => {
  it('are posted as plain text, kept verbatim, and read by everyone who sees the case', async () => {
    const kase = await newCase();
    await share(kase.id, { access: 'read' });
    const body = '<script>alert("x")</script> Korban dipindahkan ke shelter & aman';
    const posted = await call(t, owner.cookie, 'POST', `/api/cases/${kase.id}/comments`, { body });
    expect(posted.statusCode).toBe(201);
    expect(posted.headers['content-type']).toMatch(/^application\/json/);
    await ok(t, partner.liaison.cookie, 'POST', `/api/cases/${kase.id}/comments`, {
      body: 'Diterima oleh mitra Johor',
    });
    for (const cookie of [owner.cookie, partner.officer.cookie, coordinator.cookie]) {
      const { items } = await ok(t, cookie, 'GET', `/api/cases/${kase.id}/comments`);
      expect(items.map((c: any) => c.body)).toEqual([body, 'Diterima oleh mitra Johor']);
      expect(items[1].author.agencyName).toBe(partner.agency.name);
    }
    const [latest] = (await ok(t, owner.cookie, 'GET', `/api/cases/${kase.id}/history`)).items;
    expect(latest).toMatchObject({
      entityType: 'comment',
      action: 'add',
      changes: [{ field: 'body', after: 'Diterima oleh mitra Johor' }],
    });
  });

  it('refuses an empty comment and one from an agency without access', async () => {
    const kase = await newCase();
    const empty = await call(t, owner.cookie, 'POST', `/api/cases/${kase.id}/comments`, { body: '   ' });
    expect(empty.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'body.body' }] });
    const stranger = await call(t, partner.liaison.cookie, 'POST', `/api/cases/${kase.id}/comments`, {
      body: 'Halo',
    });
    expect(stranger.statusCode).toBe(404);
    expect((await ok(t, owner.cookie, 'GET', `/api/cases/${kase.id}/comments`)).items).toEqual([]);
  });
});
