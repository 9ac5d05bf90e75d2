import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// BP3MI refers a victim to a shelter run by an NGO (refused until consent is recorded); the
// shelter's case worker accepts it, records a service given and closes protection.
const officer = {
  email: 'petugas.bp3mi@e2e.test',
  displayName: 'Petugas BP3MI E2E',
  agencyCode: 'BP3MI-KEPRI',
  roles: ['officer'],
  password: 'kapal feri dari harbour bay ke stulang',
};
const caseworker = {
  email: 'pendamping@e2e.test',
  displayName: 'Pendamping Rumah Faye E2E',
  agencyCode: 'NGO-RUMAHFAYE',
  roles: ['caseworker'],
  password: 'rumah aman di pinggir bukit batam',
};

const coordinator = {
  email: 'koordinator.layanan@e2e.test',
  displayName: 'Koordinator Layanan E2E',
  agencyCode: 'BPPD-KEPRI',
  roles: ['coordinator'],
  password: 'direktori layanan yang selalu terbaru',
};

let harness: Harness;
let admin: Awaited<ReturnType<Harness['newContext']>>;
let officerPage: Page;
let page: Page;
let victimId: string;
let coordinatorContext: Awaited<ReturnType<Harness['newContext']>>;
/** The shelter's entry in the provider directory, named on the referral. */
let shelterProvider: { id: string; version: number };

beforeAll(async () => {
  harness = await startHarness();
  admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  const bp3mi = await signedInAccount(harness.newContext, admin, officer);
  const kase = await callApi(bp3mi.request, 'POST', '/api/cases', {
    title: 'PMI dideportasi dari Johor lewat Batam (E2E)',
    reportedOn: '2026-01-10',
    discoveryChannel: 'deportee_screening',
  });
  const victim = await callApi(bp3mi.request, 'POST', `/api/cases/${kase.id}/people`, {
    role: 'victim',
    fullName: 'Siti Aminah',
    sex: 'female',
    victim: { traffickingStatus: 'possible' },
  });
  victimId = victim.id;
  coordinatorContext = await signedInAccount(harness.newContext, admin, coordinator);
  const agencies = await callApi<{ items: { id: string; code: string }[] }>(coordinatorContext.request, 'GET', '/api/agencies');
  shelterProvider = await callApi(coordinatorContext.request, 'POST', '/api/protection/providers', {
    agencyId: agencies.items.find((a) => a.code === caseworker.agencyCode)!.id,
    name: 'Rumah Aman Rumah Faye',
    services: ['social_care'],
  });
  officerPage = await bp3mi.newPage();
  page = await (await signedInAccount(harness.newContext, admin, caseworker)).newPage();
});

afterAll(async () => {
  await harness?.stop();
});

