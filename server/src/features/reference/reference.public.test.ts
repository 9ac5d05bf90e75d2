import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';

// The /lapor region and port pickers read these without an account, cookie or session.
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject(apiRequest({ method: 'GET', url }));

describe('public reference data for the report page', () => {
  it('lists provinces without a parent, and one level below a parent, cacheable and without extra fields', async () => {
    const top = await get('/api/public/regions');
    expect(top.statusCode).toBe(200);
    expect(top.headers['cache-control']).toBe('public, max-age=86400');
    expect(top.headers['set-cookie']).toBeUndefined();
    expect(top.json().items).toContainEqual({ code: '21', name: 'Kepulauan Riau', level: 'provinsi' });

    const nongsa = (await get('/api/public/regions?parent=21.71.04')).json().items as { code: string; level: string }[];
    expect(nongsa).toContainEqual({ code: '21.71.04.1001', name: 'Sambau', level: 'kelurahan' });
    expect(nongsa.every((r) => r.code.startsWith('21.71.04.'))).toBe(true);
    expect(Object.keys(nongsa[0]!).sort()).toEqual(['code', 'level', 'name']);
  });

  it('refuses a parent that is not a region code', async () => {
    expect((await get('/api/public/regions?parent=21%25')).statusCode).toBe(400);
    expect((await get('/api/public/regions?parent=21&level=desa')).statusCode).toBe(400);
  });

  it('lists ports by name and country only', async () => {
    const response = await get('/api/public/ports');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    const items = response.json().items as Record<string, string>[];
    expect(items.length).toBeGreaterThan(5);
    expect(Object.keys(items[0]!).sort()).toEqual(['country', 'id', 'name']);
  });
});
