import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { adminEmail, adminName, adminPassword, startHarness, type Harness } from '../harness';
import { signInFirstTime } from '../sign-in';

const newUser = { name: 'Siti Rahmawati', email: 'siti.rahmawati@e2e.test' };
const newPassword = 'laut biru di pulau penyengat';

let harness: Harness;
let context: BrowserContext;
let page: Page;
let oneTimePassword: string;

beforeAll(async () => {
  harness = await startHarness();
  context = await harness.newContext();
  page = await context.newPage();
  await signInFirstTime(page, adminEmail, adminPassword);
  await page.getByRole('heading', { name: `Selamat datang, ${adminName}` }).waitFor();
});

afterAll(async () => {
  await harness?.stop();
});

describe('user administration', () => {
  test('an administrator creates a user, sees the one-time password once, and finds user.create in the audit log', async () => {
    await page.getByRole('link', { name: 'Pengguna', exact: true }).click();
    await page.getByRole('heading', { name: 'Pengguna', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();

    const form = page.getByRole('dialog', { name: 'Tambah pengguna' });
    await form.getByLabel('Nama').fill(newUser.name);
    const agency = form.getByLabel('Agensi');
    await agency.locator('option', { hasText: /^Polda Kepri —/ }).waitFor({ state: 'attached' });
    await agency.selectOption({ label: 'Polda Kepri — Kepolisian Daerah Kepulauan Riau' });
    await form.getByLabel('Petugas', { exact: true }).check();

    // The server's answer for a taken e-mail (issue at body.email) is shown next to that field.
    await form.getByLabel('E-mail').fill(adminEmail);
    await form.getByRole('button', { name: 'Tambah pengguna' }).click();
    await form.getByText('Sudah dipakai oleh akun lain.').waitFor();
    expect(await form.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('E-mail').fill(newUser.email);
    await form.getByRole('button', { name: 'Tambah pengguna' }).click();

    const shown = page.getByRole('dialog', { name: 'Kata sandi sementara' });
    oneTimePassword = (await shown.getByTestId('one-time-password').textContent())!.trim();
    expect(oneTimePassword).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    await shown.getByRole('button', { name: 'Sudah saya catat, tutup' }).click();
    await page.getByRole('link', { name: newUser.name }).waitFor();

    await page.getByRole('link', { name: 'Log audit', exact: true }).click();
    const entry = page.locator('[data-testid="audit-entry"][data-action="user.create"]').first();
    await entry.getByText('Pengguna dibuat').waitFor();
    await entry.getByRole('button', { name: /Rincian/ }).click();
    await entry.getByText(`"email": "${newUser.email}"`).waitFor();
  });

  test('a user signing in with a one-time password must choose their own before anything else', async () => {
    const userContext = await harness.newContext();
    const userPage = await userContext.newPage();
    await signInFirstTime(userPage, newUser.email, oneTimePassword);
    await userPage.waitForURL('**/change-password');
    await userPage.getByText('Anda masuk dengan kata sandi sementara').waitFor();
    expect(await userPage.getByRole('navigation', { name: 'Navigasi utama' }).count()).toBe(0);

    await userPage.goto('/agencies');
    await userPage.waitForURL('**/change-password');

    await userPage.getByLabel('Kata sandi saat ini').fill(oneTimePassword);
    await userPage.getByLabel('Kata sandi baru', { exact: true }).fill('password1234');
    await userPage.getByLabel('Ulangi kata sandi baru').fill('password1234');
    await userPage.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await userPage.getByText('Kata sandi ini terlalu umum dan mudah ditebak.').waitFor();

    await userPage.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
    await userPage.getByLabel('Ulangi kata sandi baru').fill(newPassword);
    await userPage.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await userPage.getByRole('heading', { name: `Selamat datang, ${newUser.name}` }).waitFor();
    // An officer has no administration pages.
    expect(await userPage.getByRole('link', { name: 'Pengguna', exact: true }).count()).toBe(0);
    await userContext.close();

    // The administrator sees that sign-in (and only that account's records) in sign-in activity.
    await page.getByRole('link', { name: 'Aktivitas masuk', exact: true }).click();
    await page.getByLabel('Akun').selectOption({ label: `${newUser.name} (${newUser.email})` });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    const actors = page.locator('[data-testid="audit-entry"] .audit-entry__actor');
    await expect.poll(async () => [...new Set(await actors.allTextContents())]).toEqual([newUser.email]);
    await page.locator('[data-testid="audit-entry"][data-action="auth.login.success"]').waitFor();
  });

  test('an administrator disables and enables the account, resets its password and its authenticator', async () => {
    await page.getByRole('link', { name: 'Pengguna', exact: true }).click();
    await page.getByRole('link', { name: newUser.name }).click();
    await page.getByRole('heading', { name: newUser.name, level: 1 }).waitFor();
    const confirm = async (button: string, done: string) => {
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('dialog').getByRole('button', { name: button }).click();
      await page.getByText(done).waitFor();
    };

    await confirm('Nonaktifkan akun', 'Akun telah dinonaktifkan.');
    await page.getByText('Dinonaktifkan', { exact: true }).waitFor();
    await confirm('Aktifkan kembali', 'Akun telah diaktifkan kembali.');

    await page.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    const shown = page.getByRole('dialog', { name: 'Kata sandi sementara' });
    expect((await shown.getByTestId('one-time-password').textContent())!.trim()).not.toBe(oneTimePassword);
    await shown.getByRole('button', { name: 'Sudah saya catat, tutup' }).click();
    await page.getByText('Wajib ganti kata sandi').first().waitFor();

    await confirm('Atur ulang autentikator', 'Autentikator telah diatur ulang.');
    await page.getByText('Autentikator belum disiapkan').waitFor();
  });

  test('ending every session of one’s own account sends one back to sign in, with a message', async () => {
    await page.getByRole('link', { name: 'Pengguna', exact: true }).click();
    await page.getByRole('link', { name: adminName }).click();
    await page.getByRole('heading', { name: adminName, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Akhiri semua sesi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Akhiri semua sesi' }).click();
    await page.getByRole('heading', { name: 'Masuk ke Benteng' }).waitFor();
    await page.getByText('Sesi Anda telah berakhir. Silakan masuk lagi untuk melanjutkan.').waitFor();
  });
});