describe('victim referrals', () => {
  test('BP3MI refers a victim to the shelter once consent is recorded', async () => {
    await officerPage.goto(`/protection/victims/${victimId}`);
    await officerPage.getByRole('heading', { name: /^Perlindungan Korban 1/ }).waitFor();
    await officerPage.getByLabel('Ke instansi', { exact: true }).selectOption({ label: 'Rumah Faye — Yayasan Rumah Faye (Batam)' });
    const referralForm = officerPage.locator('form', { has: officerPage.getByRole('button', { name: 'Kirim rujukan' }) });
    await referralForm.getByLabel(/^Penyedia layanan/).selectOption({ label: 'Rumah Aman Rumah Faye' });
    await officerPage.getByRole('button', { name: 'Kirim rujukan' }).click();
    await officerPage.getByText('Rujukan ditolak: belum ada persetujuan korban').waitFor();
    for (const item of ['Tujuan pengumpulan data', 'Penggunaan data', 'Penggunaan untuk penelitian', 'Hak mengakses data', 'Lama penyimpanan'])
      await officerPage.getByLabel(item, { exact: true }).check();
    await officerPage.getByRole('button', { name: 'Catat persetujuan' }).click();
    await officerPage.getByText('Persetujuan tercatat', { exact: true }).waitFor();
    await officerPage.getByRole('table', { name: 'Riwayat persetujuan' }).getByRole('cell', { name: 'Petugas BP3MI E2E' }).waitFor();
    await officerPage.getByRole('button', { name: 'Kirim rujukan' }).click();
    await officerPage.getByRole('button', { name: 'Batalkan rujukan' }).waitFor();
    const sent = officerPage.getByRole('table', { name: 'Rujukan korban ini' });
    await sent.getByText('Menunggu').waitFor();
    await sent.getByRole('cell', { name: 'Rumah Aman Rumah Faye', exact: true }).waitFor();
    await expectAccessible(officerPage, 'victim protection, referral sent');
    // The return path's agency picker offers the kinds of agency that do the step: an NGO shelter
    // runs a shelter, it does not receive arrivals at the port.
    const returnForm = officerPage.locator('form', { has: officerPage.getByRole('button', { name: 'Catat tahap' }) });
    const agencyOptions = () => returnForm.getByLabel('Instansi', { exact: true }).locator('option').allTextContents();
    await returnForm.getByLabel('Tahap', { exact: true }).selectOption({ label: 'Kedatangan di Batam' });
    expect(await agencyOptions()).not.toContain('Rumah Faye — Yayasan Rumah Faye (Batam)');
    expect((await agencyOptions()).length).toBeGreaterThan(1);
    await returnForm.getByLabel('Tahap', { exact: true }).selectOption({ label: 'Penampungan/rumah aman' });
    expect(await agencyOptions()).toContain('Rumah Faye — Yayasan Rumah Faye (Batam)');
    // The victim's name never reaches the protection page.
    expect(await officerPage.getByText('Siti Aminah').count()).toBe(0);
  });

  test('the shelter accepts, records a service and closes protection', async () => {
    await page.goto('/protection');
    await page.getByRole('heading', { name: 'Rujukan korban' }).waitFor();
    await page.getByRole('button', { name: 'Terima' }).waitFor();
    await page.getByRole('table', { name: 'Dirujuk ke saya' }).getByRole('cell', { name: 'Rumah Aman Rumah Faye', exact: true }).waitFor();
    // The nav badge counts the referral waiting for the shelter's answer, and drops it once accepted.
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Rujukan korban 1 rujukan menunggu jawaban', exact: true }).waitFor();
    await expectAccessible(page, 'referrals to me');
    await screenshot(page, 'protection-referrals');
    await page.getByRole('button', { name: 'Terima' }).click();
    await page.getByText('Diterima').waitFor();
    await page.getByRole('button', { name: 'Tolak' }).waitFor({ state: 'detached' });
    await nav.getByRole('link', { name: 'Rujukan korban', exact: true }).waitFor();
    await expectAccessible(page, 'referral accepted');

    await page.getByRole('link', { name: /^Korban 1 · K-/ }).click();
    await page.getByRole('heading', { name: /^Perlindungan Korban 1/ }).waitFor();
    await page.getByLabel('Tujuan', { exact: true }).fill('Rumah aman sementara selama pemeriksaan');
    await page.getByRole('button', { name: 'Tambah butir rencana' }).click();
    // The worker changes the item's objective and planned end (a version-checked PATCH).
    await page.getByRole('button', { name: 'Ubah butir rencana: Rumah aman sementara selama pemeriksaan' }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah butir rencana layanan' });
    await edit.getByLabel('Tujuan', { exact: true }).fill('Rumah aman 14 hari selama pemeriksaan');
    await edit.getByLabel(/^Rencana selesai/).fill('2026-12-31');
    await expectAccessible(page, 'edit plan item');
    await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Butir rencana layanan' }).getByText('Rumah aman 14 hari selama pemeriksaan').waitFor();
    await page.getByRole('button', { name: 'Catat layanan diberikan: Rumah aman 14 hari selama pemeriksaan' }).click();
    await page.getByRole('table', { name: 'Butir rencana layanan' }).getByText('Selesai', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Tutup perlindungan' }).click();
    await page.getByText('Perlindungan korban ini sudah ditutup.').waitFor();
    expect(await page.getByText('Siti Aminah').count()).toBe(0);
    await expectAccessible(page, 'victim protection closed');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByRole('heading', { name: /^Perlindungan Korban 1/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'protection-victim');
  });

  test('the coordinator corrects a provider and deactivates it; it stays listed, marked', async () => {
    const coordinatorPage = await coordinatorContext.newPage();
    await coordinatorPage.goto('/protection/providers');
    const form = coordinatorPage.locator('form');
    await form.getByLabel('Nama organisasi').fill('LBH Kepri E2E');
    await form.getByRole('checkbox', { name: 'Bantuan hukum' }).check();
    await form.getByRole('button', { name: 'Simpan penyedia' }).click();
    const row = coordinatorPage.getByRole('row', { name: /LBH Kepri E2E/ });
    await row.waitFor();

    await row.getByRole('button', { name: 'Ubah: LBH Kepri E2E' }).click();
    await coordinatorPage.getByRole('heading', { name: 'Ubah penyedia: LBH Kepri E2E' }).waitFor();
    // The edit form is filled and the name field has focus (the form is below the list on a phone).
    expect(await coordinatorPage.evaluate('document.activeElement.value')).toBe('LBH Kepri E2E');
    await form.getByLabel('Jam kontak').fill('Senin–Jumat 08.00–16.00');
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect.poll(() => row.innerText()).toContain('Senin–Jumat 08.00–16.00');

    await row.getByRole('button', { name: 'Nonaktifkan: LBH Kepri E2E' }).click();
    await expect.poll(() => row.innerText()).toContain('Nonaktif');
    await expectAccessible(coordinatorPage, 'provider directory with an inactive provider');
    await screenshot(coordinatorPage, 'protection-providers');
    await coordinatorPage.setViewportSize({ width: 360, height: 740 });
    await row.scrollIntoViewIfNeeded();
    expect(await coordinatorPage.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    // The inactive badge stays one line on a phone (its explanation is plain text beside it).
    const badge = await row.getByText(/^Nonaktif/).boundingBox();
    expect(badge!.height).toBeLessThan(2 * 18);
    await screenshot(coordinatorPage, 'protection-providers');
    const offered = await callApi(
      coordinatorPage.context().request,
      'GET',
      '/api/protection/providers?service=legal',
    );
    expect(offered.items.map((p: { name: string }) => p.name)).not.toContain('LBH Kepri E2E');
    await coordinatorPage.close();
  });

  test('a referral names its provider, marked once the provider is deactivated', async () => {
    await callApi(coordinatorContext.request, 'PATCH', `/api/protection/providers/${shelterProvider.id}`, {
      isActive: false,
      version: shelterProvider.version,
    });
    await officerPage.goto('/protection');
    await officerPage.getByLabel('Tampilkan').selectOption({ label: 'Dirujuk oleh saya' });
    const byMe = officerPage.getByRole('table', { name: 'Dirujuk oleh saya' });
    await byMe.getByRole('cell', { name: 'Rumah Aman Rumah Faye (nonaktif)', exact: true }).waitFor();
    await expectAccessible(officerPage, 'referrals by me, provider inactive');
    await screenshot(officerPage, 'protection-referrals-by-me');
    await officerPage.setViewportSize({ width: 360, height: 780 });
    await byMe.scrollIntoViewIfNeeded();
    expect(await officerPage.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await screenshot(officerPage, 'protection-referrals-by-me');
  });
});
