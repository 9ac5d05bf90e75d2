import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';
import { choose, dialog } from '../cases/case-forms';

// A police officer records a recruiter; a month later, entering the same man on a new case under
// another spelling, the form says he may already be recorded.
const officer = {
  email: 'penyidik.linkage@e2e.test',
  displayName: 'Penyidik Polda E2E',
  agencyCode: 'POLDA-KEPRI',
  roles: ['officer'],
  password: 'calo yang sama dengan nama lain',
};

let harness: Harness;
let page: Page;
let newCaseId: string;

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  const account = await signedInAccount(harness.newContext, admin, officer);
  const first = await callApi(account.request, 'POST', '/api/cases', {
    title: 'Perekrutan PMI nonprosedural di Tanjung Uban (E2E)',
    reportedOn: '2026-01-10',
    discoveryChannel: 'port_check',
  });
  await callApi(account.request, 'POST', `/api/cases/${first.id}/people`, {
    role: 'suspect',
    fullName: 'Muhammad Rizki Pratama',
    sex: 'male',
    birthDate: '1994-07-03',
    suspect: { roles: ['recruiter'] },
  });
  newCaseId = (
    await callApi(account.request, 'POST', '/api/cases', {
      title: 'Pengiriman PMI lewat pelabuhan tikus (E2E)',
      reportedOn: '2026-02-14',
      discoveryChannel: 'port_check',
    })
  ).id;
  page = await account.newPage();
});

afterAll(async () => {
  await harness?.stop();
});

describe('possible existing person', () => {
  test('entering a suspect under another spelling shows the recorded one, with the evidence', async () => {
    await page.goto(`/cases/${newCaseId}`);
    await page.getByRole('tab', { name: /^Orang/ }).click();
    await page.getByRole('tab', { name: /^Orang/, selected: true }).waitFor();
    await page.getByRole('button', { name: 'Tambah tersangka/pelaku' }).click();
    const form = dialog(page, 'Tambah tersangka/pelaku');
    await form.getByLabel('Nama lengkap').fill('Moch. Rizky Pratama');
    await form.getByLabel('Tanggal lahir (opsional)').fill('1994-03-07');
    await choose(form.getByLabel('Jenis kelamin'), 'Laki-laki');
    const suggestion = form.getByTestId('person-suggestion');
    await suggestion.getByText('Muhammad Rizki Pratama').waitFor();
    await suggestion.getByText('tanggal dan bulan tertukar').waitFor();
    await form.getByText('Mungkin orang ini sudah tercatat').waitFor();
    await expectAccessible(page, 'person suggestions');
    await screenshot(page, 'linkage-person-suggestion');
    // On a phone the suggestion stays readable inside the dialog.
    await page.setViewportSize({ width: 360, height: 740 });
    await suggestion.getByText('tanggal dan bulan tertukar').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'person suggestions on a phone');
    await screenshot(page, 'linkage-person-suggestion');
    await suggestion.getByRole('button', { name: 'Bukan orang yang sama' }).click();
    await suggestion.waitFor({ state: 'detached' });
  });
});
