import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { agencyStaff, call, caseWithParts, ok, victimPayload } from '../../../test/case-fixtures';

/**
 * Identity protection: victims, witnesses and reporters are never identified in the case page or
 * its history; their identity is revealed one person at a time, with a reason, to roles that hold
 * the identity right on a case they own or that is shared with them, and every reveal is audited.
 */
let t: TestApp;
let owner: { id: string; cookie: string };
let caseworker: { cookie: string };
let coordinator: { cookie: string };
let sharedOfficer: { id: string; cookie: string; agencyId: string };
let sharedLiaison: { cookie: string };
let kase: any;
let victim: any;
let suspect: any;

const secrets = [
  'Siti Aminah',
  'Abdullah',
  '2171105708990001',
  'C1234567',
  '+62 812 0000 1111',
  'Jl. Contoh',
  '1999-08-17',
];

beforeAll(async () => {
  t = await buildTestApp();
  const a = await agencyStaff(t, [['officer'], ['caseworker']]);
  owner = a.users[0]!;
  caseworker = a.users[1]!;
  coordinator = (await agencyStaff(t, [['coordinator']])).users[0]!;
  const b = await agencyStaff(t, [['officer'], ['liaison']]);
  sharedOfficer = b.users[0]!;
  sharedLiaison = b.users[1]!;
  ({ kase, victim, suspect } = await caseWithParts(t, owner.cookie));
  await ok(t, owner.cookie, 'POST', `/api/cases/${kase.id}/shares`, {
    agencyId: b.agency.id,
    access: 'read',
    reason: 'Koordinasi penanganan',
  });
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) =>
  t.deps.database.query<T>(text, params).then((r) => r.rows);
const reveal = (
  cookie: string,
  casePersonId: string,
  reason = 'Verifikasi identitas untuk pemulangan korban',
) => call(t, cookie, 'POST', `/api/cases/${kase.id}/people/${casePersonId}/identity`, { reason });
const identityViews = () =>
  q<{ actor_user_id: string; reason: string; outcome: string; object_id: string }>(
    `SELECT actor_user_id, reason, outcome, object_id FROM audit_log WHERE action = 'case.identity.view' ORDER BY seq`,
  );

describe('the case page and history of every reader', () => {
  it.each(['owner', 'caseworker', 'coordinator', 'sharedOfficer', 'sharedLiaison'])(
    'show %s no identity of a protected person',
    async (who) => {
      const cookie = { owner, caseworker, coordinator, sharedOfficer, sharedLiaison }[who]!.cookie;
      const page = await call(t, cookie, 'GET', `/api/cases/${kase.id}`);
      expect(page.statusCode).toBe(200);
      const shown = page.json().people.find((p: any) => p.id === victim.id);
      expect(shown).toMatchObject({
        identityProtected: true,
        identity: null,
        birthYear: 1999,
        pseudonym: victim.pseudonym,
        sex: 'female',
      });
      const history = await call(t, cookie, 'GET', `/api/cases/${kase.id}/history`);
      for (const secret of secrets) {
        expect(page.body, secret).not.toContain(secret);
        expect(history.body, secret).not.toContain(secret);
      }
      const added = history.json().items.find((h: any) => h.entityId === victim.id);
      expect(added.changes).toContainEqual({ field: 'nik', before: null, after: null, masked: true });
    },
  );

  it('shows a suspect’s identity to everyone who sees the case', async () => {
    for (const cookie of [owner.cookie, coordinator.cookie, sharedLiaison.cookie]) {
      const page = await ok(t, cookie, 'GET', `/api/cases/${kase.id}`);
      expect(page.people.find((p: any) => p.id === suspect.id)).toMatchObject({
        identityProtected: false,
        identity: { fullName: 'Tekong Rahmat' },
      });
    }
  });

  it('keeps identity values out of the audit log too', async () => {
    const [row] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE concat_ws(' ', before::text, after::text, details::text) ILIKE ANY($1)`,
      [secrets.map((s) => `%${s}%`)],
    );
    expect(row!.n).toBe(0);
  });
});

describe('revealing an identity', () => {
  it('gives the owning agency’s officer the identity, once per stated reason, each reveal audited', async () => {
    const before = (await identityViews()).length;
    const first = await reveal(owner.cookie, victim.id, 'Verifikasi identitas untuk pemulangan korban');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      fullName: 'Siti Aminah binti Abdullah',
      aliases: ['Ami'],
      birthDate: '1999-08-17',
      nik: '2171105708990001',
      passportNumber: 'C1234567',
      passportCountry: 'ID',
      phone: '+62 812 0000 1111',
      address: 'Jl. Contoh 1, Lombok Timur',
    });
    await reveal(owner.cookie, victim.id, 'Permintaan LPSK untuk perlindungan saksi');
    const views = (await identityViews()).slice(before);
    expect(views).toEqual([
      {
        actor_user_id: owner.id,
        reason: 'Verifikasi identitas untuk pemulangan korban',
        outcome: 'success',
        object_id: victim.id,
      },
      {
        actor_user_id: owner.id,
        reason: 'Permintaan LPSK untuk perlindungan saksi',
        outcome: 'success',
        object_id: victim.id,
      },
    ]);
  });

  it('gives it to a caseworker of the owning agency and to an officer of an agency the case is shared with', async () => {
    expect((await reveal(caseworker.cookie, victim.id)).statusCode).toBe(200);
    const shared = await reveal(sharedOfficer.cookie, victim.id, 'Pemeriksaan silang dengan data BP3MI');
    expect(shared.statusCode).toBe(200);
    expect((await identityViews()).at(-1)).toMatchObject({
      actor_user_id: sharedOfficer.id,
      reason: 'Pemeriksaan silang dengan data BP3MI',
    });
  });

  it('refuses the coordinator and the liaison (no identity right), and logs the refusal', async () => {
    for (const cookie of [coordinator.cookie, sharedLiaison.cookie]) {
      const r = await reveal(cookie, victim.id);
      expect(r.statusCode).toBe(403);
      expect(r.body).not.toContain('Siti');
    }
    const [denied] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied' AND details->>'route' LIKE '%/identity'`,
    );
    expect(denied!.n).toBe(2);
  });

  it('refuses a reason that is too short, and logs nothing', async () => {
    const before = (await identityViews()).length;
    const r = await reveal(owner.cookie, victim.id, 'cek');
    expect(r.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'body.reason' }] });
    expect((await identityViews()).length).toBe(before);
  });

  it('answers 404 for a person of another case and for an agency that cannot see the case', async () => {
    const other = await agencyStaff(t, [['officer']]);
    const stranger = other.users[0]!;
    expect((await reveal(stranger.cookie, victim.id)).statusCode).toBe(404);
    const { kase: otherCase } = await caseWithParts(t, stranger.cookie);
    const crossed = await call(
      t,
      stranger.cookie,
      'POST',
      `/api/cases/${otherCase.id}/people/${victim.id}/identity`,
      { reason: 'Mencoba id dari kasus lain' },
    );
    expect(crossed.statusCode).toBe(404);
  });

  it('lets a new witness stay protected too', async () => {
    const witness = await ok(t, owner.cookie, 'POST', `/api/cases/${kase.id}/people`, {
      ...victimPayload({ role: 'witness', fullName: 'Saksi Rahasia', victim: null }),
    });
    expect(witness).toMatchObject({
      identityProtected: true,
      identity: null,
      pseudonym: expect.stringMatching(/^witness-1-/),
    });
    const page = await call(t, coordinator.cookie, 'GET', `/api/cases/${kase.id}`);
    expect(page.body).not.toContain('Saksi Rahasia');
  });
});
