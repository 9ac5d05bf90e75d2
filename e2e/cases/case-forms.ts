import type { Locator, Page } from 'playwright-core';

/** Waits for a select's option to be there (lists come from the API), then chooses it by its label. */
export async function choose(select: Locator, label: string | RegExp): Promise<void> {
  await select.locator('option', { hasText: label }).first().waitFor({ state: 'attached' });
  const value = await select.locator('option', { hasText: label }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

/** Chooses a region level by level: province, regency/city, district… inside one picker. */
export async function chooseRegion(scope: Locator, legend: string, names: string[]): Promise<void> {
  const picker = scope.getByRole('group', { name: legend });
  const levels = ['Provinsi', 'Kabupaten/kota', 'Kecamatan', 'Desa/kelurahan'];
  for (const [index, name] of names.entries()) {
    await choose(picker.getByLabel(levels[index]!, { exact: true }), name);
  }
}

/** The dialog with this title (the native <dialog>, labelled by its heading). */
export function dialog(page: Page, title: string | RegExp): Locator {
  return page.getByRole('dialog', { name: title });
}

/** Fills the reason of a reason dialog and confirms it. */
export async function giveReason(
  page: Page,
  title: string | RegExp,
  reason: string,
  confirm: string,
): Promise<void> {
  const asked = dialog(page, title);
  await asked.getByLabel('Alasan').fill(reason);
  await asked.getByRole('button', { name: confirm, exact: true }).click();
  await asked.waitFor({ state: 'detached' });
}

/** A tiny valid PNG (1×1 pixel): the server checks the type from the bytes. */
export const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
