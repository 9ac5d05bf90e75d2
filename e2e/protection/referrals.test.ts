import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// BP3MI refers a victim to a shelter run by an NGO; the shelter's case worker accepts it on the
// referrals page.
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

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  const agencies = (await callApi(admin.request, 'GET', '/api/agencies')).items as { id: string; code: string }[];
  const shelterId = agencies.find((a) => a.code === caseworker.agencyCode)!.id;
  const bp3mi = (await signedInAccount(harness.newContext, admin, officer)).request;
  const kase = await callApi(bp3mi, 'POST', '/api/cases', {
    title: 'PMI dideportasi dari Johor lewat Batam (E2E)',
    reportedOn: '2026-01-10',
    discoveryChannel: 'deportee_screening',
  });
  const victim = await callApi(bp3mi, 'POST', `/api/cases/${kase.id}/people`, {
    role: 'victim',
    fullName: 'Siti Aminah',
    sex: 'female',
    victim: { traffickingStatus: 'possible' },
  });
  const today = new Date().toISOString().slice(0, 10);
  await callApi(bp3mi, 'POST', `/api/protection/victims/${victim.id}/consents`, {
    consented: true,
    purposeExplained: true,
    dataUsesExplained: true,
    researchUseExplained: true,
    rightToAccessExplained: true,
    retentionExplained: true,
    recordedOn: today,
  });
  await callApi(bp3mi, 'POST', '/api/protection/referrals', {
    casePersonId: victim.id,
    toAgencyId: shelterId,
    reason: 'additional_services',
    dueOn: today,
  });
  page = await (await signedInAccount(harness.newContext, admin, caseworker)).newPage();
});

afterAll(async () => {
  await harness?.stop();
});

describe('victim referrals', () => {
  test('the shelter accepts a referral from BP3MI', async () => {
    await page.goto('/protection');
    await page.getByRole('heading', { name: 'Rujukan korban' }).waitFor();
    await page.getByRole('button', { name: 'Terima' }).waitFor();
    await expectAccessible(page, 'referrals to me');
    await screenshot(page, 'protection-referrals');
    await page.getByRole('button', { name: 'Terima' }).click();
    await page.getByText('Diterima').waitFor();
    await page.getByRole('button', { name: 'Tolak' }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'referral accepted');
  });
});
