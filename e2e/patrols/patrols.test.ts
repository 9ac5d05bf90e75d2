import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// The BPPD coordinator plans a joint patrol with PDRM Johor north of Batam, draws its area on the
// offline map, records what it found (linking the case it opened) and reads it in the statistics.
const coordinator = {
  email: 'koordinator.patroli@e2e.test',
  displayName: 'Koordinator Patroli E2E',
  agencyCode: 'BPPD-KEPRI',
  roles: ['coordinator'],
  password: 'kapal patroli berlayar di selat singapura',
};
const liaison = {
  email: 'liaison.pdrm.patroli@e2e.test',
  displayName: 'Liaison PDRM Patroli E2E',
  agencyCode: 'PDRM-JOHOR',
  roles: ['liaison'],
  password: 'bot peronda di perairan johor bahru',
};
const patrolTitle = 'Patroli bersama perairan utara Batam';
const pdrm = 'Polis Diraja Malaysia, Ibu Pejabat Polis Kontinjen Johor';
// The Singapore Strait north of Batam, at sea (the corners tapped on the map, [lng, lat]).
const corners: [number, number][] = [
  [103.95, 1.2],
  [104.1, 1.2],
  [104.1, 1.24],
  [103.95, 1.24],
];

let harness: Harness;
let admin: BrowserContext;
let context: BrowserContext;
let page: Page;
let caseNumber: string;
let patrolUrl: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  context = await signedInAccount(harness.newContext, admin, coordinator);
  const created = await callApi(context.request, 'POST', '/api/cases', {
    title: 'Penggagalan PMI nonprosedural di perairan Nongsa (E2E patroli)',
    reportedOn: '2026-11-11',
    discoveryChannel: 'patrol',
    reportedRegionCode: '21.71.07',
  });
  caseNumber = created.number as string;
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterAll(async () => {
  await harness?.stop();
});

const mapOf = `document.querySelector('[data-testid=map-canvas]').maplibreMap`;

/** Waits until every MapLibre map on the page has drawn everything (polled with evaluate: the page's CSP refuses eval). */
async function mapDrawn(p: Page) {
  await p.locator('[data-testid=map-canvas] canvas').first().waitFor();
  const isDrawn = `[...document.querySelectorAll('[data-testid=map-canvas]')].every((c) => c.maplibreMap && c.maplibreMap.loaded() && c.maplibreMap.areTilesLoaded())`;
  for (let tries = 0; !(await p.evaluate<boolean>(isDrawn)); tries++) {
    if (tries > 300) throw new Error('The map did not finish drawing');
    await p.waitForTimeout(100);
  }
}

/** Taps a map (the first, or the one inside the CSS selector `within`) where a longitude/latitude is, by MapLibre's own projection. */
async function tapMap(p: Page, [lng, lat]: [number, number], within = '') {
  const selector = `${within} [data-testid=map-canvas]`.trim();
  const point = await p.evaluate<{ x: number; y: number }>(`(() => { const at = document.querySelector(${JSON.stringify(selector)}).maplibreMap.project([${lng}, ${lat}]); return { x: at.x, y: at.y }; })()`);
  await p.locator(selector).first().locator('canvas').click({ position: { x: Math.round(point.x), y: Math.round(point.y) } });
}

