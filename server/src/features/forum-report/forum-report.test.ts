import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kepriAgencies } from '../../../seeds/agencies';
import { call, casePayload, ok } from '../../../test/case-fixtures';
import { makeAgency, signedInUser } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { systemContext } from '../../platform/context';
import { wrapText } from './pdf-layout';
import { seedTaskforceBodiesIfEmpty } from '../taskforce';

let t: TestApp;
let coordinator: Awaited<ReturnType<typeof signedInUser>>;
let meetingId: string;
const agencyId = new Map<string, string>();

const decisionId = 'Imigrasi Batam dan JIM Johor bertukar daftar deportan setiap pekan melalui KJRI Johor Bahru — “Stulang Laut”.';
const decisionMs = 'Imigresen Batam dan JIM Johor bertukar senarai orang yang diusir setiap minggu melalui KJRI Johor Bahru — “Stulang Laut”.';
const itemTitle = 'Susun format daftar deportan bersama (Şablon ČSV)';

beforeAll(async () => {
  t = await buildTestApp();
  for (const a of kepriAgencies) agencyId.set(a.code, (await makeAgency(t.deps, a)).id);
  await seedTaskforceBodiesIfEmpty(t.deps.db, systemContext(t.clock.now()));
  coordinator = await signedInUser(t, ['coordinator'], { agencyId: agencyId.get('BPPD-KEPRI')! });
  const polda = await signedInUser(t, ['officer'], { agencyId: agencyId.get('POLDA-KEPRI')! });
  // One case reported in the period (January 2026), one before it (October 2025).
  const januaryCase = await ok(t, polda.cookie, 'POST', '/api/cases', casePayload({ reportedOn: '2026-01-10' }));
  await ok(t, polda.cookie, 'POST', '/api/cases', casePayload({ reportedOn: '2025-10-02' }));
  const bodies = await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies');
  const bodyId = bodies.items.find((b: { code: string }) => b.code === 'SOSEK-MALINDO-KEPRI-JOHOR').id;
  const meeting = (startsAt: string, title: string) => ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', { bodyId, title, startsAt, place: 'Kantor BPPD Kepri, Tanjungpinang' });
  const previous = await meeting('2025-12-10T02:00:00.000Z', 'Rapat Pokja Desember 2025');
  const decided = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/meetings/${previous.id}/decisions`, { textId: 'Keputusan lama', textMs: 'Keputusan lama' });
  await ok(t, coordinator.cookie, 'POST', `/api/taskforce/decisions/${decided.id}/action-items`, {
    title: itemTitle,
    ownerAgencyId: agencyId.get('IMI-BATAM'),
    ownerPerson: 'Kasi Inteldakim',
    dueOn: '2026-01-05',
  });
  const current = await meeting('2026-01-20T02:00:00.000Z', 'Rapat Pokja Januari 2026');
  meetingId = current.id;
  await ok(t, coordinator.cookie, 'POST', `/api/taskforce/meetings/${meetingId}/decisions`, { textId: decisionId, textMs: decisionMs, textEn: 'Weekly deportee lists.' });

  // Joint patrols: three since the previous meeting count (this body's and one under no body, one
  // not reported yet); one before the previous meeting and another body's operation do not.
  const batamBody = bodies.items.find((b: { code: string }) => b.code === 'GT-PPTPPO-BATAM').id;
  const patrol = async (title: string, startsAt: string, extra: Record<string, unknown>, report?: Record<string, unknown>) => {
    const planned = await ok(t, polda.cookie, 'POST', '/api/patrols', {
      kind: 'patrol',
      title,
      area: { type: 'Polygon', coordinates: [[[103.95, 1.2], [104.1, 1.2], [104.1, 1.24], [103.95, 1.24], [103.95, 1.2]]] },
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + 6 * 3_600_000).toISOString(),
      agencyIds: [polda.agencyId, agencyId.get('PDRM-JOHOR')],
      ...extra,
    });
    if (report) await ok(t, polda.cookie, 'PUT', `/api/patrols/${planned.id}/report`, { version: 1, ...report });
  };
  const landing = (description: string) => ({ lat: 1.21, lng: 104.02, description });
  await patrol('Patroli Pokja Selat Singapura', '2026-01-05T22:00:00+07:00', { bodyId }, { peopleIntercepted: 4, boatsIntercepted: 1, landings: [landing('Pantai Nongsa'), landing('Teluk Mata Ikan')], caseIds: [januaryCase.id] });
  await patrol('Patroli gabungan Pulau Putri', '2026-01-12T20:00:00+07:00', {}, { peopleIntercepted: 3, boatsIntercepted: 0, landings: [landing('Pulau Putri')] });
  await patrol('Patroli terencana Batu Ampar', '2026-01-15T20:00:00+07:00', { bodyId });
  await patrol('Patroli November', '2025-11-20T20:00:00+07:00', { bodyId }, { peopleIntercepted: 50, boatsIntercepted: 5 });
  await patrol('Operasi Gugus Tugas Batam', '2026-01-08T20:00:00+07:00', { bodyId: batamBody }, { peopleIntercepted: 90, boatsIntercepted: 9 });
});
afterAll(() => t.close());

interface Text {
  str: string;
  x: number;
  page: number;
}

async function pdfText(body: Buffer): Promise<Text[]> {
  const doc = await getDocument({ data: new Uint8Array(body), disableFontFace: true, useSystemFonts: false }).promise;
  const texts: Text[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim()) texts.push({ str: item.str, x: item.transform[4] as number, page: n });
  }
  await doc.destroy();
  return texts;
}

describe('forum report', () => {
  it('prints Bahasa Indonesia left and Bahasa Malaysia right: indicators since the previous meeting, decisions, action items with status', async () => {
    const response = await call(t, coordinator.cookie, 'GET', `/api/taskforce/meetings/${meetingId}/report.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="laporan-forum-2026-01-20.pdf"');
    const texts = await pdfText(response.rawPayload);
    const find = (str: string) => {
      const found = texts.find((x) => x.str === str);
      if (!found) throw new Error(`"${str}" is not in the PDF:\n${texts.map((x) => x.str).join('\n')}`);
      return found;
    };
    const middle = 595.28 / 2;
    // The indicators count December 2025 – January 2026: the October case is outside.
    for (const [id, ms] of [
      ['Kasus TPPO: 1', 'Kes pemerdagangan orang: 1'],
      ['Desember 2025 – Januari 2026', 'Disember 2025 – Januari 2026'],
      ['Status: Terbuka — LEWAT TENGGAT', 'Status: Terbuka — MELEPASI TARIKH AKHIR'],
      ['4. Lain-lain', '4. Hal-hal lain'],
      // Patrol totals since the previous meeting: 3 patrols, 2 reported; 4 + 3 people, 1 boat, 2 + 1 landings, 1 case.
      ['Hasil patroli bersama', 'Hasil rondaan bersama'],
      ['Patroli dan operasi: 3 (2 sudah dilaporkan)', 'Rondaan dan operasi: 3 (2 telah dilaporkan)'],
      ['Orang dicegat: 7', 'Orang dipintas: 7'],
      ['Kapal dicegat: 1', 'Bot dipintas: 1'],
      ['Jalur tikus ditemukan: 3', 'Pendaratan haram (jalur tikus) ditemui: 3'],
      ['Kasus dibuka: 1', 'Kes dibuka: 1'],
    ]) {
      expect(find(id!).x, id).toBeLessThan(middle);
      expect(find(ms!).x, ms).toBeGreaterThan(middle);
    }
    // Decisions wrap over lines; their words (and typographic quotes) come through in each column.
    const left = texts.filter((x) => x.x < middle).map((x) => x.str).join(' ');
    const right = texts.filter((x) => x.x > middle).map((x) => x.str).join(' ');
    expect(left).toContain('“Stulang');
    expect(left).toContain('deportan setiap pekan');
    expect(right).toContain('senarai orang yang diusir');
    const all = texts.map((x) => x.str).join(' ');
    expect(all).toContain(itemTitle);
    // Per patrol, oldest first, with its own figures; the unreported one says so.
    const titles = ['1. Patroli Pokja Selat Singapura', '2. Patroli gabungan Pulau Putri', '3. Patroli terencana Batu Ampar'];
    expect(titles.map((title) => all.indexOf(title))).toEqual([...titles.map((title) => all.indexOf(title))].sort((a, b) => a - b));
    expect(titles.every((title) => all.includes(title))).toBe(true);
    expect(left).toContain('Orang dicegat: 4 · Kapal dicegat: 1 · Jalur tikus ditemukan: 2 · Kasus dibuka: 1');
    expect(left).toContain('Orang dicegat: 3 · Kapal dicegat: 0 · Jalur tikus ditemukan: 1 · Kasus dibuka: 0');
    expect(right).toContain('Orang dipintas: 4 · Bot dipintas: 1');
    expect(left).toContain('Belum dilaporkan');
    expect(all).not.toContain('Patroli November');
    expect(all).not.toContain('Operasi Gugus Tugas Batam');
    expect(find('Laporan Forum')).toBeDefined();
    const [audit] = (await t.deps.database.query<{ details: { format: string } }>(`select details from audit_log where action = 'taskforce.report.generate' and object_id = $1`, [meetingId])).rows;
    expect(audit!.details).toMatchObject({ format: 'pdf', period: { from: '2025-12', to: '2026-01' }, patrols: 3 });
  });

  it('gives the same report as an XLSX to edit', async () => {
    const response = await call(t, coordinator.cookie, 'GET', `/api/taskforce/meetings/${meetingId}/report.xlsx`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows = (name: string) => (workbook.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows('Ringkasan')).toContainEqual(['Kasus TPPO', 'Kes pemerdagangan orang', 1]);
    expect(rows('Keputusan')[1]).toEqual([1, decisionId, decisionMs, 'Weekly deportee lists.']);
    expect(rows('Ringkasan')).toContainEqual(['Orang dicegat', 'Orang dipintas', 7]);
    expect(rows('Ringkasan')).toContainEqual(['Jalur tikus ditemukan', 'Pendaratan haram (jalur tikus) ditemui', 3]);
    const patrols = rows('Patroli');
    expect(patrols.slice(1).map((r) => [r[2], ...r.slice(7)])).toEqual([
      ['Patroli Pokja Selat Singapura', 4, 1, 2, 1],
      ['Patroli gabungan Pulau Putri', 3, 0, 1, 0],
      ['Patroli terencana Batu Ampar', ...Array(4).fill('Belum dilaporkan / Belum dilaporkan')],
      [expect.stringContaining('Patroli dan operasi: 3'), 7, 1, 3, 1],
    ]);
    expect(patrols[1]!.slice(3, 6)).toEqual(['2026-01-05 22:00', '2026-01-06 04:00', 'Kota Batam']);
    expect(rows('Tindak lanjut')[1]).toEqual([1, itemTitle, expect.stringContaining('(Kasi Inteldakim)'), '2026-01-05', 'Terbuka', 'Terbuka', 'X', '']);
  });

  it('wraps words to the width and breaks a word longer than a line', () => {
    const measure = (s: string) => s.length;
    expect(wrapText('satu dua tiga empat', 9, measure)).toEqual(['satu dua', 'tiga', 'empat']);
    expect(wrapText('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('baris satu\r\nbaris dua', 20, measure)).toEqual(['baris satu', 'baris dua']);
    expect(wrapText('a\tb\u0007c', 20, measure)).toEqual(['a bc']);
  });
});
