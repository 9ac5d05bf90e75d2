import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { bootstrap } from './system.bootstrap';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ mode: 'demo' });
});
afterAll(() => t.close());

describe('demo start', () => {
  it('creates one account per role once, with distinct random passwords', async () => {
    // `admin create` runs first on a fresh folder and must leave the demo accounts to `serve`.
    expect((await bootstrap(t.deps, { demoAccounts: false })).demoAccounts).toEqual([]);
    const first = await bootstrap(t.deps);
    expect(first.demoAccounts.map((a) => a.roles[0]).sort()).toEqual(['admin', 'analyst', 'caseworker', 'coordinator', 'liaison', 'officer']);
    expect(new Set(first.demoAccounts.map((a) => a.password)).size).toBe(6);
    const second = await bootstrap(t.deps);
    expect(second.demoAccounts).toEqual([]);
    const login = await t.app.inject(
      apiRequest({ method: 'POST', url: '/api/auth/login', payload: { email: first.demoAccounts[0]!.email, password: first.demoAccounts[0]!.password } }),
    );
    expect(login.json()).toEqual({ next: 'mfa-enrol' });
  });

  it('says it is a demo', async () => {
    const info = (await t.app.inject({ method: 'GET', url: '/api/system/info' })).json();
    expect(info).toMatchObject({ name: 'Benteng', mode: 'demo' });
  });

  it('reports health and readiness', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready', database: true, migrations: true });
  });
});
