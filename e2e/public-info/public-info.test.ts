import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { callApi, createAccount, signInByApi } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, repoRoot, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// The public pages as a prospective migrant worker uses them: a phone, a slow connection, no
// account. Read the procedure, check a recruiter, run the job-offer check, save the pages for
// offline use, lose the connection and run the check again.

const phone = { width: 360, height: 740 };
/** "Slow 3G" as Chrome's DevTools define it: 400 ms latency, 400 kbit/s down and up. */
const slow3g = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };
const recruiterCsv = ['name,licence_number,status,head_office,branch_offices', 'PT Bintang Samudera Abadi,KEP 12/345/2021,aktif,Surabaya,Batam', 'PT Cahaya Karya Mandiri,KEP 99/100/2020,dicabut,Jakarta,'].join('\n');

let harness: Harness;
let adminContext: BrowserContext;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
const requests = new Map<string, { url: string; bytes: number }>();
const consoleErrors: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  adminContext = await harness.newContext();
  await signInByApi(adminContext, { email: adminEmail, password: adminPassword });
  await callApi(adminContext.request, 'POST', '/api/public-info/recruiter-lists', {
    fileName: 'p3mi-e2e.csv',
    contentBase64: Buffer.from(recruiterCsv).toString('base64'),
  });

  context = await harness.newContext(phone);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, { url: event.request.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.bytes = event.encodedDataLength;
  });
});

afterAll(async () => {
  await harness?.stop();
});

const stepCount = () => page.locator('ol.steps > li').count();

