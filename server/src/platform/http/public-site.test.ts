import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import zlib from 'node:zlib';
import fastifyStatic from '@fastify/static';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCompression } from './compression';
import { registerPublicSite } from './public-site';

let app: FastifyInstance;
let root: string;
const bigScript = `export const words = ${JSON.stringify('benteng '.repeat(2000))};`;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-site-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'info.html'), '<!doctype html><title>info</title>');
  fs.writeFileSync(path.join(root, 'sw.js'), '// worker');
  fs.writeFileSync(path.join(root, 'info.webmanifest'), '{}');
  fs.writeFileSync(path.join(root, 'assets', 'info-abc.js'), 'export {}');
  fs.writeFileSync(path.join(root, 'assets', 'big-abc.js'), bigScript);
  app = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
  await app.register(fastifyStatic, { root, serve: false });
  await registerCompression(app);
  await registerPublicSite(app, root);
  // An API answer registered after the compression plugin, as the real ones are before it.
  app.get('/api/echo', async () => ({ text: bigScript }));
});
afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('public site', () => {
  it.each(['/info', '/info/', '/info/prosedur', '/info/cek-tawaran?lang=en'])('answers %s with the area page', async (url) => {
    const r = await app.inject({ method: 'GET', url });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<title>info</title>');
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('serves hashed assets as immutable and the worker with a wider allowed scope', async () => {
    const asset = await app.inject({ method: 'GET', url: '/site/assets/info-abc.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const worker = await app.inject({ method: 'GET', url: '/site/sw.js' });
    expect(worker.headers['service-worker-allowed']).toBe('/');
    const manifest = await app.inject({ method: 'GET', url: '/site/info.webmanifest' });
    expect(manifest.headers['content-type']).toContain('application/manifest+json');
  });

  it('serves nothing outside its folder', async () => {
    for (const url of ['/site/../package.json', '/site/%2e%2e/%2e%2e/package.json', '/site/missing.js']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
    }
  });

  it('compresses its files for clients that accept it, and never an API answer', async () => {
    const br = await app.inject({ method: 'GET', url: '/site/assets/big-abc.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(bigScript);
    expect(br.rawPayload.length).toBeLessThan(bigScript.length / 10);
    const gzip = await app.inject({ method: 'GET', url: '/site/assets/big-abc.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(bigScript);
    const plain = await app.inject({ method: 'GET', url: '/site/assets/big-abc.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(bigScript);
    const api = await app.inject({ method: 'GET', url: '/api/echo', headers: { 'accept-encoding': 'br, gzip' } });
    expect(api.headers['content-encoding']).toBeUndefined();
    expect(api.json()).toEqual({ text: bigScript });
  });
});
