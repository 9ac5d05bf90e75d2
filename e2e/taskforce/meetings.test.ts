import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { renderFirstPage } from '../pdf';
import { screenshot } from '../screenshots';

// The BPPD coordinator runs the Kepri–Johor working group: a meeting from the template, a decision
// in three languages with an action item for PDRM Johor, which the next meeting follows up.
const coordinator = {
  email: 'koordinator.bppd@e2e.test',
  displayName: 'Koordinator BPPD E2E',
  agencyCode: 'BPPD-KEPRI',
  roles: ['coordinator'],
  password: 'perahu pompong menyeberang ke pulau penyengat',
};
const workingGroup = 'Kelompok Kerja SOSEK MALINDO Kepulauan Riau–Johor';
const itemTitle = 'Kirim data deportasi bulanan ke BPPD Kepri';

let harness: Harness;
let page: Page;
let nextMeetingUrl: string;

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  page = await (await signedInAccount(harness.newContext, admin, coordinator)).newPage();
});

afterAll(async () => {
  await harness?.stop();
});

async function createMeeting(title: string, startsAt: string) {
  await page.goto('/taskforce');
  await page.getByRole('link', { name: workingGroup }).click();
  await page.getByRole('heading', { name: workingGroup, level: 1 }).waitFor();
  await page.getByLabel('Judul rapat').fill(title);
  await page.getByLabel('Mulai').fill(startsAt);
  await page.getByLabel(/^Tempat/).fill('Kantor BPPD Kepri, Tanjungpinang');
  await page.getByRole('button', { name: 'Buat rapat' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

describe('task force meetings', () => {
  test('the bodies list and a body page with members and representatives', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Gugus tugas' }).click();
    await page.getByRole('heading', { name: 'Gugus tugas dan forum', level: 1 }).waitFor();
    await page.getByRole('link', { name: workingGroup }).waitFor();
    await expectAccessible(page, 'task force bodies');
    await page.getByRole('link', { name: workingGroup }).click();
    await page.getByRole('heading', { name: workingGroup, level: 1 }).waitFor();
    const members = page.getByRole('table', { name: 'Anggota' });
    await members.getByText('Polis Diraja Malaysia, Ibu Pejabat Polis Kontinjen Johor').waitFor();
    await page.getByLabel('Instansi', { exact: true }).selectOption({ label: 'Polis Diraja Malaysia, Ibu Pejabat Polis Kontinjen Johor' });
    await page.getByLabel('Nama perwakilan').fill('ASP Rahman bin Yusof');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await members.getByText('ASP Rahman bin Yusof').waitFor();
    await expectAccessible(page, 'task force body');
  });

  test('a meeting from the template with a decision and its action item', async () => {
    await createMeeting('Rapat Pokja Kepri–Johor November 2026', '2026-11-20T09:00');
    const agenda = page.getByRole('region', { name: 'Agenda' });
    expect(await agenda.locator('li').allTextContents()).toEqual(['Pembukaan', 'Agenda tetap: pencegahan dan penanganan TPPO', 'Lain-lain']);
    await page.getByLabel('Nama', { exact: true }).fill('Drs. Hendra Wijaya');
    await page.getByRole('button', { name: 'Tambah peserta' }).click();
    await page.getByRole('table', { name: 'Peserta' }).getByText('Drs. Hendra Wijaya', { exact: true }).waitFor();
    await page.getByLabel('Bahasa Indonesia').fill('Kedua pihak bertukar data PMI nonprosedural yang dideportasi setiap bulan.');
    await page.getByLabel('Bahasa Malaysia').fill('Kedua-dua pihak bertukar data PMI tanpa izin yang dihantar pulang setiap bulan.');
    await page.getByLabel(/^English/).fill('Both sides exchange data on deported non-procedural migrant workers every month.');
    await page.getByRole('button', { name: 'Catat keputusan' }).click();
    await page.getByRole('heading', { name: 'Keputusan 1' }).waitFor();
    await page.getByRole('button', { name: 'Tambah tindak lanjut untuk keputusan 1' }).click();
    const form = page.getByRole('form', { name: 'Tambah tindak lanjut untuk keputusan 1' });
    await form.getByLabel('Tindak lanjut', { exact: true }).fill(itemTitle);
    await form.getByLabel('Instansi penanggung jawab').selectOption({ label: 'Polis Diraja Malaysia, Ibu Pejabat Polis Kontinjen Johor' });
    await form.getByLabel('Nama penanggung jawab').fill('ASP Rahman');
    await form.getByLabel('Tenggat').fill('2026-12-10');
    await form.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await page.getByRole('table', { name: 'Tindak lanjut' }).getByText(itemTitle).waitFor();
    await expectAccessible(page, 'meeting with a decision and an action item');
    await screenshot(page, 'taskforce-meeting');
  });

  test('the next meeting carries the open item over; its status is updated with evidence', async () => {
    await createMeeting('Rapat Pokja Kepri–Johor Desember 2026', '2026-12-15T09:00');
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await agenda.getByText(`Tindak lanjut: ${itemTitle}`).waitFor();
    const carried = page.getByRole('table', { name: 'Tindak lanjut dari rapat sebelumnya' });
    await carried.getByText(itemTitle).waitFor();
    await carried.getByRole('button', { name: `Perbarui status: ${itemTitle}` }).click();
    // In progress it stays on this meeting's follow-up (done before the meeting, it would leave it).
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Berjalan' });
    await page.getByLabel(/^Bukti penyelesaian/).fill('Data Oktober dikirim, November menyusul');
    await page.getByRole('button', { name: 'Perbarui status', exact: true }).click();
    await carried.getByText('Data Oktober dikirim, November menyusul').waitFor();
    await carried.getByText('Berjalan', { exact: true }).waitFor();
    await expectAccessible(page, 'meeting with a carried-over item');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByRole('heading', { name: 'Agenda' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'taskforce-next-meeting');
    await page.setViewportSize({ width: 1280, height: 900 });
    nextMeetingUrl = page.url();

    // The meeting's calendar file is a real iCalendar object.
    const href = await page.getByRole('link', { name: 'Tambahkan ke kalender (.ics)' }).getAttribute('href');
    const ics = await (await page.request.get(href!)).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Rapat Pokja Kepri–Johor Desember 2026');
  });

  test('the forum report: a bilingual PDF whose first page is drawn to a PNG to look at', async () => {
    // A joint patrol between the two meetings, reported: its results are in the report.
    const agencies = await callApi<{ items: { id: string; code: string }[] }>(page.request, 'GET', '/api/agencies');
    const idOf = (code: string) => agencies.items.find((a) => a.code === code)!.id;
    const patrol = await callApi(page.request, 'POST', '/api/patrols', {
      kind: 'patrol',
      title: 'Patroli bersama Selat Singapura (E2E)',
      area: { type: 'Polygon', coordinates: [[[103.95, 1.2], [104.1, 1.2], [104.1, 1.24], [103.95, 1.24], [103.95, 1.2]]] },
      startsAt: '2026-11-24T20:00:00+07:00',
      endsAt: '2026-11-25T04:00:00+07:00',
      agencyIds: [idOf('POLDA-KEPRI'), idOf('PDRM-JOHOR')],
    });
    await callApi(page.request, 'PUT', `/api/patrols/${patrol.id}/report`, { version: 1, peopleIntercepted: 6, boatsIntercepted: 1, landings: [{ lat: 1.21, lng: 104.02, description: 'Pantai Nongsa' }] });
    await page.goto(nextMeetingUrl);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('laporan-forum-2026-12-15.pdf');
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await expectAccessible(page, 'meeting with its report card');

    // PDF.js draws page 1 (tmp/screenshots/taskforce-report-page1.png) and reads its text.
    const { pages, text } = await renderFirstPage(page.context(), pdf, 'taskforce-report-page1');
    expect(pages).toBeGreaterThanOrEqual(1);
    // Page 1 carries the patrol results since the November meeting, in both columns.
    expect(text).toContain('Orang dicegat: 6');
    expect(text).toContain('Orang dipintas: 6');
    expect(text).toContain('1. Patroli bersama Selat Singapura (E2E)');
  });

  test('meeting attachments: upload a PDF, download it byte for byte, delete another file', async () => {
    await page.goto(nextMeetingUrl);
    const section = page.getByRole('region', { name: 'Lampiran rapat' });
    await section.getByText('Belum ada lampiran.').waitFor();
    const paper = Buffer.from('%PDF-1.4\n% Paparan PDRM Johor: pemintasan Oktober–November 2026\n%%EOF\n');
    const input = section.getByLabel('Berkas', { exact: true });
    // A file that is not an accepted type is refused before it is sent.
    await input.setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan PDF') });
    await section.getByRole('button', { name: 'Unggah lampiran' }).click();
    await section.getByText('Hanya PDF, JPEG, PNG atau WebP yang diterima.').waitFor();
    await input.setInputFiles({ name: 'Paparan PDRM – November 2026.pdf', mimeType: 'application/pdf', buffer: paper });
    await section.getByRole('button', { name: 'Unggah lampiran' }).click();
    await section.getByRole('cell', { name: 'Paparan PDRM – November 2026.pdf', exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Unduh Paparan PDRM – November 2026.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Paparan PDRM – November 2026.pdf');
    expect(fs.readFileSync(await download.path()).equals(paper)).toBe(true);

    const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    await input.setInputFiles({ name: 'foto-rapat.png', mimeType: 'image/png', buffer: onePixelPng });
    await section.getByRole('button', { name: 'Unggah lampiran' }).click();
    await section.getByRole('cell', { name: 'foto-rapat.png', exact: true }).waitFor();
    await expectAccessible(page, 'meeting with attachments');
    await section.scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 360, height: 780 });
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'taskforce-attachments');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'taskforce-attachments');

    await section.getByRole('button', { name: 'Hapus foto-rapat.png' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hapus lampiran foto-rapat.png?' });
    await expectAccessible(page, 'delete attachment dialog');
    await dialog.getByRole('button', { name: 'Hapus' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByRole('cell', { name: 'foto-rapat.png', exact: true }).waitFor({ state: 'detached' });
    await section.getByRole('cell', { name: 'Paparan PDRM – November 2026.pdf', exact: true }).waitFor();
  });

  test('the action items list and the responsibility matrix with its conflicts', async () => {
    await page.goto('/taskforce/action-items');
    await page.getByRole('heading', { name: 'Tindak lanjut', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Tindak lanjut' }).getByText(itemTitle).waitFor();
    await expectAccessible(page, 'action items');

    await page.goto('/taskforce/matrix');
    await page.getByRole('heading', { name: 'Matriks tanggung jawab', level: 1 }).waitFor();
    await page.getByText('Matriks belum pernah disimpan.').first().waitFor();
    await page.getByRole('button', { name: 'Ubah matriks' }).click();
    await page.getByLabel('Tahap').selectOption({ label: 'Penindakan di jalur tikus' });
    await page.getByRole('group', { name: 'Penindakan di jalur tikus: Responsible (pelaksana)' }).getByLabel('Ditpolairud Polda Kepri').check();
    const accountable = page.getByRole('group', { name: 'Penindakan di jalur tikus: Accountable (penanggung jawab akhir)' });
    await accountable.getByLabel('Polda Kepri', { exact: true }).check();
    await accountable.getByLabel('Ditpolairud Polda Kepri').check();
    await page.getByLabel('Alasan perubahan').fill('Hasil rapat Pokja November 2026');
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    await page.getByRole('heading', { name: 'Versi 1', exact: true, level: 2 }).waitFor();
    await page.getByText('Penindakan di jalur tikus: lebih dari satu Accountable').waitFor();
    await page.getByRole('table', { name: 'Riwayat versi' }).getByText('Hasil rapat Pokja November 2026').waitFor();
    await expectAccessible(page, 'responsibility matrix');
    await screenshot(page, 'taskforce-matrix');

    // A case found on patrol shows who leads interception at unofficial landings.
    const kase = await callApi(page.request, 'POST', '/api/cases', { title: 'Pompong dicegat di Tanjung Uban (E2E)', reportedOn: '2026-11-25', discoveryChannel: 'patrol' });
    await page.goto(`/cases/${kase.id}`);
    const card = page.getByRole('region', { name: 'Siapa bertanggung jawab' });
    await card.getByText('Tahap kasus ini: Penindakan di jalur tikus').waitFor();
    await card.getByText('Direktorat Kepolisian Perairan dan Udara Polda Kepulauan Riau', { exact: true }).waitFor();
    await expectAccessible(page, 'case page with the responsibility card');
  });
});