describe('public information on a phone over slow 3G', () => {
  test('first load of the procedure: small, own origin only, nothing stored', async () => {
    await page.goto('/info/prosedur', { waitUntil: 'networkidle' });
    await expect.poll(stepCount).toBe(11);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Prosedur resmi');

    const loaded = [...requests.values()];
    const total = loaded.reduce((sum, r) => sum + r.bytes, 0);
    fs.mkdirSync(path.join(repoRoot, 'tmp'), { recursive: true });
    fs.writeFileSync(path.join(repoRoot, 'tmp', 'public-info-first-load.json'), JSON.stringify({ totalBytes: total, requests: loaded }, null, 2));
    console.log(`first load of /info/prosedur: ${(total / 1024).toFixed(1)} KiB in ${loaded.length} requests`);
    expect(total).toBeLessThan(100 * 1024);
    expect(loaded.filter((r) => !r.url.startsWith(harness.baseUrl))).toEqual([]);

    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(`(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }))()`);
    expect(stored).toEqual({ local: 0, session: 0, caches: 0, workers: 0 });
    await expectAccessible(page, 'procedure');
    await screenshot(page, 'public-info-procedure');
  });

  test('the language is the user’s choice and stays in the address', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('The official procedure');
    expect(page.url()).toContain('/info/prosedur?lang=en');
    await expect.poll(() => page.locator('ol.steps h3').first().textContent()).toContain('Register');
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Prosedur resmi');
  });

  test('checks a recruiter typed with a typo', async () => {
    await page.goto('/info/cek-p3mi');
    await page.getByLabel('Nama perusahaan atau nomor izin').fill('bintang samudra');
    await page.getByRole('button', { name: 'Cari' }).click();
    const result = page.locator('.result-list > li').first();
    await expect.poll(() => result.locator('h3').textContent()).toBe('PT Bintang Samudera Abadi');
    expect(await result.textContent()).toContain('Izin aktif');
    expect(page.url()).toContain('q=bintang+samudra');
    await expectAccessible(page, 'recruiter check');
    await screenshot(page, 'public-info-recruiter');

    await page.getByLabel('Nama perusahaan atau nomor izin').fill('garuda perkasa');
    await page.getByRole('button', { name: 'Cari' }).click();
    await expect.poll(() => page.getByText('Tidak ditemukan perusahaan berizin').count()).toBe(1);
  });

  async function answerAndEvaluate(answer: 'Ya' | 'Tidak') {
    const questions = page.locator('fieldset');
    await expect.poll(() => questions.count()).toBeGreaterThan(5);
    const count = await questions.count();
    for (let i = 0; i < count; i += 1) await questions.nth(i).getByLabel(answer, { exact: true }).check();
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
  }

  test('runs the job-offer check and explains the verdict', async () => {
    await page.goto('/info/cek-tawaran');
    await answerAndEvaluate('Ya');
    await expect.poll(() => page.locator('.verdict').textContent()).toContain('Bahaya');
    // "Yes" to a question that guards (licensed recruiter, contract) is fine; every other "yes" is explained.
    expect(await page.locator('.reasons > li').count()).toBeGreaterThan(5);
    expect(await page.locator('.reasons').textContent()).toContain('rekening pribadi');
    await expectAccessible(page, 'job-offer check with a verdict');
    await screenshot(page, 'public-info-job-check');
  });

  test('help: click-to-call hotlines, offices on the offline map, the report form', async () => {
    await page.goto('/info/bantuan');
    await expect.poll(() => page.locator('a[href="tel:129"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('svg.help-map .marker').count(), { timeout: 20_000 }).toBe(3);
    expect(await page.locator('a[href="/lapor"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'help');
    await screenshot(page, 'public-info-help');
    await page.locator('svg.help-map').screenshot({ path: path.join(repoRoot, 'tmp', 'screenshots', 'public-info-help-map-360.png') });
  });

  test('after saving for offline use, the procedure and the check work without a connection', async () => {
    await page.goto('/info');
    await expectAccessible(page, 'home');
    await screenshot(page, 'public-info-home');
    await page.getByRole('button', { name: 'Simpan agar bisa dibuka tanpa internet' }).click();
    await expect.poll(() => page.getByText('Tersimpan.').count(), { timeout: 30_000 }).toBe(1);

    await context.setOffline(true);
    await page.goto('/info/cek-tawaran');
    await answerAndEvaluate('Tidak');
    // "No" to the licensed-recruiter and contract questions raises their flags.
    await expect.poll(() => page.locator('.verdict').textContent()).toContain('Bahaya');
    expect(await page.locator('.reasons').textContent()).toContain('P3MI');
    await screenshot(page, 'public-info-job-check-offline');

    await page.goto('/info/prosedur');
    await expect.poll(stepCount).toBe(11);
    await context.setOffline(false);
    expect(consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});

describe('administration in the staff client', () => {
  test('an administrator loads a new P3MI list (bad rows named) and publishes a page version', async () => {
    const admin = await adminContext.newPage();
    await admin.goto('/public-info');
    await expect.poll(() => admin.locator('h1').textContent(), { timeout: 20_000 }).toBe('Informasi publik');
    const fileInput = admin.getByLabel('Berkas daftar (CSV atau XLSX)');
    const load = admin.getByRole('button', { name: 'Muat sebagai versi baru' });

    await fileInput.setInputFiles({ name: 'rusak.csv', mimeType: 'text/csv', buffer: Buffer.from('name,licence_number,status\nPT Satu,KEP 1/1/2020,entah\n') });
    await load.click();
    await expect.poll(() => admin.getByText('rows.2.status').count()).toBe(1);

    await fileInput.setInputFiles({ name: 'p3mi-2.csv', mimeType: 'text/csv', buffer: Buffer.from(recruiterCsv) });
    await load.click();
    // Demo mode loaded a SAMPLE list first, so the version number depends on the start.
    await expect.poll(() => admin.getByText(/^Versi \d+ dimuat: 2 perusahaan\.$/).count()).toBe(1);

    const editor = admin.getByLabel('Dokumen (JSON)');
    await expect.poll(() => editor.inputValue()).toContain('"kind": "procedure"');
    const document = JSON.parse(await editor.inputValue());
    await editor.fill(JSON.stringify({ ...document, intro: 'Teks pengantar yang diterbitkan dari e2e.' }, null, 2));
    await admin.getByRole('button', { name: 'Simpan versi baru' }).first().click();
    await expect.poll(() => admin.getByText('Versi 1 disimpan.').count()).toBe(1);
    const published = await callApi(adminContext.request, 'GET', '/api/public/info/content/procedure?lang=id');
    expect(published).toMatchObject({ version: 1, document: { intro: 'Teks pengantar yang diterbitkan dari e2e.' } });
    await expectAccessible(admin, 'public-information administration');
    await screenshot(admin, 'public-info-admin');
  });
});

describe('public flags in the staff client', () => {
  test('a coordinator flags a recruiter as illegal, the public search warns, and the flag is withdrawn', async () => {
    const account = { email: 'koordinator.info@e2e.test', displayName: 'Koordinator Info E2E', agencyCode: 'BPPD-KEPRI', roles: ['coordinator'], password: 'kapal pompong di selat riau malam' };
    const oneTime = await createAccount(adminContext, account);
    const coordinator = await harness.newContext();
    await signInByApi(coordinator, { email: account.email, password: oneTime, newPassword: account.password });
    const staff = await coordinator.newPage();
    await staff.goto('/public-info');
    await expect.poll(() => staff.getByRole('heading', { name: 'Perekrut ilegal (diumumkan)' }).count(), { timeout: 20_000 }).toBe(1);
    await staff.getByLabel('Nama perekrut').fill('PT Jalan Pintas Sejahtera');
    await staff.getByLabel('Catatan publik').fill('Merekrut tanpa izin; terbukti dalam kasus TPPO di Batam.');
    await staff.getByLabel('Alasan keputusan (staf)').fill('Dua kasus dengan putusan pengadilan.');
    await staff.getByRole('button', { name: 'Umumkan sebagai ilegal' }).click();
    await expect.poll(() => staff.getByText('PT Jalan Pintas Sejahtera diumumkan sebagai perekrut ilegal.').count()).toBe(1);
    await expectAccessible(staff, 'flags of illegal recruiters');

    await page.goto('/info/cek-p3mi?q=jalan+pintas+sejahtra');
    await expect.poll(() => page.getByText('PERINGATAN: perekrut ilegal').count(), { timeout: 20_000 }).toBe(1);
    await screenshot(page, 'public-info-recruiter-flagged');

    await staff.getByRole('button', { name: 'Cabut pengumuman' }).click();
    await staff.getByLabel('Alasan pencabutan untuk PT Jalan Pintas Sejahtera').fill('Salah identifikasi.');
    await staff.getByRole('button', { name: 'Cabut', exact: true }).click();
    await expect.poll(() => staff.getByText('dicabut', { exact: true }).count()).toBe(1);
    await coordinator.close();
  });
});
