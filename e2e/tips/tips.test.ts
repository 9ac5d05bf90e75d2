import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { callApi, createAccount, signInByApi } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// A member of the public reports on a phone, writes down the code, comes back with it, reads a
// coordinator's reply and answers it. An easier proof of work keeps the browser's part short
// (the difficulty changes nothing else).
process.env.BENTENG_TIPS_POW_MAX_NUMBER = '3000';

const phone = { width: 360, height: 740 };
const coordinator = { email: 'koordinator.lapor@bppd.example.id', displayName: 'Koordinator Lapor', agencyCode: 'BPPD-KEPRI', roles: ['coordinator'], password: 'rantai pulau batam senja 2026' };

let harness: Harness;
let context: BrowserContext;
let staff: BrowserContext;
let page: Page;
let receipt: string;
const foreignRequests: string[] = [];
const loadedBytes = new Map<string, { url: string; bytes: number }>();
const consoleErrors: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  const oneTime = await createAccount(admin, coordinator);
  staff = await harness.newContext();
  await signInByApi(staff, { email: coordinator.email, password: oneTime, newPassword: coordinator.password });
  context = await harness.newContext(phone);
  page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(harness.baseUrl)) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => loadedBytes.set(event.requestId, { url: event.request.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (event) => {
    const request = loadedBytes.get(event.requestId);
    if (request) request.bytes = event.encodedDataLength;
  });
}, 240_000);

afterAll(async () => {
  await harness?.stop();
});

describe('reporting anonymously on a phone', () => {
  test('sends a report and shows the receipt code once, storing nothing', async () => {
    await page.goto('/lapor', { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Laporkan dugaan perdagangan orang');
    // First load: well under 150 KB, and nothing of the map until the reporter asks for it.
    const firstLoad = [...loadedBytes.values()];
    expect(firstLoad.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThan(150 * 1024);
    expect(firstLoad.filter((r) => /\/api\/geo\/|point-map/.test(r.url))).toEqual([]);
    await expectAccessible(page, 'report form');
    await page.getByLabel('Apa yang terjadi?').fill('Tekong mengumpulkan enam perempuan muda di rumah kosong dekat pantai.');
    await page.getByLabel('Di mana?').fill('Pantai dekat Tanjung Uban');
    // The region picker, down to a kelurahan, from our own server only.
    await page.getByRole('button', { name: 'Pilih wilayah atau pelabuhan dari daftar' }).click();
    await page.getByLabel('Provinsi').selectOption({ label: 'Kepulauan Riau' });
    await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kota Batam' });
    await page.getByLabel('Kecamatan').selectOption({ label: 'Nongsa' });
    await page.getByLabel('Desa/kelurahan').selectOption({ label: 'Sambau' });
    await expect.poll(() => page.locator('#port option').count()).toBeGreaterThan(5);
    await page.getByLabel('Pelabuhan').selectOption({ index: 1 });
    await expectAccessible(page, 'report form with the region picker');
    await screenshot(page, 'tips-where-picker');
    // A point on the offline map (its code and the coastline load only now, from our server).
    await page.getByRole('button', { name: 'Tandai titik di peta (tidak wajib)' }).click();
    const map = page.getByTestId('point-map');
    await map.waitFor();
    await expect.poll(() => page.locator('.point-map-land').count()).toBe(1);
    await page.getByRole('button', { name: 'Perbesar' }).click();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width * 0.3, y: box.height * 0.3 } });
    await expect.poll(() => page.getByTestId('point-map-value').textContent()).toMatch(/^Titik dipilih: -?\d+\.\d{3}, \d+\.\d{3}$/);
    expect([...loadedBytes.values()].some((r) => r.url.endsWith('/api/geo/land'))).toBe(true);
    await expectAccessible(page, 'report form with the point map');
    await screenshot(page, 'tips-point-map');
    await page.getByLabel('Orang akan segera diberangkatkan').check();
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const shown = page.getByTestId('receipt');
    await expect.poll(() => shown.count(), { timeout: 60_000 }).toBe(1);
    receipt = (await shown.textContent())!.trim();
    expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(page.url()).not.toContain(receipt);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate('localStorage.length + sessionStorage.length')).toBe(0);
    expect(foreignRequests).toEqual([]);
    await expectAccessible(page, 'receipt');
    await screenshot(page, 'tips-receipt');
  }, 120_000);

  test('comes back with the code, reads the reply and answers it', async () => {
    const queue = await callApi(staff.request, 'GET', '/api/tips');
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0].priorityReasons).toContain('imminent_departure');
    expect(queue.items[0].regionCode).toBe('21.71.04.1001');
    expect(queue.items[0].portId).not.toBeNull();
    const detail = await callApi(staff.request, 'GET', `/api/tips/${queue.items[0].id}`);
    expect(detail.report.where.point).toEqual({ lat: expect.any(Number), lng: expect.any(Number) });
    await callApi(staff.request, 'POST', `/api/tips/${queue.items[0].id}/messages`, { kind: 'reply', body: 'Terima kasih. Jam berapa perahu biasanya datang?' });
    await callApi(staff.request, 'POST', `/api/tips/${queue.items[0].id}/messages`, { kind: 'note', body: 'Catatan internal untuk Polres' });

    const fresh = await harness.newContext(phone);
    const back = await fresh.newPage();
    await back.goto('/lapor/cek');
    await back.getByLabel('Kode tanda terima').fill(receipt.toLowerCase());
    await back.getByRole('button', { name: 'Buka' }).click();
    const messages = back.getByTestId('messages');
    await expect.poll(() => messages.textContent()).toContain('Jam berapa perahu biasanya datang?');
    expect(await messages.textContent()).not.toContain('Catatan internal');
    await back.getByLabel('Balas atau tambah informasi').fill('Biasanya sekitar jam dua pagi.');
    await back.getByRole('button', { name: 'Kirim', exact: true }).click();
    await expect.poll(() => messages.textContent()).toContain('Biasanya sekitar jam dua pagi.');
    await expectAccessible(back, 'follow-up');
    await screenshot(back, 'tips-follow-up');

    const tip = await callApi(staff.request, 'GET', `/api/tips/${queue.items[0].id}`);
    expect(tip.unreadFromReporter).toBe(true);
    expect(tip.messages.map((m: { body: string }) => m.body)).toContain('Biasanya sekitar jam dua pagi.');
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
