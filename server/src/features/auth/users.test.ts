import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signIn, signedInUser } from '../../../test/factories';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
let agencyId: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signedInUser(t, ['admin']);
  agencyId = (await makeAgency(t.deps, { code: 'POLDA-TEST', name: 'Polda Test' })).id;
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, cookie = admin.cookie) =>
  t.app.inject(apiRequest({ method, url, cookie, ...(payload ? { payload } : {}) }));

async function createOfficer(email: string) {
  const r = await call('POST', '/api/users', { email, displayName: 'Petugas Uji', agencyId, roles: ['officer'] });
  expect(r.statusCode).toBe(201);
  return r.json<{ user: { id: string; version: number }; temporaryPassword: string }>();
}

describe('user administration', () => {
  it('creates a user with a one-time password that must be changed, and audits it without secrets', async () => {
    const { user, temporaryPassword } = await createOfficer('Petugas.Satu@Example.org');
    expect(user).toMatchObject({ email: 'petugas.satu@example.org', agencyName: 'Polda Test', mustChangePassword: true, hasMfa: false });
    expect(temporaryPassword).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);

    const log = await call('GET', `/api/audit?action=user.create&objectId=${user.id}`);
    const entry = log.json().items[0];
    expect(entry.actorUserId).toBe(admin.id);
    expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
    expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash|totp/i);
  });

  it('refuses a duplicate e-mail (any case) with CONFLICT', async () => {
    await createOfficer('dupe@example.org');
    const r = await call('POST', '/api/users', { email: 'DUPE@example.org', displayName: 'X', agencyId, roles: ['officer'] });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.issues[0].path).toBe('body.email');
  });

  it('refuses an unknown agency', async () => {
    const r = await call('POST', '/api/users', { email: 'ghost@example.org', displayName: 'X', agencyId: crypto.randomUUID(), roles: ['officer'] });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].path).toBe('body.agencyId');
  });

  it('disabling a user ends their sessions at once', async () => {
    const { user, temporaryPassword } = await createOfficer('soon-disabled@example.org');
    const cookie = await signIn(t, { email: 'soon-disabled@example.org', password: temporaryPassword });
    expect((await call('GET', '/api/me', undefined, cookie)).statusCode).toBe(200);

    const r = await call('PATCH', `/api/users/${user.id}`, { isDisabled: true, version: user.version });
    expect(r.json().isDisabled).toBe(true);
    expect((await call('GET', '/api/me', undefined, cookie)).statusCode).toBe(401);
    const again = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/login', payload: { email: 'soon-disabled@example.org', password: temporaryPassword } }),
    );
    expect(again.json().error.code).toBe('INVALID_CREDENTIALS');
    const log = await call('GET', `/api/audit?action=user.disable&objectId=${user.id}`);
    expect(log.json().items[0].details).toEqual({ sessionsEnded: 1 });
  });

  it('detects a concurrent edit instead of overwriting it', async () => {
    const { user } = await createOfficer('edited-twice@example.org');
    const first = await call('PATCH', `/api/users/${user.id}`, { displayName: 'First edit', version: user.version });
    expect(first.statusCode).toBe(200);
    const second = await call('PATCH', `/api/users/${user.id}`, { displayName: 'Second edit', version: user.version });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('VERSION_CONFLICT');
    expect((await call('GET', `/api/users/${user.id}`)).json().displayName).toBe('First edit');
  });

  it('keeps at least one active administrator', async () => {
    const me = (await call('GET', `/api/users/${admin.id}`)).json();
    const r = await call('PATCH', `/api/users/${admin.id}`, { roles: ['analyst'], version: me.version });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('CONFLICT');
  });

  it('lists sessions and ends them all on request', async () => {
    const { user, temporaryPassword } = await createOfficer('two-phones@example.org');
    const a = await signIn(t, { email: 'two-phones@example.org', password: temporaryPassword });
    await signIn(t, { email: 'two-phones@example.org', password: temporaryPassword });
    expect((await call('GET', `/api/users/${user.id}/sessions`)).json().items).toHaveLength(2);
    expect((await call('POST', `/api/users/${user.id}/sessions/revoke`)).json()).toEqual({ revoked: 2 });
    expect((await call('GET', '/api/me', undefined, a)).statusCode).toBe(401);
  });

  it('resets a password: the old one stops working, the user must choose a new one', async () => {
    const { user, temporaryPassword } = await createOfficer('forgot@example.org');
    const reset = (await call('POST', `/api/users/${user.id}/reset-password`)).json();
    expect(reset.temporaryPassword).not.toBe(temporaryPassword);
    const old = await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/login', payload: { email: 'forgot@example.org', password: temporaryPassword } }));
    expect(old.statusCode).toBe(401);
    const fresh = await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/login', payload: { email: 'forgot@example.org', password: reset.temporaryPassword } }));
    expect(fresh.statusCode).toBe(200);
  });

  it('resets MFA so the user enrols again', async () => {
    const { user, temporaryPassword } = await createOfficer('lost-phone@example.org');
    await signIn(t, { email: 'lost-phone@example.org', password: temporaryPassword });
    expect((await call('GET', `/api/users/${user.id}`)).json().hasMfa).toBe(true);
    expect((await call('POST', `/api/users/${user.id}/reset-mfa`)).json().hasMfa).toBe(false);
    const r = await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/login', payload: { email: 'lost-phone@example.org', password: temporaryPassword } }));
    expect(r.json().next).toBe('mfa-enrol');
  });

  it('filters the list by role, agency and status', async () => {
    const all = (await call('GET', `/api/users?agencyId=${agencyId}`)).json().items;
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((u: { agencyId: string }) => u.agencyId === agencyId)).toBe(true);
    const disabled = (await call('GET', '/api/users?status=disabled')).json().items;
    expect(disabled.map((u: { email: string }) => u.email)).toContain('soon-disabled@example.org');
    const admins = (await call('GET', '/api/users?role=admin')).json().items;
    expect(admins.map((u: { id: string }) => u.id)).toEqual([admin.id]);
  });
});
