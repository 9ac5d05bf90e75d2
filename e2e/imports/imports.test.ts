import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// A Polresta Barelang officer imports the police case list: three good rows (dates written
// DD/MM/YYYY and "12 Januari 2024", a NIK kept as text) and three bad ones (31 February, a row
// with one cell too many, a NIK of five digits). The rejected rows come back as CSV naming row and
// reason, the cases carry their provenance, and the same file imported again adds nothing.
const officer = {
  email: 'penyidik.impor@e2e.test',
  displayName: 'Penyidik Impor E2E',
  agencyCode: 'POLRESTA-BARELANG',
  roles: ['officer'],
  password: 'berkas daftar kasus polresta barelang',
};
// A long name without spaces, as spreadsheets are often saved: it must wrap on a phone.
const fileName = 'daftar_laporan_polisi_polresta_barelang_januari_2024_revisi_final.csv';
const file = [
  'No LP,Judul,Tgl Laporan,Sumber,Peran,Nama,NIK,JK,Tgl Lahir,Kode Wilayah Asal',
  'LP/E2E/01,Penampungan PMI di Batam,12/01/2024,Patroli,Korban,SITI AMINAH,2171014101900001,P,01/01/1990,21.71',
  'LP/E2E/01,Penampungan PMI di Batam,12/01/2024,Patroli,Tersangka,Rahmat Hidayat,,L,05/03/1980,',
  'LP/E2E/02,Pengiriman lewat pelabuhan tikus,12 Januari 2024,Laporan masyarakat,Korban,Ani,,P,,',
  'LP/E2E/03,Tanggal salah,31/02/2024,Patroli,Korban,Budi,,L,,',
  'LP/E2E/04,Kolom berlebih,12/01/2024,Patroli,Korban,Dewi,,P,,,SISA',
  'LP/E2E/05,NIK pendek,13/01/2024,Patroli,Korban,Joko,12345,L,,',
].join('\n');
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 900 };

let harness: Harness;
let context: BrowserContext;
let page: Page;
let firstImportUrl: string;
let caseUrl: string;

/** Opens /imports and gives it the file: chosen through the file input, or dropped on the zone. */
async function upload(p: Page, how: 'choose' | 'drop') {
  await p.goto('/imports');
  await p.getByRole('heading', { name: 'Impor data agensi', level: 1 }).waitFor();
  if (how === 'choose') {
    await p.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(file) });
  } else {
    // Evaluated as text: the e2e project compiles without the DOM library.
    const dataTransfer = await p.evaluateHandle(
      `(() => { const d = new DataTransfer(); d.items.add(new File([${JSON.stringify(file)}], ${JSON.stringify(fileName)}, { type: 'text/csv' })); return d; })()`,
    );
    await p.locator('.import-drop').dispatchEvent('drop', { dataTransfer });
  }
  await p.getByRole('heading', { name: 'Cocokkan kolom', level: 2 }).waitFor();
}

/** The page is no wider than the screen (nothing to scroll sideways on a phone). */
async function expectNoSidewaysScroll(p: Page, what: string) {
  expect(await p.evaluate('document.documentElement.scrollWidth'), what).toBeLessThanOrEqual(phone.width);
}

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  context = await signedInAccount(() => harness.newContext(desktop), admin, officer);
  page = await context.newPage();
}, 240_000);

afterAll(async () => {
  await harness?.stop();
});

