import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';
import { choose, dialog } from '../cases/case-forms';

// Two police cases name the same recruiter under two spellings, and the same victim twice. The
// BPPD coordinator scores the registry, confirms the recruiter is one man, sees every source
// record of him, and un-merges; the police officer sees the victims masked until revealed.
const officer = {
  email: 'penyidik.review@e2e.test',
  displayName: 'Penyidik Polda Tinjauan',
  agencyCode: 'POLDA-KEPRI',
  roles: ['officer'],
  password: 'dua catatan satu orang di batam',
};
const coordinator = {
  email: 'koordinator.review@e2e.test',
  displayName: 'Koordinator BPPD Tinjauan',
  agencyCode: 'BPPD-KEPRI',
  roles: ['coordinator'],
  password: 'gabung lalu pisah lagi dengan alasan',
};

let harness: Harness;
let officerPage: Page;
let officerRequest: Awaited<ReturnType<Harness['newContext']>>['request'];
let thirdCaseId: string;
let coordinatorPage: Page;

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  const police = await signedInAccount(harness.newContext, admin, officer);
  const bppd = await signedInAccount(harness.newContext, admin, coordinator);
  const newCase = async (title: string) =>
    (await callApi(police.request, 'POST', '/api/cases', { title, reportedOn: '2026-01-10', discoveryChannel: 'port_check' })).id as string;
  const add = (caseId: string, person: object) => callApi(police.request, 'POST', `/api/cases/${caseId}/people`, person);
  const first = await newCase('Perekrutan PMI nonprosedural di Tanjung Uban (tinjauan)');
  const second = await newCase('Pengiriman PMI lewat pelabuhan tikus (tinjauan)');
  await add(first, { role: 'suspect', fullName: 'Muhammad Rizki Pratama', sex: 'male', birthDate: '1994-07-03', nik: '2171010307940001', originRegionCode: '21.71.10', suspect: { roles: ['recruiter'] } });
  await add(second, { role: 'suspect', fullName: 'Moch. Rizky Pratama', sex: 'male', birthDate: '1994-03-07', originRegionCode: '21.71', suspect: { roles: ['recruiter'] } });
  await add(first, { role: 'victim', fullName: 'Siti Aminah binti Abdullah', sex: 'female', birthDate: '1999-08-17', nik: '2171105708990001', victim: { traffickingStatus: 'possible' } });
  await add(second, { role: 'victim', fullName: 'Siti Aminah', sex: 'female', birthDate: '1999-08-17', nik: '2171105708990001', victim: { traffickingStatus: 'possible' } });
  const others: [string, string, string][] = [
    ['Budi Santoso', '1980-01-02', 'male'],
    ['Hendra Gunawan Saputra', '1988-05-15', 'male'],
    ['Agus Salim', '1975-12-12', 'male'],
    ['Dewi Lestari', '1992-09-09', 'female'],
    ['Yohanes Situmorang', '1971-11-30', 'male'],
  ];
  for (const [fullName, birthDate, sex] of others) await add(second, { role: 'suspect', fullName, birthDate, sex, suspect: { roles: ['transporter'] } });
  thirdCaseId = await newCase('Penampungan PMI di Batam (tinjauan)');
  officerRequest = police.request;
  officerPage = await police.newPage();
  coordinatorPage = await bppd.newPage();
});

/**
 * Skips the pair on screen and waits for the next one: the skip is stored by the server, so the
 * next pair shows once it has answered.
 */
async function skip(page: Page) {
  const shown = await page.locator('[data-pair]').getAttribute('data-pair');
  await page.getByRole('button', { name: 'Lewati' }).click();
  await page.locator(`[data-pair]:not([data-pair="${shown}"])`).waitFor();
}

afterAll(async () => {
  await harness?.stop();
});

