import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, sessionCookieFrom, type TestApp } from '../../../test/harness';
import { makeUser, signIn, totpSecretOf } from '../../../test/factories';
import { currentTotp } from './totp';
import { findUserByEmail } from './auth.repository';
import { maxFailuresPerHour } from './auth.service';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string) =>
  t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/login', payload: { email, password } }));
const me = (cookie: string) => t.app.inject(apiRequest({ method: 'GET', url: '/api/me', cookie }));

describe('sign-in with password and authenticator', () => {
  it('walks a new user through enrolment, then asks for a code on the next sign-in', async () => {
    const user = await makeUser(t.deps, { roles: ['officer'] });
    const first = await login(user.email, user.password);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ next: 'mfa-enrol' });
    const partial = sessionCookieFrom(first);

    // A correct password alone opens nothing.
    expect((await me(partial)).statusCode).toBe(401);

    const enrolment = await t.app.inject(apiRequest({ method: 'GET', url: '/api/auth/mfa/enrolment', cookie: partial }));
    const { secret, otpauthUri, qrSvg } = enrolment.json();
    expect(otpauthUri).toContain('otpauth://totp/Benteng');
    expect(qrSvg).toContain('<svg');

    const wrong = await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/mfa/enrol', cookie: partial, payload: { code: '000000' } }));
    expect(wrong.json().error.code).toBe('INVALID_MFA_CODE');

    const done = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/mfa/enrol', cookie: partial, payload: { code: currentTotp(secret, t.clock.now()) } }),
    );
    expect(done.statusCode).toBe(200);
    const { recoveryCodes } = done.json();
    expect(recoveryCodes).toHaveLength(10);
    const active = sessionCookieFrom(done);
    expect(active).not.toBe(partial);
    expect((await me(active)).json().email).toBe(user.email);
    // The partial session's id is dead once the full session exists (new id at sign-in).
    expect((await me(partial)).statusCode).toBe(401);

    const second = await login(user.email, user.password);
    expect(second.json()).toEqual({ next: 'mfa' });

    // The sign-in is in the audit log under the account that signed in.
    const { rows } = await t.deps.database.query<{ actor_user_id: string; actor_agency_id: string }>(
      "SELECT actor_user_id, actor_agency_id FROM audit_log WHERE action = 'auth.login.success' AND object_id = $1",
      [user.id],
    );
    expect(rows).toEqual([{ actor_user_id: user.id, actor_agency_id: user.agencyId }]);
  });

  it('refuses a TOTP code that was already used', async () => {
    const user = await makeUser(t.deps);
    await signIn(t, user);
    const secret = await totpSecretOf(t.deps, user.email);
    t.clock.advance(30_000);
    const code = currentTotp(secret, t.clock.now());

    const a = await login(user.email, user.password);
    const okay = await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/mfa', cookie: sessionCookieFrom(a), payload: { code } }));
    expect(okay.statusCode).toBe(200);

    const b = await login(user.email, user.password);
    const replay = await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/mfa', cookie: sessionCookieFrom(b), payload: { code } }));
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('INVALID_MFA_CODE');
  });

  it('accepts each recovery code once', async () => {
    const user = await makeUser(t.deps);
    const partial = sessionCookieFrom(await login(user.email, user.password));
    const { secret } = (await t.app.inject(apiRequest({ method: 'GET', url: '/api/auth/mfa/enrolment', cookie: partial }))).json();
    const enrolled = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/mfa/enrol', cookie: partial, payload: { code: currentTotp(secret, t.clock.now()) } }),
    );
    const code: string = enrolled.json().recoveryCodes[3];

    const a = sessionCookieFrom(await login(user.email, user.password));
    expect((await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/mfa', cookie: a, payload: { code: code.toLowerCase() } }))).statusCode).toBe(200);
    const b = sessionCookieFrom(await login(user.email, user.password));
    expect((await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/mfa', cookie: b, payload: { code } }))).statusCode).toBe(401);
  });

  it('ends a partial session after five wrong codes', async () => {
    const user = await makeUser(t.deps);
    await signIn(t, user);
    const partial = sessionCookieFrom(await login(user.email, user.password));
    for (let i = 0; i < 5; i++) {
      await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/mfa', cookie: partial, payload: { code: '123456' } }));
    }
    const secret = await totpSecretOf(t.deps, user.email);
    t.clock.advance(30_000);
    const late = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/mfa', cookie: partial, payload: { code: currentTotp(secret, t.clock.now()) } }),
    );
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown account exactly as a wrong password', async () => {
    const user = await makeUser(t.deps);
    const wrong = await login(user.email, 'not the password at all');
    const unknown = await login('nobody-here@example.org', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(wrong.statusCode);
    const strip = (r: typeof wrong) => ({ ...r.json().error, requestId: undefined });
    expect(strip(unknown)).toEqual(strip(wrong));
  });

  it('stops sign-in for an account after 100 failures in an hour, and lets it in after the hour', async () => {
    const user = await makeUser(t.deps);
    for (let i = 0; i < maxFailuresPerHour; i++) {
      await login(user.email, `wrong ${i}`);
    }
    const blocked = await login(user.email, user.password);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    t.clock.advanceMinutes(61);
    expect((await login(user.email, user.password)).statusCode).toBe(200);
  }, 120_000);

  it('stores passwords as Argon2id with at least 19 MiB and two passes', async () => {
    const user = await makeUser(t.deps);
    const row = await findUserByEmail(t.deps.db, user.email);
    const [, algorithm, , params] = row!.passwordHash.split('$');
    expect(algorithm).toBe('argon2id');
    const p = Object.fromEntries(params!.split(',').map((kv) => kv.split('=')));
    expect(Number(p.m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(p.t)).toBeGreaterThanOrEqual(2);
    expect(Number(p.p)).toBeGreaterThanOrEqual(1);
  });
});

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie with a 256-bit token', async () => {
    const user = await makeUser(t.deps);
    const r = await login(user.email, user.password);
    const cookie = r.cookies.find((c) => c.name === 'benteng_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(Buffer.from(cookie.value, 'base64url').length).toBeGreaterThanOrEqual(32);
  });

  it('ends after 30 idle minutes', async () => {
    const user = await makeUser(t.deps);
    const cookie = await signIn(t, user);
    t.clock.advanceMinutes(29);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends after 12 hours however active it is', async () => {
    const user = await makeUser(t.deps);
    const cookie = await signIn(t, user);
    for (let hour = 0; hour < 12 * 4 - 1; hour++) {
      t.clock.advanceMinutes(15);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(20);
    expect((await me(cookie)).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('ends at sign-out and the old cookie no longer works', async () => {
    const user = await makeUser(t.deps);
    const cookie = await signIn(t, user);
    const out = await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/logout', cookie }));
    expect(out.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const user = await makeUser(t.deps);
    const here = await signIn(t, user);
    const elsewhere = await signIn(t, user);
    const newPassword = 'a long passphrase about ferries to Johor';
    const r = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/password', cookie: here, payload: { currentPassword: user.password, newPassword } }),
    );
    expect(r.statusCode).toBe(200);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await login(user.email, user.password)).statusCode).toBe(401);
    expect((await login(user.email, newPassword)).statusCode).toBe(200);
  });

  it.each([
    ['too short', 'short pw', 'too-short'],
    ['on the common list', 'password1234', 'common'],
    ['a local favourite', 'bismillah123', 'common'],
  ])('rejects a password that is %s', async (_label, newPassword, problem) => {
    const user = await makeUser(t.deps);
    const cookie = await signIn(t, user);
    const r = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/password', cookie, payload: { currentPassword: user.password, newPassword } }),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('PASSWORD_REJECTED');
    expect(r.json().error.issues.map((i: { code: string }) => i.code)).toContain(problem);
  });

  it('accepts a 200-character passphrase without truncating it', async () => {
    const user = await makeUser(t.deps);
    const cookie = await signIn(t, user);
    const long = 'ferry to stulang laut at dawn '.repeat(7).slice(0, 200);
    await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/password', cookie, payload: { currentPassword: user.password, newPassword: long } }));
    expect((await login(user.email, long)).statusCode).toBe(200);
    expect((await login(user.email, long.slice(0, 199))).statusCode).toBe(401);
  });

  it('keeps a user with a one-time password to changing it', async () => {
    const user = await makeUser(t.deps, { mustChangePassword: true });
    const cookie = await signIn(t, user);
    expect((await me(cookie)).json().mustChangePassword).toBe(true);
    const blocked = await t.app.inject(apiRequest({ method: 'GET', url: '/api/agencies', cookie }));
    expect(blocked.statusCode).toBe(403);
    await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/password', cookie, payload: { currentPassword: user.password, newPassword: 'my own good passphrase 2026' } }),
    );
    expect((await t.app.inject(apiRequest({ method: 'GET', url: '/api/agencies', cookie }))).statusCode).toBe(200);
  });
});

describe('preferences', () => {
  it('remembers the interface language per user', async () => {
    const user = await makeUser(t.deps);
    const cookie = await signIn(t, user);
    const r = await t.app.inject(apiRequest({ method: 'PATCH', url: '/api/me/preferences', cookie, payload: { locale: 'ms' } }));
    expect(r.json().locale).toBe('ms');
    expect((await me(cookie)).json().locale).toBe('ms');
    const bad = await t.app.inject(apiRequest({ method: 'PATCH', url: '/api/me/preferences', cookie, payload: { locale: 'fr' } }));
    expect(bad.statusCode).toBe(400);
  });
});