describe('the import wizard', () => {
  test('uploads, suggests the mapping, and checks every row naming row, column and reason', async () => {
    await page.goto('/');
    expect(await page.getByRole('link', { name: /^Mengimpor daftar kasus agensi Anda/ }).getAttribute('href')).toBe('/imports');
    await page.getByRole('link', { name: 'Impor data', exact: true }).click();
    await upload(page, 'choose');
    firstImportUrl = page.url();
    // The suggestions from known column names are chosen already.
    expect(await page.getByLabel('Isian Benteng untuk kolom "No LP"').inputValue()).toBe('caseRef');
    expect(await page.getByLabel('Isian Benteng untuk kolom "Tgl Laporan"').inputValue()).toBe('reportedOn');
    expect(await page.getByLabel('Isian Benteng untuk kolom "NIK"').inputValue()).toBe('nik');
    await page.getByLabel('Simpan cocokan ini sebagai templat agensi').check();
    await page.getByLabel('Nama templat').fill('Daftar LP Polresta');
    await page.getByRole('button', { name: 'Periksa semua baris' }).click();
    await page.getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor();

    expect(await page.getByTestId('count-valid').textContent()).toBe('3');
    expect(await page.getByTestId('count-rejected').textContent()).toBe('3');
    const dates = page.getByRole('region', { name: 'Tanggal tidak dikenali' });
    expect(await dates.textContent()).toContain('Baris 5, kolom "Tgl Laporan": "31/02/2024" is not a date');
    expect(await page.getByRole('region', { name: 'Kolom lebih banyak dari kepala tabel' }).textContent()).toContain('Baris 6');
    expect(await page.getByRole('region', { name: 'Masalah lain' }).textContent()).toContain('Baris 7, kolom "NIK"');
    // Per-cell problems in the preview: the bad date is marked in its cell.
    const badCell = page.locator('.import-cell--problem', { hasText: '31/02/2024' });
    expect(await badCell.textContent()).toContain('is not a date');
    // A mapping changed after the check holds the commit back until it is checked again.
    const source = page.getByLabel('Isian Benteng untuk kolom "Sumber"');
    await source.selectOption('');
    await page.getByText('Cocokan kolom berubah').waitFor();
    expect(await page.getByRole('button', { name: 'Impor 3 baris' }).count()).toBe(0);
    await source.selectOption('discoveryChannel');
    await page.getByRole('button', { name: 'Impor 3 baris' }).waitFor();
    await expectAccessible(page, 'import check (desktop)');
    await screenshot(page, 'imports-check');
  }, 120_000);

  test('gives the rejected rows back as CSV naming row and reason', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh baris yang ditolak (CSV)' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('daftar_laporan_polisi_polresta_barelang_januari_2024_revisi_final-rejected.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('No LP,Judul,Tgl Laporan,Sumber,Peran,Nama,NIK,JK,Tgl Lahir,Kode Wilayah Asal,benteng_row,benteng_problems');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(',5,"Row 5, column ""Tgl Laporan"": ""31/02/2024"" is not a date');
    expect(lines[2]).toMatch(/^LP\/E2E\/04,.*,6,"Row 6, column K: one column more than the header has/);
    expect(lines[3]).toContain(',7,"Row 7, column ""NIK""');
  }, 60_000);

  test('commits with a progress bar, then links the cases created, which show their provenance', async () => {
    await page.getByRole('button', { name: 'Impor 3 baris' }).click();
    // The 202 answer shows the running commit; polling then follows it to the end.
    await page.getByRole('progressbar', { name: 'Kemajuan impor' }).waitFor();
    await page.getByText('Impor selesai').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'Impor selesai' }).textContent()).toContain(
      '2 kasus baru dan 3 orang dicatat',
    );
    const created = page.getByRole('table', { name: 'Kasus yang dibuat impor ini' });
    await expect.poll(() => created.locator('tbody tr').count()).toBe(2);
    expect(await created.textContent()).toContain('LP/E2E/01');
    await expectAccessible(page, 'import done');
    await screenshot(page, 'imports-done');

    await created.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Penampungan PMI di Batam', level: 1 }).waitFor();
    caseUrl = page.url();
    const provenance = page.getByTestId('provenance');
    expect(await provenance.textContent()).toMatch(new RegExp(`^Diimpor dari ${fileName}, baris 2, oleh .+ pada \\d`));
    expect(await provenance.textContent()).toContain('Nomor perkara di agensi: LP/E2E/01');
    await page.getByRole('tab', { name: /^Orang/ }).click();
    const cards = page.getByTestId('person-card');
    await expect.poll(() => cards.count()).toBe(2);
    const notes = await page.locator('[data-testid=person-card] [data-testid=provenance]').allTextContents();
    expect(notes.sort()).toEqual([expect.stringContaining('baris 2, oleh'), expect.stringContaining('baris 3, oleh')]);
    // The victim is protected: neither the name as imported nor as the file wrote it appears.
    expect(await page.locator('main').textContent()).not.toMatch(/SITI AMINAH|Siti Aminah/);
    await expectAccessible(page, 'case page with provenance');
    await screenshot(page, 'imports-case-provenance');
  }, 120_000);

  test('the same file again, dropped on the upload zone on a phone, adds nothing', async () => {
    await page.setViewportSize(phone);
    const before = (await callApi(context.request, 'GET', '/api/cases?limit=100')).items.length;
    await upload(page, 'drop');
    expect(await page.getByText('Dicocokkan dengan templat "Daftar LP Polresta"').count()).toBe(1);
    await expectNoSidewaysScroll(page, 'mapping');
    await screenshot(page, 'imports-mapping');
    await page.getByRole('button', { name: 'Periksa semua baris' }).click();
    await page.getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor();
    expect(await page.getByTestId('count-valid').textContent()).toBe('0');
    expect(await page.getByTestId('count-duplicate').textContent()).toBe('3');
    expect(await page.getByTestId('count-rejected').textContent()).toBe('3');
    await expectNoSidewaysScroll(page, 'check');
    await expectAccessible(page, 'import check (phone)');
    await page.getByRole('heading', { name: 'Hasil pemeriksaan' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'imports-check-phone');
    await page.getByRole('heading', { name: 'Pratinjau baris' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'imports-preview-phone');
    await page.getByRole('button', { name: 'Tutup impor ini' }).click();
    await page.getByText('Impor ini tidak membuat kasus baru.').waitFor({ timeout: 60_000 });
    expect((await callApi(context.request, 'GET', '/api/cases?limit=100')).items.length).toBe(before);

    await page.goto('/imports');
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('0 kasus baru');
    expect(await rows.last().textContent()).toContain('2 kasus baru, 3 ditolak');
    expect(await rows.last().getByRole('link').getAttribute('href')).toBe(new URL(firstImportUrl).pathname);
    await expectNoSidewaysScroll(page, 'list');
    await expectAccessible(page, 'import list (phone)');
    await screenshot(page, 'imports-list');

    await page.goto(firstImportUrl);
    await page.getByText('Impor selesai').waitFor();
    await expectNoSidewaysScroll(page, 'import done');
    await page.goto(caseUrl);
    await page.getByTestId('provenance').waitFor();
    await expectNoSidewaysScroll(page, 'case page with provenance');
    await page.getByTestId('provenance').scrollIntoViewIfNeeded();
    await screenshot(page, 'imports-case-provenance');
  }, 120_000);
});