describe('person linkage review', () => {
  test('a coordinator scores the registry, confirms a pair with the evidence in view, and un-merges it', async () => {
    const page = coordinatorPage;
    await page.goto('/linkage');
    await page.getByRole('heading', { name: 'Tinjauan orang ganda', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Nilai registri sekarang' }).click();
    // The run is a background job (pg-boss polls every few seconds on the embedded database).
    await page.getByText(/^Dinilai .* catatan, .* pasangan disimpan/).waitFor({ timeout: 90_000 });
    const pair = page.getByRole('region', { name: /Pasangan berikutnya/ });
    await pair.waitFor();
    // The registry holds the demo people too: skip their pairs until the recruiter's comes up.
    const ours = pair.getByRole('cell', { name: 'Muhammad Rizki Pratama' });
    for (let i = 0; i < 10 && !(await ours.isVisible()); i++) await skip(page);
    await ours.waitFor();
    await pair.getByRole('cell', { name: 'Moch. Rizky Pratama' }).waitFor();
    await pair.getByRole('cell', { name: /tanggal dan bulan tertukar/ }).waitFor();
    // The origin region by name, the units above it after, the code beneath.
    const regionRow = pair.getByRole('row', { name: /^Daerah asal/ });
    await regionRow.getByRole('cell', { name: 'Batam Kota, Kota Batam, Kepulauan Riau kode 21.71.10' }).waitFor();
    await regionRow.getByRole('cell', { name: 'Kota Batam, Kepulauan Riau kode 21.71', exact: true }).waitFor();
    await expectAccessible(page, 'review queue');
    await screenshot(page, 'linkage-review');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'review queue on a phone');
    await screenshot(page, 'linkage-review');
    await pair.getByRole('table').scrollIntoViewIfNeeded();
    await screenshot(page, 'linkage-review-compare');
    await regionRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'linkage-review-region');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A decision needs a reason.
    await pair.getByRole('button', { name: 'Orang yang sama' }).click();
    await pair.getByText('Tulis alasan minimal 10 karakter.').waitFor();
    await pair.getByLabel('Alasan keputusan').fill('NIK dan tanggal lahir cocok dengan berkas kedua kasus');
    await pair.getByRole('button', { name: 'Orang yang sama' }).click();
    await page.getByText('Digabung menjadi satu orang.').waitFor();
    await page.getByRole('link', { name: 'Buka orang ini (semua catatan sumber)' }).click();

    await page.getByRole('heading', { name: 'Satu orang, 2 catatan sumber', level: 1 }).waitFor();
    await page.getByTestId('group-record').filter({ hasText: 'Moch. Rizky Pratama' }).getByText(/Dicatat oleh .*dimasukkan manual/).waitFor();
    await page.getByTestId('group-decision').getByText('Alasan: NIK dan tanggal lahir cocok dengan berkas kedua kasus').waitFor();
    await page.getByTestId('group-record').filter({ hasText: 'Muhammad Rizki Pratama' }).getByText('Batam Kota, Kota Batam, Kepulauan Riau').waitFor();
    await expectAccessible(page, 'person group');
    await screenshot(page, 'linkage-group');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'person group on a phone');
    await screenshot(page, 'linkage-group');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Batalkan penggabungan' }).click();
    await page.getByLabel('Alasan membatalkan').fill('Ternyata kakak beradik, bukan satu orang');
    await page.getByRole('button', { name: 'Batalkan penggabungan ini' }).click();
    // The group it created is gone; the pair waits in the queue again.
    await page.getByRole('heading', { name: 'Tinjauan orang ganda', level: 1 }).waitFor();
    await pair.waitFor();
    for (let i = 0; i < 10 && !(await ours.isVisible()); i++) await skip(page);
    await ours.waitFor();
  });

  test('an officer sees the victims of their agency masked until revealed with a reason', async () => {
    const page = officerPage;
    await page.goto('/linkage');
    const pair = page.getByRole('region', { name: /Pasangan berikutnya/ });
    // The suspects come first (most likely); the victims' pair follows a skip if needed.
    await pair.waitFor();
    for (let i = 0; i < 10 && !(await pair.getByText('Identitas dilindungi', { exact: false }).first().isVisible()); i++) await skip(page);
    await pair.getByRole('cell', { name: '••••••••••••0001' }).first().waitFor();
    await pair.getByText('Korban 1', { exact: false }).first().waitFor();
    await expectAccessible(page, 'masked victims');
    await screenshot(page, 'linkage-review-masked');
    await pair.getByText('Tampilkan identitas (dicatat di log audit)').click();
    await pair.getByLabel('Alasan menampilkan identitas').fill('Memastikan catatan ganda korban sebelum memutuskan');
    await pair.getByRole('button', { name: 'Tampilkan identitas' }).click();
    await pair.getByRole('cell', { name: 'Siti Aminah binti Abdullah' }).waitFor();
    expect(await pair.getByText(/^Identitas dilindungi/).count()).toBe(0);
    await screenshot(page, 'linkage-review-revealed');
  });

  test('a skip is kept: after a reload the skipped pair waits behind the others, and says who skipped it', async () => {
    const page = officerPage;
    await page.goto('/linkage');
    const first = await page.locator('[data-pair]').getAttribute('data-pair');
    await skip(page);
    await page.getByText('Pasangan dilewati: menunggu di belakang pasangan yang belum dilewati.').waitFor();
    await page.reload();
    await page.locator('[data-pair]').waitFor();
    expect(await page.locator('[data-pair]').getAttribute('data-pair')).not.toBe(first);
    const { items } = await callApi(officerRequest, 'GET', '/api/linkage/pairs?limit=50');
    expect(items.at(-1)).toMatchObject({ id: first, skipped: { by: officer.displayName } });
    // Once every other pair was skipped after it, it comes first again, saying it was skipped.
    for (let i = 0; i < items.length && (await page.locator('[data-pair]').getAttribute('data-pair')) !== first; i++) await skip(page);
    await page.locator(`[data-pair="${first}"]`).getByText(/^Sudah pernah dilewati, .*, oleh Penyidik Polda Tinjauan\.$/).waitFor();
    await expectAccessible(page, 'a pair skipped before');
    await screenshot(page, 'linkage-review-skipped');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'a pair skipped before, on a phone');
    await screenshot(page, 'linkage-review-skipped');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('an officer entering a person says it is the suggested one, and both become one person', async () => {
    const page = officerPage;
    await page.goto(`/cases/${thirdCaseId}`);
    await page.getByRole('tab', { name: /^Orang/ }).click();
    await page.getByRole('button', { name: 'Tambah tersangka/pelaku' }).click();
    const form = dialog(page, 'Tambah tersangka/pelaku');
    await form.getByLabel('Nama lengkap').fill('M. Rizki Pratama');
    await form.getByLabel('Tanggal lahir (opsional)').fill('1994-07-03');
    await choose(form.getByLabel('Jenis kelamin'), 'Laki-laki');
    const suggestion = form.getByTestId('person-suggestion').filter({ hasText: 'Muhammad Rizki Pratama' });
    await suggestion.getByRole('button', { name: 'Ini orang yang sama' }).click();
    await form.getByLabel('Mengapa ini orang yang sama dengan Muhammad Rizki Pratama?').fill('NIK di KTP sama dengan berkas kasus pertama');
    await form.getByRole('checkbox', { name: 'Perekrut/perantara (tekong, calo)' }).check();
    await expectAccessible(page, 'same person chosen in the add-person dialog');
    await form.getByRole('button', { name: 'Tambahkan' }).click();
    await form.waitFor({ state: 'detached' });
    const queue = await callApi(officerRequest, 'GET', '/api/linkage/pairs?limit=50');
    const records = queue.items.flatMap((p: any) => [p.left, p.right]);
    const linked = records.find((r: any) => r.identity?.fullName === 'Muhammad Rizki Pratama');
    const group = await callApi(officerRequest, 'GET', `/api/linkage/groups/${linked.groupId}`);
    expect(group.records.map((r: any) => r.identity.fullName).sort()).toEqual(['M. Rizki Pratama', 'Muhammad Rizki Pratama']);
    expect(group.decisions).toMatchObject([{ source: 'entry', reason: 'NIK di KTP sama dengan berkas kasus pertama' }]);
  });

  test('a reviewer detaches a wrongly linked record from a person of three and re-attaches it, each with a reason', async () => {
    const page = officerPage;
    const kase = (await callApi(officerRequest, 'POST', '/api/cases', { title: 'Tiga catatan satu orang (tinjauan)', reportedOn: '2026-01-12', discoveryChannel: 'port_check' })).id;
    const add = async (fullName: string) =>
      callApi(officerRequest, 'POST', `/api/cases/${kase}/people`, { role: 'suspect', fullName, sex: 'male', birthDate: '1990-02-11', suspect: { roles: ['transporter'] } });
    const [andi, andy, rudi] = [await add('Andi Wijaya'), await add('Andy Wijaya'), await add('Rudi Hartono')];
    const same = (entered: any, existing: any) =>
      callApi(officerRequest, 'POST', `/api/cases/${kase}/people/${entered.id}/same-person`, { personId: existing.personId, reason: 'Nomor telepon sama di kedua berkas' });
    const { groupId } = await same(andy, andi);
    await same(rudi, andi); // the wrong one: a different man, linked early

    await page.goto(`/linkage/groups/${groupId}`);
    await page.getByRole('heading', { name: 'Satu orang, 3 catatan sumber', level: 1 }).waitFor();
    const wrong = page.getByTestId('group-record').filter({ hasText: 'Rudi Hartono' });
    await wrong.getByRole('button', { name: 'Lepaskan dari orang ini' }).click();
    await wrong.getByRole('button', { name: 'Lepaskan catatan ini' }).click();
    await wrong.getByText('Tulis alasan minimal 10 karakter.').waitFor();
    await wrong.getByLabel('Alasan melepaskan').fill('Nama ayah berbeda di berkas kasus');
    expect(await wrong.getByText('Tulis alasan minimal 10 karakter.').count()).toBe(0);
    await expectAccessible(page, 'detach a record with a reason');
    await screenshot(page, 'linkage-group-detach');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'detach a record with a reason on a phone');
    await wrong.getByRole('button', { name: 'Lepaskan catatan ini' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'linkage-group-detach');
    await page.setViewportSize({ width: 1280, height: 900 });
    await wrong.getByRole('button', { name: 'Lepaskan catatan ini' }).click();

    await page.getByRole('heading', { name: 'Satu orang, 2 catatan sumber', level: 1 }).waitFor();
    const detached = page.getByRole('region', { name: 'Dilepaskan dari orang ini' });
    await detached.getByText('Rudi Hartono').waitFor();
    const decision = page.getByTestId('group-decision').filter({ hasText: 'Catatan terlepas 1 dilepaskan dari orang ini oleh Penyidik Polda Tinjauan' });
    await decision.getByText('Alasan: Nama ayah berbeda di berkas kasus').waitFor();
    // Two records left: no more detaching (a person of two is split by un-merging), and the page says why.
    expect(await page.getByRole('button', { name: 'Lepaskan dari orang ini' }).count()).toBe(0);
    await page.getByText('Catatan dapat dilepaskan dari orang dengan tiga catatan atau lebih', { exact: false }).waitFor();
    await expectAccessible(page, 'person group with a detached record');
    await screenshot(page, 'linkage-group-detached');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'person group with a detached record on a phone');
    await decision.scrollIntoViewIfNeeded();
    await screenshot(page, 'linkage-group-detached');
    await decision.getByRole('button', { name: 'Pasang kembali' }).click();
    await decision.getByLabel('Alasan memasang kembali').fill('Ternyata orang yang sama, keliru dilepas');
    await screenshot(page, 'linkage-group-reattach');
    await page.setViewportSize({ width: 1280, height: 900 });
    await decision.getByRole('button', { name: 'Pasang kembali catatan ini' }).click();

    await page.getByRole('heading', { name: 'Satu orang, 3 catatan sumber', level: 1 }).waitFor();
    await page.getByTestId('group-decision').filter({ hasText: 'Alasan: Nama ayah berbeda di berkas kasus' }).getByText('dibatalkan', { exact: true }).waitFor();
    const group = await callApi(officerRequest, 'GET', `/api/linkage/groups/${groupId}`);
    expect(group.detached).toEqual([]);
    expect(group.decisions.map((d: any) => [d.kind, d.undone])).toEqual([['confirm', false], ['confirm', false], ['detach', true]]);
  });
});
