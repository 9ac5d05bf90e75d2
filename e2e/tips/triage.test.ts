import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// A Polresta Barelang officer works the triage queue on a phone: the urgent tip first, a reply to
// the reporter and an internal note, verification, contact details with a reason, grouping, a new
// case from the tip, and a tip taken by phone with a receipt code to pass on.
const officer = {
  email: 'penyidik.lapor@e2e.test',
  displayName: 'Penyidik Lapor E2E',
  agencyCode: 'POLRESTA-BARELANG',
  roles: ['officer'],
  password: 'pelabuhan sekupang pagi berkabut',
};
const phone = { width: 360, height: 740 };

let harness: Harness;
let context: BrowserContext;
let page: Page;
let urgentId: string;
let otherId: string;

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  context = await signedInAccount(() => harness.newContext(phone), admin, officer);
  const signedIn = context;
  // Tips entered through the API land in the officer's agency; the urgent one second, so the
  // queue's order comes from the priority and not from the time of entry.
  const other = await callApi(signedIn.request, 'POST', '/api/tips', {
    channel: 'sms',
    what: 'Ada perahu tanpa lampu di dekat Pelabuhan Sekupang setiap malam.',
  });
  const urgent = await callApi(signedIn.request, 'POST', '/api/tips', {
    channel: 'phone',
    what: 'Tekong mengumpulkan tiga anak perempuan di rumah kosong, berangkat malam ini ke Johor.',
    imminentDeparture: true,
    childrenInvolved: true,
    contact: 'Ibu Rina, 0812-0000-1111',
    where: { regionCode: '21.71.04.1001', portId: 'ID-BTM-NPU', point: null, description: 'Rumah kosong di belakang pasar' },
  });
  urgentId = urgent.tip.id;
  otherId = other.tip.id;
  page = await context.newPage();
}, 240_000);

afterAll(async () => {
  await harness?.stop();
});

describe('tip triage by staff', () => {
  test('the queue puts the urgent tip first and flags why', async () => {
    await page.goto('/tips');
    await page.getByRole('heading', { name: 'Laporan masyarakat', level: 1 }).waitFor();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Akan segera berangkat');
    expect(await rows.first().textContent()).toContain('Melibatkan anak');
    await expectAccessible(page, 'tip queue');
    await screenshot(page, 'tips-queue-phone');
  }, 120_000);

  test('replies, notes, verifies, reveals the contact with a reason, groups and makes a case', async () => {
    await page.goto(`/tips/${urgentId}`);
    await page.getByRole('heading', { name: 'Isi laporan' }).waitFor();
    // Places by name (desa/kelurahan with its kecamatan and kota, the port), not by code.
    const report = page.locator('.tips-facts').first();
    await expect.poll(() => report.textContent()).toContain('Sambau, Nongsa');
    expect(await report.textContent()).toContain('Nongsapura International Ferry Terminal');
    expect(await report.textContent()).not.toContain('21.71.04.1001');
    expect(await report.textContent()).not.toContain('ID-BTM-NPU');

    await page.getByLabel('Balasan untuk pelapor').fill('Terima kasih, petugas sedang menuju lokasi.');
    await page.getByRole('button', { name: 'Kirim balasan ke pelapor' }).click();
    await page.getByLabel('Catatan internal', { exact: true }).fill('Koordinasi dengan KSOP Batam.');
    await page.getByRole('button', { name: 'Simpan catatan internal' }).click();
    const messages = page.getByTestId('tip-messages');
    await expect.poll(() => messages.textContent()).toContain('Catatan internal');
    expect(await messages.textContent()).toContain('Balasan ke pelapor');
    expect(await page.locator('.tips-message--note').count()).toBeGreaterThan(1);

    await page.getByLabel('Pindahkan ke').selectOption('verifying');
    await page.getByLabel('Alasan', { exact: true }).fill('Mulai verifikasi lapangan');
    await page.getByRole('button', { name: 'Pindahkan', exact: true }).click();
    await page.locator('.badge', { hasText: 'Diverifikasi' }).first().waitFor();

    await page.getByLabel('Instansi').selectOption({ label: 'Kepolisian Resor Kota Barelang' });
    // Officers of the agency are offered by name; the signed-in one is marked.
    await page.getByLabel('Petugas', { exact: true }).selectOption({ label: 'Penyidik Lapor E2E (Anda)' });
    await page.getByRole('button', { name: 'Tugaskan', exact: true }).click();
    await expect.poll(() => page.getByTestId('tip-assignment').textContent()).toContain('Petugas: Penyidik Lapor E2E (Anda)');

    await page.getByLabel('Alasan membuka kontak').fill('Menghubungi pelapor untuk lokasi tepat');
    await page.getByRole('button', { name: 'Buka kontak' }).click();
    await expect.poll(() => page.getByTestId('tip-contact').textContent()).toBe('Ibu Rina, 0812-0000-1111');

    await page.getByLabel('Gabungkan dengan laporan').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Gabungkan', exact: true }).click();
    await expect.poll(() => page.getByText('Dilaporkan berulang').count()).toBeGreaterThan(0);

    await expectAccessible(page, 'tip detail');
    await screenshot(page, 'tips-detail-phone');

    await page.getByLabel('Judul kasus baru').fill('Tiga anak akan diberangkatkan ke Johor (E2E)');
    await page.getByRole('button', { name: 'Jadikan kasus baru' }).click();
    await page.getByRole('link', { name: 'Buka kasus' }).click();
    await page.getByRole('heading', { name: 'Tiga anak akan diberangkatkan ke Johor (E2E)' }).waitFor();
    await page.getByRole('heading', { name: 'Laporan masyarakat terkait' }).waitFor();
    await page.getByRole('link', { name: /^TIP-/ }).first().waitFor();
  }, 180_000);

  test('attaches another tip to the case found by searching for it', async () => {
    await page.goto(`/tips/${otherId}`);
    await page.getByRole('heading', { name: 'Isi laporan' }).waitFor();
    await page.getByLabel('Cari kasus').fill('diberangkatkan ke Johor');
    const choice = page.getByLabel('Atau lampirkan ke kasus yang ada').locator('option', { hasText: 'Tiga anak akan diberangkatkan ke Johor (E2E)' });
    await expect.poll(() => choice.count()).toBe(1);
    await page.getByLabel('Atau lampirkan ke kasus yang ada').selectOption({ label: (await choice.textContent())! });
    await expectAccessible(page, 'tip case search');
    await screenshot(page, 'tips-case-search-phone');
    await page.getByRole('button', { name: 'Lampirkan ke kasus' }).click();
    await page.getByText('Laporan ini terhubung dengan kasus.').waitFor();
  }, 120_000);

  test('enters a tip taken by phone and gives a receipt code to pass on', async () => {
    await page.goto('/tips/new');
    await page.getByLabel('Saluran').selectOption('whatsapp');
    await page.getByLabel('Apa yang terjadi').fill('Pesan WhatsApp: ada lowongan kerja ke Malaysia tanpa paspor.');
    await expectAccessible(page, 'new tip form');
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    const receipt = page.getByTestId('staff-receipt');
    await receipt.waitFor();
    expect((await receipt.textContent())!.trim()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    await expectAccessible(page, 'receipt for the reporter');
  }, 120_000);
});
