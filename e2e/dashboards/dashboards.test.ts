import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { renderFirstPage } from '../pdf';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// The BPPD coordinator prepares the forum's figures: opens the dashboards, picks a period that
// covers the published Polda Kepri and BP3MI figures, downloads a chart's data and image, and
// records, corrects and withdraws an official figure. On a desktop and on a phone.
const coordinator = {
  email: 'koordinator.dasbor@e2e.test',
  displayName: 'Koordinator Dasbor E2E',
  agencyCode: 'BPPD-KEPRI',
  roles: ['coordinator'],
  password: 'angka resmi di samping catatan benteng',
};
const period = { from: '2024-06', to: '2025-12' };

let harness: Harness;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const scripts: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  context = await signedInAccount(() => harness.newContext({ width: 1280, height: 900 }), admin, coordinator);
  page = await context.newPage();
  // A chart library writing inline styles or scripts would break under the CSP: such refusals show here.
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
}, 240_000);

afterAll(async () => {
  await harness?.stop();
});

/** Parses the CSV the page produced (BOM, CRLF, quoted cells; no line breaks inside cells). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
        (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
      ),
    );
}

/** Pictures of single sections, to look at closely (the whole page is too long to read in one). */
async function sectionShots(width: string): Promise<void> {
  const card = (title: string) =>
    page.locator('section.card', { has: page.getByRole('heading', { name: title, exact: true }) });
  await card('Tren bulanan').screenshot({ path: `tmp/screenshots/dashboards-trend-${width}.png` });
  await card('Angka resmi dan catatan Benteng').screenshot({
    path: `tmp/screenshots/dashboards-official-${width}.png`,
  });
  await card('Kasus menurut rute (titik berangkat → negara tujuan)').screenshot({
    path: `tmp/screenshots/dashboards-route-${width}.png`,
  });
}

async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

