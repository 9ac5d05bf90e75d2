import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleDefinitions, type Role } from '#contracts/access';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency } from '../../../test/factories';
import {
  agencyStaff,
  call,
  caseWithParts,
  casePayload,
  multipart,
  ok,
  sampleFiles,
  upload,
  victimPayload,
} from '../../../test/case-fixtures';

/**
 * Object-level authorisation (IDOR/BOLA): every route that takes a case id answers 404 to anyone
 * who may not see that case, exactly as for a case that does not exist, and changes nothing.
 */
let t: TestApp;
let ownerA: { cookie: string; agencyId: string };
let outsiders: { role: Role; cookie: string; agencyId: string }[];
let coordinator: { cookie: string; agencyId: string };
let ids: { caseId: string; casePersonId: string; eventId: string; shareId: string; attachmentId: string };
let version: number;

beforeAll(async () => {
  t = await buildTestApp();
  ownerA = (await agencyStaff(t, [['officer']])).users[0]!;
  const b = await agencyStaff(t, [['officer'], ['caseworker'], ['liaison']]);
  outsiders = b.users.map((u) => ({ ...u, role: u.roles[0]! }));
  coordinator = (await agencyStaff(t, [['coordinator']])).users[0]!;
  const { kase, victim, step } = await caseWithParts(t, ownerA.cookie);
  const partner = await makeAgency(t.deps);
  const share = await ok(t, ownerA.cookie, 'POST', `/api/cases/${kase.id}/shares`, {
    agencyId: partner.id,
    access: 'read',
    reason: 'Mitra penanganan',
  });
  const file = await upload(t, ownerA.cookie, kase.id, {
    name: 'laporan.pdf',
    type: 'application/pdf',
    bytes: sampleFiles.pdf,
  });
  ids = {
    caseId: kase.id,
    casePersonId: victim.id,
    eventId: step.id,
    shareId: share.id,
    attachmentId: file.json().id,
  };
  version = (await ok(t, ownerA.cookie, 'GET', `/api/cases/${kase.id}`)).version;
});
afterAll(() => t.close());

/** Every route on one case, with a body that would be accepted from someone allowed to call it. */
function attempts(): { key: string; url: string; payload?: unknown; multipart?: boolean }[] {
  const c = `/api/cases/${ids.caseId}`;
  const reason = { reason: 'Alasan yang cukup panjang' };
  const step = { type: 'transit', placeKind: 'port', portId: 'ID-BTM-SKP' };
  return [
    { key: 'GET /api/cases/:id', url: c },
    { key: 'PATCH /api/cases/:id', url: c, payload: { title: 'Diubah orang lain', version } },
    {
      key: 'POST /api/cases/:id/transitions',
      url: `${c}/transitions`,
      payload: { to: 'verified', reason: 'Alasan', version },
    },
    { key: 'GET /api/cases/:id/history', url: `${c}/history` },
    { key: 'POST /api/cases/:id/people', url: `${c}/people`, payload: victimPayload() },
    {
      key: 'POST /api/cases/:id/people/suggestions',
      url: `${c}/people/suggestions`,
      payload: { fullName: 'Siti Aminah', sex: 'female' },
    },
    {
      key: 'PATCH /api/cases/:id/people/:casePersonId',
      url: `${c}/people/${ids.casePersonId}`,
      payload: { notes: 'x', version: 1 },
    },
    {
      key: 'POST /api/cases/:id/people/:casePersonId/same-person',
      url: `${c}/people/${ids.casePersonId}/same-person`,
      payload: { personId: ids.casePersonId, reason: 'Alasan yang cukup panjang' },
    },
    {
      key: 'POST /api/cases/:id/people/:casePersonId/identity',
      url: `${c}/people/${ids.casePersonId}/identity`,
      payload: reason,
    },
    { key: 'POST /api/cases/:id/route', url: `${c}/route`, payload: step },
    {
      key: 'PATCH /api/cases/:id/route/:eventId',
      url: `${c}/route/${ids.eventId}`,
      payload: { ...step, version: 1 },
    },
    { key: 'DELETE /api/cases/:id/route/:eventId', url: `${c}/route/${ids.eventId}` },
    { key: 'POST /api/cases/:id/route/order', url: `${c}/route/order`, payload: { ids: [ids.eventId] } },
    {
      key: 'POST /api/cases/:id/shares',
      url: `${c}/shares`,
      payload: { agencyId: ownerA.agencyId, access: 'read', reason: 'Bagi ke diri sendiri' },
    },
    {
      key: 'POST /api/cases/:id/shares/:shareId/revoke',
      url: `${c}/shares/${ids.shareId}/revoke`,
      payload: reason,
    },
    { key: 'GET /api/cases/:id/comments', url: `${c}/comments` },
    { key: 'POST /api/cases/:id/comments', url: `${c}/comments`, payload: { body: 'Saya lihat kasus ini' } },
    { key: 'POST /api/cases/:id/attachments', url: `${c}/attachments`, multipart: true },
    { key: 'GET /api/cases/:id/attachments', url: `${c}/attachments` },
    {
      key: 'GET /api/cases/:id/attachments/:attachmentId/content',
      url: `${c}/attachments/${ids.attachmentId}/content`,
    },
    {
      key: 'POST /api/cases/:id/attachments/:attachmentId/content',
      url: `${c}/attachments/${ids.attachmentId}/content`,
      payload: reason,
    },
  ];
}

async function send(cookie: string, attempt: ReturnType<typeof attempts>[number]) {
  const method = attempt.key.split(' ')[0]!;
  if (attempt.multipart) {
    const body = multipart({ name: 'bukti.pdf', type: 'application/pdf', bytes: sampleFiles.pdf });
    return t.app.inject(
      apiRequest({ method: 'POST', url: attempt.url, cookie, payload: body.payload, headers: body.headers }),
    );
  }
  return call(t, cookie, method, attempt.url, attempt.payload);
}

