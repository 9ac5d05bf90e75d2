import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { signedInUser } from '../../../test/factories';
import { maxSavedFiltersPerUser } from './saved-filters.service';

let t: TestApp;
let officer: string;
let colleague: string;

beforeAll(async () => {
  t = await buildTestApp();
  const me = await signedInUser(t, ['officer']);
  officer = me.cookie;
  colleague = (await signedInUser(t, ['officer'], { agencyId: me.agencyId })).cookie;
});
afterAll(() => t.close());

const save = (cookie: string, payload: Record<string, unknown>) =>
  t.app.inject(apiRequest({ method: 'POST', url: '/api/cases/saved-filters', cookie, payload }));
const listOf = async (cookie: string) =>
  (await t.app.inject(apiRequest({ method: 'GET', url: '/api/cases/saved-filters', cookie }))).json().items as { id: string; name: string; query: Record<string, unknown> }[];

describe('saved case filters', () => {
  it('saves a named query as validated, and lists only the caller’s own', async () => {
    const r = await save(officer, { name: 'Batam, kerja paksa', query: { status: 'reported,verified', portId: 'ID-BTM-BTC', exploitationType: 'forced_labour' } });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().query).toEqual({ status: ['reported', 'verified'], portId: 'ID-BTM-BTC', exploitationType: 'forced_labour', sort: 'reported_desc' });
    expect((await listOf(officer)).map((f) => f.name)).toEqual(['Batam, kerja paksa']);
    expect(await listOf(colleague)).toEqual([]);
    const audit = await t.deps.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.filter.save' AND object_id = $1`, [r.json().id]);
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('refuses a query with unknown fields or paging, and a duplicate name', async () => {
    expect((await save(officer, { name: 'x', query: { colour: 'red' } })).statusCode).toBe(400);
    expect((await save(officer, { name: 'x', query: { cursor: 'abc' } })).statusCode).toBe(400);
    expect((await save(officer, { name: '', query: {} })).statusCode).toBe(400);
    const again = await save(officer, { name: 'BATAM, KERJA PAKSA', query: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
  });

  it('deletes only the caller’s own filter; someone else’s answers 404', async () => {
    const mine = (await save(officer, { name: 'Untuk dihapus', query: { sensitivity: 'sensitive' } })).json();
    const theirs = await t.app.inject(apiRequest({ method: 'DELETE', url: `/api/cases/saved-filters/${mine.id}`, cookie: colleague }));
    expect(theirs.statusCode).toBe(404);
    expect((await listOf(officer)).map((f) => f.id)).toContain(mine.id);
    const r = await t.app.inject(apiRequest({ method: 'DELETE', url: `/api/cases/saved-filters/${mine.id}`, cookie: officer }));
    expect(r.json()).toEqual({ ok: true });
    expect((await listOf(officer)).map((f) => f.id)).not.toContain(mine.id);
  });

  it(`keeps at most ${maxSavedFiltersPerUser} filters per user`, async () => {
    const cookie = (await signedInUser(t, ['caseworker'])).cookie;
    for (let i = 0; i < maxSavedFiltersPerUser; i++) expect((await save(cookie, { name: `Filter ${i}`, query: {} })).statusCode).toBe(201);
    expect((await save(cookie, { name: 'One too many', query: {} })).statusCode).toBe(409);
  });
});
