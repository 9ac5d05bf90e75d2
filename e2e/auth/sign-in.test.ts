import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { adminEmail, adminName, adminPassword, startHarness, type Harness } from '../harness';
import { signInFirstTime, signInWithRecoveryCode, type Enrolment } from '../sign-in';

let harness: Harness;
let context: BrowserContext;
let page: Page;
let enrolment: Enrolment;

beforeAll(async () => {
  harness = await startHarness();
  context = await harness.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await harness?.stop();
});

const htmlLang = (p: Page) => p.evaluate('document.documentElement.lang');

describe('the web client', () => {
  test('hashed assets are cached for a year, the page itself is revalidated', async () => {
    const html = await fetch(`${harness.baseUrl}/`);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const asset = /\/assets\/[^"]+\.js/.exec(await html.text())?.[0];
    expect(asset).toBeDefined();
    const response = await fetch(`${harness.baseUrl}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});

describe('signing in', () => {
  test('an administrator signs in, enrols an authenticator, sees the recovery codes and lands on home', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Masuk ke Benteng' }).waitFor();
    expect(await page.getByText('DEMO', { exact: true }).isVisible()).toBe(true);
    expect(await htmlLang(page)).toBe('id');

    enrolment = await signInFirstTime(page, adminEmail, adminPassword);
    expect(enrolment.recoveryCodes).toHaveLength(10);
    expect(enrolment.recoveryCodes[0]).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);

    await page.getByRole('heading', { name: `Selamat datang, ${adminName}` }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    for (const item of ['Beranda', 'Pengguna', 'Agensi', 'Log audit', 'Aktivitas masuk']) {
      expect(await nav.getByRole('link', { name: item, exact: true }).isVisible()).toBe(true);
    }
  });

  test('the language follows the user: English, then Bahasa Malaysia, kept after reload and a new sign-in', async () => {
    const switcher = page.getByTestId('language-switch');
    await switcher.selectOption('en');
    await page.getByRole('heading', { name: `Welcome, ${adminName}` }).waitFor();
    await page.getByRole('link', { name: 'Sign-in activity', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    await switcher.selectOption('ms');
    await page.getByRole('link', { name: 'Aktiviti log masuk', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Perkara yang boleh anda lakukan sekarang' }).waitFor();
    expect(await htmlLang(page)).toBe('ms');

    await page.reload();
    await page.getByRole('link', { name: 'Laman utama', exact: true }).waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Log keluar' }).click();
    await page.getByRole('heading', { name: 'Log masuk ke Benteng' }).waitFor();

    // A fresh browser knows nothing of the choice: it starts in Indonesian, and the account's
    // saved language takes over once signed in.
    const fresh = await harness.newContext();
    const freshPage = await fresh.newPage();
    await freshPage.goto('/login');
    await freshPage.getByRole('heading', { name: 'Masuk ke Benteng' }).waitFor();
    await signInWithRecoveryCode(freshPage, adminEmail, adminPassword, enrolment.recoveryCodes[0]!);
    await freshPage.getByRole('link', { name: 'Laman utama', exact: true }).waitFor();
    expect(await htmlLang(freshPage)).toBe('ms');
    await fresh.close();
  });

  test('keyboard only: the skip link leads to the form, and a wrong password is refused in words', async () => {
    const other = await harness.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto('/login');
    await otherPage.getByRole('heading', { name: 'Masuk ke Benteng' }).waitFor();
    await otherPage.keyboard.press('Tab');
    expect(await otherPage.evaluate('document.activeElement.textContent')).toBe('Lompat ke konten utama');
    await otherPage.keyboard.press('Enter');
    expect(await otherPage.evaluate('document.activeElement.id')).toBe('main-content');
    await otherPage.keyboard.press('Tab');
    await otherPage.keyboard.type(adminEmail);
    await otherPage.keyboard.press('Tab');
    await otherPage.keyboard.type('not the password at all');
    await otherPage.keyboard.press('Enter');
    await otherPage.getByRole('alert').filter({ hasText: 'E-mail atau kata sandi salah.' }).waitFor();
    await other.close();
  });
});