/** 404 where the role holds the route's permission (the case is what is missing); 403 where it does not. */
function expectedStatus(role: Role, key: string): number {
  const route = t.routes.find((r) => `${r.method} ${r.url}` === key)!;
  const permission = route.access.kind === 'permission' ? route.access.permission : null;
  return permission && !roleDefinitions[role].permissions.includes(permission) ? 403 : 404;
}

async function expectInvisible(user: { role: Role; cookie: string }) {
  for (const attempt of attempts()) {
    const r = await send(user.cookie, attempt);
    expect(r.statusCode, `${user.role} ${attempt.key} → ${r.body}`).toBe(
      expectedStatus(user.role, attempt.key),
    );
    expect(r.json().error.code).toBe(r.statusCode === 404 ? 'NOT_FOUND' : 'FORBIDDEN');
  }
}

async function expectUnchanged() {
  const kase = await ok(t, ownerA.cookie, 'GET', `/api/cases/${ids.caseId}`);
  expect(kase.version).toBe(version);
  expect(kase.route.map((r: any) => r.id)).toEqual([ids.eventId]);
  expect((await ok(t, ownerA.cookie, 'GET', `/api/cases/${ids.caseId}/comments`)).items).toEqual([]);
}

describe('another agency’s case', () => {
  it('lists every case route in this test', () => {
    const caseRoutes = t.routes
      .filter((r) => r.url.startsWith('/api/cases/:id'))
      .map((r) => `${r.method} ${r.url}`);
    expect(
      attempts()
        .map((a) => a.key)
        .sort(),
    ).toEqual([...new Set(caseRoutes)].sort());
  });

  it('is 404 on every route for officers, caseworkers and liaisons of agency B, and nothing changes', async () => {
    for (const user of outsiders) await expectInvisible(user);
    await expectUnchanged();
  });

  it('looks exactly like a case that does not exist', async () => {
    const missing = await call(t, outsiders[0]!.cookie, 'GET', `/api/cases/${crypto.randomUUID()}`);
    const hidden = await call(t, outsiders[0]!.cookie, 'GET', `/api/cases/${ids.caseId}`);
    expect([hidden.statusCode, hidden.json().error.message]).toEqual([
      missing.statusCode,
      missing.json().error.message,
    ]);
  });
});

describe('restricted cases', () => {
  it('are invisible to the coordinator unless shared with their agency', async () => {
    const kase = await ok(t, ownerA.cookie, 'POST', '/api/cases', casePayload({ sensitivity: 'restricted' }));
    expect((await call(t, coordinator.cookie, 'GET', `/api/cases/${kase.id}`)).statusCode).toBe(404);
    const standard = await ok(t, ownerA.cookie, 'POST', '/api/cases', casePayload());
    expect((await ok(t, coordinator.cookie, 'GET', `/api/cases/${standard.id}`)).access).toBe('coordinator');
    await ok(t, ownerA.cookie, 'POST', `/api/cases/${kase.id}/shares`, {
      agencyId: coordinator.agencyId,
      access: 'read',
      reason: 'Koordinasi provinsi',
    });
    expect((await ok(t, coordinator.cookie, 'GET', `/api/cases/${kase.id}`)).access).toBe('read');
  });

  it('give the coordinator on an unshared restricted case nothing on any route', async () => {
    const saved = ids;
    const { kase, victim, step } = await caseWithParts(t, ownerA.cookie);
    await ok(t, ownerA.cookie, 'PATCH', `/api/cases/${kase.id}`, {
      sensitivity: 'restricted',
      version: kase.version,
    });
    ids = { ...saved, caseId: kase.id, casePersonId: victim.id, eventId: step.id };
    version = kase.version + 1;
    try {
      await expectInvisible({ role: 'coordinator', cookie: coordinator.cookie });
    } finally {
      ids = saved;
      version = (await ok(t, ownerA.cookie, 'GET', `/api/cases/${saved.caseId}`)).version;
    }
  });
});

describe('shares that ended', () => {
  it('give nothing once expired', async () => {
    const { agency, users } = await agencyStaff(t, [['officer']]);
    const reader = { role: 'officer' as Role, ...users[0]! };
    const expiresAt = new Date(t.clock.now().getTime() + 10 * 60_000).toISOString();
    await ok(t, ownerA.cookie, 'POST', `/api/cases/${ids.caseId}/shares`, {
      agencyId: agency.id,
      access: 'contribute',
      reason: 'Sementara',
      expiresAt,
    });
    version += 1;
    expect((await ok(t, reader.cookie, 'GET', `/api/cases/${ids.caseId}`)).access).toBe('contribute');
    t.clock.advanceMinutes(11);
    await expectInvisible(reader);
    await expectUnchanged();
  });

  it('give nothing once revoked', async () => {
    const { agency, users } = await agencyStaff(t, [['officer']]);
    const reader = { role: 'officer' as Role, ...users[0]! };
    const share = await ok(t, ownerA.cookie, 'POST', `/api/cases/${ids.caseId}/shares`, {
      agencyId: agency.id,
      access: 'contribute',
      reason: 'Kerja sama',
    });
    expect((await ok(t, reader.cookie, 'GET', `/api/cases/${ids.caseId}`)).access).toBe('contribute');
    await ok(t, ownerA.cookie, 'POST', `/api/cases/${ids.caseId}/shares/${share.id}/revoke`, {
      reason: 'Penanganan selesai',
    });
    version += 2;
    await expectInvisible(reader);
    await expectUnchanged();
  });
});