describe('joint patrols', () => {
  test('plan a patrol: errors are shown, then the area is drawn on the map', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Patroli bersama' }).click();
    await page.getByRole('heading', { name: 'Patroli dan operasi bersama', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Statistik' }).getByText('Belum ada patroli pada periode ini.').waitFor();
    await expectAccessible(page, 'empty patrols list');
    await page.getByRole('link', { name: 'Rencanakan patroli' }).click();
    await page.getByRole('heading', { name: 'Rencana patroli baru', level: 1 }).waitFor();
    await mapDrawn(page);

    // Nothing filled in: each missing field says so, and focus goes to the first.
    await page.getByRole('button', { name: 'Simpan rencana' }).click();
    const form = page.getByRole('form', { name: 'Rencana patroli baru' });
    await form.getByText('Gambar wilayah patroli di peta: minimal 3 titik yang tidak segaris.').waitFor();
    await expect(page.getByLabel('Judul', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    const titleId = await page.getByLabel('Judul', { exact: true }).getAttribute('id');
    await expect(page.evaluate<string>('document.activeElement.id')).resolves.toBe(titleId);

    await page.getByLabel('Judul', { exact: true }).fill(patrolTitle);
    await page.getByLabel('Mulai').fill('2026-11-10T22:00');
    await page.getByLabel('Selesai').fill('2026-11-10T20:00');
    // Closer in, the corners are tapped where they belong; a stray tap is undone.
    await page.evaluate(`${mapOf}.jumpTo({ center: [104.025, 1.22], zoom: 10 })`);
    await mapDrawn(page);
    for (const corner of corners) await tapMap(page, corner);
    await tapMap(page, [104.05, 1.3]);
    await page.getByRole('status').getByText('5 titik sudut').waitFor();
    await page.getByRole('button', { name: 'Urungkan titik terakhir' }).click();
    await page.getByRole('status').getByText('4 titik sudut').waitFor();
    await page.getByText('Titik sudut (lintang, bujur)').click();
    const listed = await form.locator('.patrol-drawer__corners li').allTextContents();
    expect(listed).toHaveLength(4);
    listed.forEach((text, i) => {
      const [lat, lng] = text.split(',').map(Number);
      expect(Math.abs(lat! - corners[i]![1])).toBeLessThan(0.002);
      expect(Math.abs(lng! - corners[i]![0])).toBeLessThan(0.002);
    });

    await page.getByRole('checkbox', { name: pdrm }).check();
    await page.getByRole('button', { name: 'Tambah kapal' }).click();
    await page.getByLabel('Instansi kapal 1').selectOption({ label: pdrm });
    await page.getByLabel('Nama kapal 1').fill('PDRM PA 45');
    await page.getByLabel(/^Tujuan/).fill('Mencegah keberangkatan PMI nonprosedural lewat jalur tikus pesisir utara Batam.');
    await page.getByLabel(/^Forum atau gugus tugas/).selectOption({ label: 'Kelompok Kerja SOSEK MALINDO Kepulauan Riau–Johor' });

    // Ending before it starts is refused beside the field.
    await page.getByRole('button', { name: 'Simpan rencana' }).click();
    await form.getByText('Waktu selesai harus setelah waktu mulai.').waitFor();
    await page.getByLabel('Selesai').fill('2026-11-11T05:00');
    await mapDrawn(page);
    await expectAccessible(page, 'patrol plan form');
    await screenshot(page, 'patrol-plan');

    await page.getByRole('button', { name: 'Simpan rencana' }).click();
    await page.getByRole('heading', { name: patrolTitle, level: 1 }).waitFor();
    patrolUrl = page.url();
    const plan = page.getByRole('region', { name: 'Rencana' });
    await plan.getByText('Kota Batam').waitFor();
    await plan.getByText('PDRM PA 45').waitFor();
    await plan.getByText(pdrm, { exact: true }).waitFor();
    await plan.getByRole('link', { name: 'Kelompok Kerja SOSEK MALINDO Kepulauan Riau–Johor' }).waitFor();
    await mapDrawn(page);
    // The stored area is the drawn one, closed.
    const patrol = await callApi(context.request, 'GET', `/api/patrols/${patrolUrl.split('/').at(-1)}`);
    expect(patrol.area.coordinates[0]).toHaveLength(5);
    expect(patrol.area.coordinates[0][4]).toEqual(patrol.area.coordinates[0][0]);
    expect(patrol.kabkotaCodes).toEqual(['21.71']);
    await expectAccessible(page, 'planned patrol');
  });

  test('change the plan: it opens on the drawn area; a stale change is refused', async () => {
    await page.goto(patrolUrl);
    await page.getByRole('button', { name: 'Ubah rencana' }).click();
    const form = page.getByRole('form', { name: 'Ubah rencana' });
    await mapDrawn(page);
    await form.getByRole('status').getByText('4 titik sudut').waitFor();
    await expect(form.getByLabel('Selesai').inputValue()).resolves.toBe('2026-11-11T05:00');
    // Someone else changes the objectives meanwhile: this form holds the older version.
    const id = patrolUrl.split('/').at(-1)!;
    const current = await callApi(context.request, 'GET', `/api/patrols/${id}`);
    await callApi(context.request, 'PATCH', `/api/patrols/${id}`, { version: current.version, objectives: 'Menutup jalur tikus di pesisir Nongsa.' });
    await form.getByLabel('Selesai').fill('2026-11-11T06:00');
    await form.getByRole('button', { name: 'Simpan perubahan rencana' }).click();
    await form.getByText('Data ini baru saja diubah oleh orang lain.', { exact: false }).waitFor();
    await expectAccessible(page, 'plan change with a version conflict');
    await form.getByRole('button', { name: 'Muat ulang' }).click();
    const plan = page.getByRole('region', { name: 'Rencana' });
    await plan.getByText('Menutup jalur tikus di pesisir Nongsa.').waitFor();
    await page.getByRole('button', { name: 'Ubah rencana' }).click();
    await page.getByRole('form', { name: 'Ubah rencana' }).getByLabel('Selesai').fill('2026-11-11T06:00');
    await page.getByRole('button', { name: 'Simpan perubahan rencana' }).click();
    await page.getByText('Rencana tersimpan.').waitFor();
    await plan.getByText('11 Nov 2026, 06.00 WIB', { exact: false }).waitFor();
    await plan.getByText('Menutup jalur tikus di pesisir Nongsa.').waitFor();
  });

  test('record its report linking the case it opened; a stale correction is refused', async () => {
    await page.goto(patrolUrl);
    await page.getByRole('button', { name: 'Catat laporan' }).click();
    const form = page.getByRole('form', { name: 'Laporan hasil' });
    await form.getByLabel(/^Temuan/).fill('Satu speedboat tanpa lampu dihentikan di utara Nongsa; 12 PMI nonprosedural dan 1 tekong diamankan.');
    await form.getByLabel('Orang dicegah').fill('12');
    await form.getByRole('button', { name: 'Simpan laporan' }).click();
    await form.getByText('Wajib diisi.').waitFor();
    await form.getByLabel('Kapal/perahu diamankan').fill('2');
    // A tap on the area's map adds a landing there; its coordinates are then typed exactly.
    await mapDrawn(page);
    await tapMap(page, [104.0921, 1.1893], 'form[aria-label="Laporan hasil"]');
    expect(Math.abs(Number(await form.getByLabel('Lintang jalur tikus 1').inputValue()) - 1.1893)).toBeLessThan(0.005);
    expect(Math.abs(Number(await form.getByLabel('Bujur jalur tikus 1').inputValue()) - 104.0921)).toBeLessThan(0.005);
    await form.getByLabel('Lintang jalur tikus 1').fill('1,1893');
    await form.getByLabel('Bujur jalur tikus 1').fill('104.0921');
    await form.getByLabel(/^Keterangan jalur tikus 1/).fill('Pantai di belakang resor Nongsa');
    await form.getByLabel('Cari kasus (nomor, judul atau nama)').fill(caseNumber);
    await form.getByRole('button', { name: `Hubungkan kasus ${caseNumber}` }).click();
    await form.getByRole('list', { name: 'Terhubung' }).getByText(caseNumber).waitFor();
    await expectAccessible(page, 'patrol report form');
    await screenshot(page, 'patrol-report-form');
    await form.getByRole('button', { name: 'Simpan laporan' }).click();
    await page.getByText('Laporan tersimpan.').waitFor();
    const report = page.getByTestId('patrol-report');
    await report.getByRole('link', { name: caseNumber }).waitFor();
    await report.getByText('Pantai di belakang resor Nongsa', { exact: false }).waitFor();
    await expect(report.textContent()).resolves.toContain('12');

    // Someone else corrects the report meanwhile: this form still holds the older version.
    await page.getByRole('button', { name: 'Perbaiki laporan' }).click();
    const current = await callApi(context.request, 'GET', `/api/patrols/${patrolUrl.split('/').at(-1)}`);
    const other = await context.request.fetch(`/api/patrols/${current.id}/report`, {
      method: 'PUT',
      headers: { 'x-benteng-request': '1' },
      data: { version: current.version, findings: current.report.findings, peopleIntercepted: 13, boatsIntercepted: 2, landings: current.report.landings, caseIds: current.report.cases.map((c: { id: string }) => c.id) },
    });
    expect(other.status()).toBe(200);
    await form.getByLabel('Orang dicegah').fill('14');
    await form.getByRole('button', { name: 'Simpan laporan' }).click();
    await page.getByText('Data ini baru saja diubah oleh orang lain.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('13');
    await mapDrawn(page);
    await screenshot(page, 'patrol');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(patrolUrl);
    await mapDrawn(page);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await screenshot(page, 'patrol');
    await page.getByTestId('map-canvas').scrollIntoViewIfNeeded();
    await screenshot(page, 'patrol-map');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('the statistics per month and per kabupaten/kota count it', async () => {
    await page.goto('/patrols');
    await page.getByLabel('Dari tanggal').fill('2026-11-01');
    await page.getByLabel('Sampai tanggal').fill('2026-11-30');
    await page.waitForURL(/from=2026-11-01&to=2026-11-30/);
    const totals = page.getByTestId('patrol-totals');
    await totals.getByText('Orang dicegah').waitFor();
    const tile = async (label: string) => (await totals.locator('div', { hasText: label }).locator('dd').textContent())?.trim();
    await expect(tile('Orang dicegah')).resolves.toBe('13');
    await expect(tile('Jalur tikus ditemukan')).resolves.toBe('1');
    await expect(tile('Kasus dibuka')).resolves.toBe('1');
    const byArea = page.getByRole('table', { name: 'Hasil per kabupaten/kota' });
    const batam = byArea.getByRole('row').filter({ hasText: 'Kota Batam' });
    await expect(batam.getByRole('cell').allTextContents()).resolves.toEqual(['Kota Batam', '1', '1', '13', '2', '1', '1']);
    await page.getByRole('table', { name: 'Hasil per bulan' }).getByRole('cell', { name: 'November 2026' }).waitFor();
    const list = page.getByRole('table', { name: 'Daftar patroli' });
    await list.getByRole('link', { name: patrolTitle }).waitFor();
    await list.getByText('Sudah dilaporkan').waitFor();
    await expectAccessible(page, 'patrols list with statistics');
    await screenshot(page, 'patrols');

    // The forum it was planned under narrows the list and the statistics to it; another forum has none.
    const forum = page.getByLabel(/^Forum atau gugus tugas/);
    await forum.selectOption({ label: 'Kelompok Kerja SOSEK MALINDO Kepulauan Riau–Johor' });
    await page.waitForURL(/bodyId=[0-9a-f-]{36}/);
    await list.getByRole('link', { name: patrolTitle }).waitFor();
    await expect(tile('Orang dicegah')).resolves.toBe('13');
    await forum.selectOption({ label: 'Satuan Tugas TPPO Lintas Batas Kepulauan Riau–Johor' });
    await page.getByRole('region', { name: 'Statistik' }).getByText('Tidak ada patroli forum atau gugus tugas ini pada periode ini.').waitFor();
    await page.getByRole('region', { name: 'Daftar patroli' }).getByText('Tidak ada patroli forum atau gugus tugas ini pada periode ini.').waitFor();
    await expectAccessible(page, 'patrols of another forum');
    await forum.selectOption({ label: 'Semua forum dan gugus tugas' });
    await list.getByRole('link', { name: patrolTitle }).waitFor();
    expect(page.url()).not.toContain('bodyId');

    // A period without patrols says so.
    await page.getByLabel('Sampai tanggal').fill('2025-01-31');
    await page.getByLabel('Sampai tanggal').locator('xpath=..').getByText('Waktu selesai harus setelah waktu mulai.').waitFor();
    await page.getByLabel('Dari tanggal').fill('2025-01-01');
    await page.getByRole('region', { name: 'Statistik' }).getByText('Belum ada patroli pada periode ini.').waitFor();

    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/patrols?from=2026-11-01&to=2026-11-30');
    await page.getByTestId('patrol-totals').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await expectAccessible(page, 'patrols list on a phone');
    await screenshot(page, 'patrols');
    await page.goto('/patrols/new');
    await mapDrawn(page);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await screenshot(page, 'patrol-plan');
    for (const corner of [[104.0, 1.2], [104.3, 1.2], [104.15, 1.35]] as [number, number][]) await tapMap(page, corner);
    await page.getByRole('status').getByText('3 titik sudut').waitFor();
    await page.getByTestId('map-canvas').scrollIntoViewIfNeeded();
    await screenshot(page, 'patrol-plan-map');
    await page.setViewportSize({ width: 1280, height: 900 });
    // The browser logs the refused save (409) itself; nothing else may fail.
    expect(consoleErrors.filter((e) => !e.includes('409 (Conflict)'))).toEqual([]);
  });

  test('a Johor police liaison reads the patrol their agency took part in, plans nothing and sees no unshared case', async () => {
    const liaisonContext = await signedInAccount(harness.newContext, admin, liaison);
    const p = await liaisonContext.newPage();
    await p.goto('/');
    await p.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Patroli bersama' }).click();
    await p.getByRole('table', { name: 'Daftar patroli' }).getByRole('link', { name: patrolTitle }).click();
    await p.getByRole('heading', { name: patrolTitle, level: 1 }).waitFor();
    const report = p.getByTestId('patrol-report');
    await report.getByText('Kasus lain yang tidak dibagikan kepada Anda: 1.').waitFor();
    expect(await report.getByRole('link').count()).toBe(0);
    expect(await p.getByRole('button', { name: 'Perbaiki laporan' }).count()).toBe(0);
    await p.goto('/patrols');
    await p.getByRole('heading', { name: 'Patroli dan operasi bersama', level: 1 }).waitFor();
    expect(await p.getByRole('link', { name: 'Rencanakan patroli' }).count()).toBe(0);
    await p.goto('/patrols/new');
    await p.getByRole('heading', { name: 'Akses tidak diizinkan', level: 1 }).waitFor();
    await liaisonContext.close();
  });
});
