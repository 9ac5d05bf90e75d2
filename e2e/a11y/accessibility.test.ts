import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';
import { submitPassword, totpNow } from '../sign-in';

let harness: Harness;
let page: Page;
/** Console errors of the desktop page: a CSP refusal (inline style or script) would show here. */
const consoleErrors: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  page = await (await harness.newContext()).newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterAll(async () => {
  await harness?.stop();
});

describe('accessibility (axe-core) and screenshots', () => {
  test('sign-in steps: login, authenticator enrolment, recovery codes', async () => {
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Masuk ke Benteng' }).waitFor();
    await expectAccessible(page, 'login');
    await screenshot(page, 'login');

    await submitPassword(page, adminEmail, adminPassword);
    await page.waitForURL('**/login/enrol');
    const secret = (await page.getByTestId('totp-secret').textContent())!;
    await expectAccessible(page, 'enrolment');
    await screenshot(page, 'enrolment');

    await page.getByLabel('Kode autentikator (6 digit)').fill(totpNow(secret));
    await page.getByRole('button', { name: 'Aktifkan autentikator' }).click();
    await page.getByTestId('recovery-codes').waitFor();
    await expectAccessible(page, 'recovery codes');
    await screenshot(page, 'recovery-codes');
    await page.getByLabel('Saya sudah menyimpan kode pemulihan di tempat yang aman.').check();
    await page.getByRole('button', { name: 'Saya sudah menyimpannya, lanjutkan' }).click();
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
  });

  test('home, users (with the create form), agencies (with the edit form), audit log', async () => {
    await expectAccessible(page, 'home');
    await screenshot(page, 'home');

    await page.goto('/users');
    await page.getByRole('link', { name: 'Admin E2E' }).waitFor();
    await expectAccessible(page, 'users');
    await screenshot(page, 'users');
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    await page
      .getByRole('dialog', { name: 'Tambah pengguna' })
      .getByRole('button', { name: 'Tambah pengguna' })
      .click();
    await page.getByText('Wajib diisi.').first().waitFor();
    await expectAccessible(page, 'user create form with errors');
    await screenshot(page, 'user-create');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Admin E2E' }).click();
    await page.getByRole('heading', { name: 'Sesi yang terbuka' }).waitFor();
    await expectAccessible(page, 'user detail');
    await screenshot(page, 'user-detail');

    await page.goto('/agencies');
    await page.getByRole('cell', { name: 'POLDA-KEPRI' }).waitFor();
    await expectAccessible(page, 'agencies');
    await screenshot(page, 'agencies');
    await page.getByRole('button', { name: 'Ubah Polda Kepri' }).click();
    await page.getByRole('dialog').getByLabel('Kode', { exact: true }).fill('x');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByRole('dialog').getByText('Terlalu pendek.').waitFor();
    await expectAccessible(page, 'agency form with errors');
    await screenshot(page, 'agency-edit');
    await page.keyboard.press('Escape');

    await page.goto('/audit');
    await page
      .getByTestId('audit-entry')
      .first()
      .getByRole('button', { name: /Rincian/ })
      .click();
    await page.getByRole('button', { name: 'Verifikasi keutuhan' }).click();
    await page.getByText('Log audit utuh', { exact: true }).waitFor();
    await expectAccessible(page, 'audit log');
    await screenshot(page, 'audit');

    await page.goto('/sign-in-activity');
    await page.getByTestId('audit-entry').first().waitFor();
    await expectAccessible(page, 'sign-in activity');

    // The validation answers (400) are expected; nothing else may have failed, CSP included.
    expect(consoleErrors.filter((text) => !text.includes('status of 400'))).toEqual([]);
  });

  test('on a phone (390 and 360 px): login, home with the menu open, users, no sideways scrolling', async () => {
    const phone = await (await harness.newContext({ width: 390, height: 844 })).newPage();
    await phone.goto('/login');
    await phone.getByRole('heading', { name: 'Masuk ke Benteng' }).waitFor();
    await screenshot(phone, 'login');
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto('/');
    await phone.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await screenshot(phone, 'home');
    await phone.getByRole('button', { name: 'Buka menu navigasi' }).click();
    await phone.getByRole('link', { name: 'Pengguna', exact: true }).waitFor();
    await expectAccessible(phone, 'phone home with menu');
    await screenshot(phone, 'home-menu');
    await phone.getByRole('link', { name: 'Pengguna', exact: true }).click();
    await phone.getByRole('link', { name: 'Admin E2E' }).waitFor();
    await expectAccessible(phone, 'phone users');
    await screenshot(phone, 'users');

    // The narrowest phones still in common use.
    await phone.setViewportSize({ width: 360, height: 740 });
    await screenshot(phone, 'users');
    await phone.getByRole('link', { name: 'Admin E2E' }).click();
    await phone.getByRole('heading', { name: 'Sesi yang terbuka' }).waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await screenshot(phone, 'user-detail');
  });
});
