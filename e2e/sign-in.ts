import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';

/** The code an authenticator app would show now for this secret (spaces allowed, as shown). */
export function totpNow(secret: string): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate();
}

/** Fills the e-mail and password step (in Indonesian, the default language). */
export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

export interface Enrolment {
  secret: string;
  recoveryCodes: string[];
}

/**
 * First sign-in of an account: password, authenticator set-up with the secret read from the
 * page, then the recovery codes (kept for later sign-ins without waiting for a new TOTP step).
 */
export async function signInFirstTime(page: Page, email: string, password: string): Promise<Enrolment> {
  await submitPassword(page, email, password);
  await page.waitForURL('**/login/enrol');
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
  await page.getByLabel('Kode autentikator (6 digit)').fill(totpNow(secret));
  await page.getByRole('button', { name: 'Aktifkan autentikator' }).click();
  const list = page.getByTestId('recovery-codes');
  await list.waitFor();
  const recoveryCodes = (await list.locator('li').allTextContents()).map((c) => c.trim());
  await page.getByLabel('Saya sudah menyimpan kode pemulihan di tempat yang aman.').check();
  await page.getByRole('button', { name: 'Saya sudah menyimpannya, lanjutkan' }).click();
  return { secret, recoveryCodes };
}

/** A later sign-in with one of the recovery codes (each works once). */
export async function signInWithRecoveryCode(
  page: Page,
  email: string,
  password: string,
  code: string,
): Promise<void> {
  await submitPassword(page, email, password);
  await page.waitForURL('**/login/mfa');
  await page.getByRole('button', { name: 'Pakai kode pemulihan' }).click();
  await page.getByLabel('Kode pemulihan').fill(code);
  await page.getByRole('button', { name: 'Verifikasi' }).click();
}
