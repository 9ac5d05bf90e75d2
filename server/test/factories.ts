import type { Role } from '#contracts/access';
import type { CreateAgencyRequest } from '#contracts/agencies';
import { systemContext } from '../src/platform/context';
import type { Deps } from '../src/platform/deps';
import { createUser, findUserByEmail } from '../src/features/auth';
import { insertAgency, type AgencyRow } from '../src/features/agencies';
import { currentTotp } from '../src/features/auth/totp';
import { decryptText } from '../src/platform/crypto/secrets';
import type { TestApp } from './harness';
import { apiRequest, sessionCookieFrom } from './harness';

let sequence = 0;
const next = () => ++sequence;

export async function makeAgency(deps: Deps, overrides: Partial<CreateAgencyRequest> = {}): Promise<AgencyRow> {
  const n = next();
  return insertAgency(deps.db, {
    code: `AG-${n}`,
    name: `Test Agency ${n}`,
    shortName: `Agency ${n}`,
    type: 'law_enforcement',
    country: 'ID',
    ...overrides,
  });
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  agencyId: string;
  roles: Role[];
}

/** A user with a known password (no forced change), optionally in a given agency. */
export async function makeUser(
  deps: Deps,
  options: { roles?: Role[]; agencyId?: string; email?: string; password?: string; mustChangePassword?: boolean } = {},
): Promise<TestUser> {
  const agencyId = options.agencyId ?? (await makeAgency(deps)).id;
  const n = next();
  const email = options.email ?? `user${n}@example.org`;
  const password = options.password ?? `correct horse battery staple ${n}`;
  const roles = options.roles ?? ['officer'];
  const { user } = await createUser(
    deps,
    systemContext(deps.clock.now(), 'test'),
    { email, displayName: `Test User ${n}`, agencyId, roles, locale: 'id', timeZone: 'Asia/Jakarta' },
    { password, mustChangePassword: options.mustChangePassword ?? false },
  );
  return { id: user.id, email, password, agencyId, roles };
}

/** The TOTP secret a user enrolled (read back from the database, for computing codes). */
export async function totpSecretOf(deps: Deps, email: string): Promise<string> {
  const user = await findUserByEmail(deps.db, email);
  return decryptText(deps.keys.encryptionKey, user!.totpSecret!, `totp:${user!.id}`);
}

/**
 * Signs a user in all the way (password, then authenticator enrolment or code) and returns the
 * session cookie. Moves the fake clock 30 s so each sign-in uses a fresh TOTP step.
 */
export async function signIn(t: TestApp, user: { email: string; password: string }): Promise<string> {
  const login = await t.app.inject(apiRequest({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } }));
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const partial = sessionCookieFrom(login);
  const { next: step } = login.json<{ next: string }>();
  t.clock.advance(30_000);
  if (step === 'mfa-enrol') {
    const enrolment = await t.app.inject(apiRequest({ method: 'GET', url: '/api/auth/mfa/enrolment', cookie: partial }));
    const { secret } = enrolment.json<{ secret: string }>();
    const done = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/mfa/enrol', cookie: partial, payload: { code: currentTotp(secret, t.clock.now()) } }),
    );
    if (done.statusCode !== 200) throw new Error(`enrolment failed: ${done.body}`);
    return sessionCookieFrom(done);
  }
  const secret = await totpSecretOf(t.deps, user.email);
  const done = await t.app.inject(
    apiRequest({ method: 'POST', url: '/api/auth/mfa', cookie: partial, payload: { code: currentTotp(secret, t.clock.now()) } }),
  );
  if (done.statusCode !== 200) throw new Error(`second factor failed: ${done.body}`);
  return sessionCookieFrom(done);
}

/** A signed-in user of the given roles: their record and session cookie. */
export async function signedInUser(t: TestApp, roles: Role[], options: { agencyId?: string } = {}) {
  const user = await makeUser(t.deps, { roles, agencyId: options.agencyId });
  const cookie = await signIn(t, user);
  return { ...user, cookie };
}
