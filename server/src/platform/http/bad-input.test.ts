import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '#contracts/errors';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { signedInUser } from '../../../test/factories';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await buildTestApp();
  cookie = (await signedInUser(t, ['admin'])).cookie;
});
afterAll(() => t.close());

async function countRows() {
  const { rows } = await t.deps.database.query<{ agencies: number; audit: number }>(
    'SELECT (SELECT count(*)::int FROM agencies) AS agencies, (SELECT count(*)::int FROM audit_log) AS audit',
  );
  return rows[0]!;
}

const validAgency = { code: 'NEW-AG', name: 'Agensi Baru', shortName: 'Baru', type: 'ngo', country: 'ID' };

describe('bad input gets a clear error and changes nothing', () => {
  it.each([
    ['malformed JSON', { payload: '{"code": ', headers: { 'content-type': 'application/json' } }, 400, 'MALFORMED_JSON'],
    ['an unknown field', { payload: { ...validAgency, colour: 'red' } }, 400, 'VALIDATION_FAILED'],
    ['a wrongly typed field', { payload: { ...validAgency, type: 42 } }, 400, 'VALIDATION_FAILED'],
    ['a missing field', { payload: { code: 'X1' } }, 400, 'VALIDATION_FAILED'],
    ['an oversized body', { payload: { ...validAgency, address: 'x'.repeat(1_100_000) } }, 413, 'PAYLOAD_TOO_LARGE'],
    ['an unsupported content type', { payload: 'code=X', headers: { 'content-type': 'text/csv' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('%s', async (_label, request, status, code) => {
    const before = await countRows();
    const r = await t.app.inject(apiRequest({ method: 'POST', url: '/api/agencies', cookie, ...request }));
    expect(r.statusCode).toBe(status);
    const body = r.json();
    expect(body.error.code).toBe(code);
    expect(body.error.requestId).toEqual(expect.any(String));
    expect(r.body).not.toMatch(/at .*\.ts:\d+|node_modules|SELECT|INSERT/);
    expect(await countRows()).toEqual(before);
  });

  it('names each invalid field', async () => {
    const r = await t.app.inject(apiRequest({ method: 'POST', url: '/api/agencies', cookie, payload: { ...validAgency, country: 'Indonesia', email: 'nope' } }));
    const paths = r.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.country', 'body.email']));
  });

  it('answers an unknown route with JSON 404', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('refuses a state-changing request from another origin or without the request header', async () => {
    const foreign = await t.app.inject(apiRequest({ method: 'POST', url: '/api/agencies', cookie, payload: validAgency, headers: { origin: 'https://evil.example' } }));
    expect(foreign.json().error.code).toBe('CSRF_REJECTED');
    const bare = await t.app.inject({ method: 'POST', url: '/api/agencies', headers: { cookie }, payload: validAgency });
    expect(bare.json().error.code).toBe('CSRF_REJECTED');
  });

  it('sends security headers on every response', async () => {
    for (const url of ['/api/system/info', '/api/nope', '/']) {
      const r = await t.app.inject({ method: 'GET', url });
      expect(r.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(r.headers['content-security-policy'], url).not.toContain('unsafe-inline');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
    const api = await t.app.inject({ method: 'GET', url: '/api/system/info' });
    expect(api.headers['cache-control']).toBe('no-store');
  });
});

describe('error codes', () => {
  it('documents every code in docs/ERRORS.md', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../docs/ERRORS.md'), 'utf8');
    for (const code of errorCodes) expect(doc, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|`));
  });
});

describe('OpenAPI', () => {
  it('describes the API from the same contracts the server validates with', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    const spec = r.json();
    expect(spec.openapi).toMatch(/^3\./);
    const create = spec.paths['/api/agencies'].post;
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['code', 'name', 'type', 'country']));
    expect(schema.additionalProperties).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
