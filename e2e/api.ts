import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { totpNow } from './sign-in';

/** The header every state-changing API call must carry (the server's CSRF defence). */
const csrf = { 'x-benteng-request': '1' };

/** Calls the API with a browser context's cookies; throws with the answer when it is not a success. */
export async function callApi<T = any>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const response = await request.fetch(url, {
    method,
    headers: csrf,
    ...(body === undefined ? {} : { data: body }),
  });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${url} answered ${response.status()}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/**
 * Signs a context in through the API (password, authenticator enrolment, and the forced change
 * of a one-time password): the browser tests of other features start signed in without paying
 * for the sign-in pages, which have their own tests.
 */
export async function signInByApi(
  context: BrowserContext,
  account: { email: string; password: string; newPassword?: string },
): Promise<{ secret: string }> {
  const { request } = context;
  const login = await callApi(request, 'POST', '/api/auth/login', {
    email: account.email,
    password: account.password,
  });
  if (login.next !== 'mfa-enrol') throw new Error(`Expected a first sign-in, got ${login.next}`);
  const { secret } = await callApi(request, 'GET', '/api/auth/mfa/enrolment');
  await callApi(request, 'POST', '/api/auth/mfa/enrol', { code: totpNow(secret) });
  if (account.newPassword) {
    await callApi(request, 'POST', '/api/auth/password', {
      currentPassword: account.password,
      newPassword: account.newPassword,
    });
  }
  return { secret };
}

/** Creates an account as the (signed-in) administrator; answers its one-time password. */
export async function createAccount(
  admin: BrowserContext,
  account: { email: string; displayName: string; agencyCode: string; roles: string[] },
): Promise<string> {
  const agencies = await callApi(admin.request, 'GET', '/api/agencies');
  const agency = agencies.items.find((a: { code: string }) => a.code === account.agencyCode);
  if (!agency) throw new Error(`No agency ${account.agencyCode}`);
  const created = await callApi(admin.request, 'POST', '/api/users', {
    email: account.email,
    displayName: account.displayName,
    agencyId: agency.id,
    roles: account.roles,
  });
  return created.temporaryPassword as string;
}

/** An account created by the administrator and signed in through the API, with its own password. */
export async function signedInAccount(
  newContext: () => Promise<BrowserContext>,
  admin: BrowserContext,
  account: { email: string; displayName: string; agencyCode: string; roles: string[]; password: string },
): Promise<BrowserContext> {
  const oneTime = await createAccount(admin, account);
  const context = await newContext();
  await signInByApi(context, { email: account.email, password: oneTime, newPassword: account.password });
  return context;
}