describe('staff dashboards', () => {
  test('opens from the navigation with the last 12 months, KPI tiles and charts', async () => {
    await page.goto('/', { waitUntil: 'networkidle' });
    // The charting library loads with the page that draws charts, not with the application.
    const isChartChunk = (path: string) => /\/assets\/charts-[\w-]+\.js$/.test(path);
    expect(scripts.filter(isChartChunk)).toEqual([]);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Dasbor' })
      .click();
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.kpi-tile').count(), { timeout: 30_000 }).toBe(11);
    const from = await page.getByLabel('Dari bulan').inputValue();
    const to = await page.getByLabel('Sampai bulan').inputValue();
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(to.slice(5)) -
      Number(from.slice(5)) +
      1;
    expect(months).toBe(12);
    const api = await callApi(context.request, 'GET', `/api/dashboards?from=${from}&to=${to}`);
    expect(await page.locator('[data-kpi="cases"] dd').innerText()).toBe(
      new Intl.NumberFormat('id-ID').format(api.kpis.cases.count),
    );
    // Every chart draws on its canvas.
    await expect
      .poll(() => page.locator('.chart-canvas canvas').count(), { timeout: 30_000 })
      .toBeGreaterThan(10);
    expect(scripts.filter(isChartChunk)).toHaveLength(1);
    // The demo's official figures are of 2024, outside the last 12 months: the page offers their months.
    expect(api.official).toEqual([]);
    await page.getByText('Angka resmi terakhir yang dicatat mencakup Januari 2024 – Desember 2024.').waitFor();
    await page
      .locator('section.card', { has: page.getByRole('heading', { name: 'Angka resmi dan catatan Benteng', exact: true }) })
      .screenshot({ path: 'tmp/screenshots/dashboards-official-latest-1280.png' });
    await page.getByRole('button', { name: 'Tampilkan Januari 2024 – Desember 2024' }).click();
    await page.waitForURL('**/dashboards?from=2024-01&to=2024-12');
    const table = page.getByRole('table', { name: 'Angka resmi dan catatan Benteng' });
    await table.locator('tbody tr', { hasText: 'Polda Kepri: Kasus TPPO' }).waitFor();
    await table.locator('tbody tr', { hasText: 'BP3MI Kepulauan Riau' }).first().waitFor();
    await page.getByText('Angka resmi terakhir yang dicatat', { exact: false }).waitFor({ state: 'detached' });
  });

  test('a new period shows the official figures beside Benteng’s records, with the gap', async () => {
    await page.getByLabel('Dari bulan').fill(period.from);
    await page.getByLabel('Sampai bulan').fill(period.to);
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(`**/dashboards?from=${period.from}&to=${period.to}`);
    const api = await callApi(context.request, 'GET', `/api/dashboards?from=${period.from}&to=${period.to}`);
    expect(api.official.length).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: 'Angka resmi dan catatan Benteng' });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(api.official.length);
    const polda = api.official.find(
      (o: { publisher: string; indicator: string }) =>
        o.publisher === 'Polda Kepri' && o.indicator === 'cases',
    );
    const row = table.locator('tbody tr', { hasText: 'Polda Kepri: Kasus TPPO' });
    expect(await row.innerText()).toContain('60');
    const gap = polda.gap < 0 ? `−${new Intl.NumberFormat('id-ID').format(-polda.gap)}` : `+${polda.gap}`;
    expect(await row.locator('td').nth(4).innerText()).toBe(polda.gap === 0 ? '0' : gap);
    await expect
      .poll(() => page.locator('[data-kpi="cases"] dd').innerText(), { timeout: 30_000 })
      .toBe(new Intl.NumberFormat('id-ID').format(api.kpis.cases.count));
  });

  test('a chart’s CSV holds the figures the API gives, named and not coded', async () => {
    const api = await callApi(context.request, 'GET', `/api/dashboards?from=${period.from}&to=${period.to}`);
    const csv = await download('Unduh data “Kasus menurut modus perekrutan” sebagai CSV');
    expect(csv.name).toBe(`benteng-modus-${period.from}_${period.to}.csv`);
    const rows = parseCsv(csv.bytes.toString('utf8'));
    expect(rows[0]).toEqual(['Kode', 'Modus', 'Kasus']);
    const items: { code: string; count: number | null }[] = api.breakdowns.modus;
    expect(items.length).toBeGreaterThan(0);
    expect(rows.slice(1).map((r) => [r[0], r[2] === '' ? null : Number(r[2])])).toEqual(
      items.map((i) => [i.code, i.count]),
    );
    for (const r of rows.slice(1)) {
      expect(r[1]).not.toBe(r[0]);
      expect(r[1]).not.toBe('Tidak diketahui');
    }
    // The trend: one row per month of the period.
    const trend = parseCsv((await download('Unduh data “Tren bulanan” sebagai CSV')).bytes.toString('utf8'));
    expect(trend.slice(1).map((r) => [r[0], Number(r[2])])).toEqual(
      api.trend.map((p: { month: string; cases: { count: number } }) => [p.month, p.cases.count]),
    );
  });

  test('a chart downloads as a PNG image with its title drawn in', async () => {
    const png = await download('Unduh grafik “Tren bulanan” sebagai PNG');
    expect(png.name).toBe(`benteng-trend-${period.from}_${period.to}.png`);
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: drawn 960 px wide at twice the pixel density.
    expect(png.bytes.readUInt32BE(16)).toBe(1920);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(400);
    expect(png.bytes.length).toBeGreaterThan(20_000);
    fs.mkdirSync('tmp/screenshots', { recursive: true });
    fs.writeFileSync('tmp/screenshots/dashboards-trend-export.png', png.bytes);
  });

  test('fits 1280 px and 360 px, passes axe with a data table open, no CSP refusal', async () => {
    // A coordinator has the most sections: every one of them must be on screen, none cut or scrolled away.
    const links = page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(8);
    for (const box of await links.evaluateAll((all) =>
      all.map((a) => {
        const r = a.getBoundingClientRect();
        return { left: r.left, right: r.right };
      }),
    )) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1280);
    }
    await page.locator('details.chart-table').first().locator('summary').click();
    await expectAccessible(page, 'dashboards at 1280 px');
    await screenshot(page, 'dashboards');
    await sectionShots('1280');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await expect
      .poll(() => page.locator('.chart-canvas canvas').count(), { timeout: 30_000 })
      .toBeGreaterThan(10);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.locator('details.chart-table').nth(1).locator('summary').click();
    await expectAccessible(page, 'dashboards at 360 px');
    await screenshot(page, 'dashboards');
    await page.getByRole('heading', { name: 'Rincian' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboards-breakdowns');
    await sectionShots('360');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(pageErrors).toEqual([]);
  });

  test('records, corrects and withdraws an official figure; the comparison follows', async () => {
    await page.getByRole('button', { name: 'Tambah angka resmi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Angka resmi baru' });
    await dialog.getByLabel('Penerbit').fill('Imigrasi Batam');
    await dialog.getByLabel('Indikator').selectOption({ label: 'Deportan diterima' });
    await dialog.getByLabel('Awal periode').fill('2025-01-01');
    await dialog.getByLabel('Akhir periode').fill('2025-06-30');
    await dialog.getByLabel('Angka', { exact: true }).fill('400');
    await dialog.getByLabel('Judul sumber').fill('Rilis Imigrasi Batam semester I 2025 (E2E)');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Angka resmi disimpan.').waitFor();
    const table = page.getByRole('table', { name: 'Angka resmi dan catatan Benteng' });
    const row = table.locator('tbody tr', { hasText: 'Imigrasi Batam' });
    await row.waitFor();
    expect(await row.innerText()).toContain('400');

    await page.getByRole('button', { name: 'Koreksi: Imigrasi Batam, Deportan diterima' }).click();
    const edit = page.getByRole('dialog', { name: 'Koreksi angka resmi' });
    await edit.getByLabel('Angka', { exact: true }).fill('412');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await edit.getByText('Wajib diisi.').waitFor();
    await edit.getByLabel('Alasan').fill('Angka final dari laporan tahunan');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Angka resmi dikoreksi.').waitFor();
    const api = await callApi(context.request, 'GET', `/api/dashboards?from=${period.from}&to=${period.to}`);
    const figure = api.official.find((o: { publisher: string }) => o.publisher === 'Imigrasi Batam');
    expect(figure.value).toBe(412);
    expect(figure.gap).toBe(figure.own.count - 412);
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain('412');

    await page.getByRole('button', { name: 'Tarik: Imigrasi Batam, Deportan diterima' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Tarik angka resmi' });
    await withdraw.getByLabel('Alasan').fill('Salah masukkan, angka milik instansi lain');
    await withdraw.getByRole('button', { name: 'Tarik' }).click();
    await page.getByText('Angka resmi ditarik.').waitFor();
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(0);
    await expectAccessible(page, 'dashboards after managing official figures');
  });

  test('makes a quarterly report in the background and downloads its PDF and XLSX', async () => {
    const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Laporan bulanan dan triwulanan' }) });
    await card.getByLabel('Jenis laporan').selectOption('quarter');
    await card.getByLabel('Triwulan', { exact: true }).selectOption({ index: 1 });
    const quarter = await card.getByLabel('Triwulan', { exact: true }).locator('option:checked').innerText();
    await card.getByRole('button', { name: 'Buat laporan' }).click();
    const row = card.locator('tbody tr', { hasText: quarter });
    await row.getByText('Selesai').waitFor({ timeout: 60_000 });
    const [pdf] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: `Unduh laporan ${quarter} sebagai PDF` }).click()]);
    const pdfBytes = fs.readFileSync(await pdf.path());
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.suggestedFilename()).toMatch(/^benteng-laporan-\d{4}-Q[1-4]-id\.pdf$/);
    fs.writeFileSync('tmp/screenshots/dashboards-report.pdf', pdfBytes);
    // Page 1 drawn (to look at): the title's en dash and the KPI table in the embedded font.
    const first = await renderFirstPage(page.context(), pdfBytes, 'dashboards-report-page1');
    expect(first.pages).toBeGreaterThanOrEqual(1);
    expect(first.text).toContain('Laporan triwulanan TPPO Kepulauan Riau');
    expect(first.text).toContain('Angka utama');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: `Unduh laporan ${quarter} sebagai XLSX` }).click()]);
    expect(fs.readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');
    await expectAccessible(page, 'dashboards with a report');
  });
});
