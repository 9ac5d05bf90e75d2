import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kepriAgencies } from '../../../seeds/agencies';
import { call, casePayload, ok } from '../../../test/case-fixtures';
import { makeAgency, signedInUser } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { systemContext } from '../../platform/context';
import { wrapText } from './pdf-layout';
import { seedTaskforceBodiesIfEmpty } from './taskforce.seed';

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
  await ok(t, polda.cookie, 'POST', '/api/cases', casePayload({ reportedOn: '2026-01-10' }));
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
    expect(texts.map((x) => x.str).join(' ')).toContain(itemTitle);
    expect(find('Laporan Forum')).toBeDefined();
    const [audit] = (await t.deps.database.query<{ details: { format: string } }>(`select details from audit_log where action = 'taskforce.report.generate' and object_id = $1`, [meetingId])).rows;
    expect(audit!.details).toMatchObject({ format: 'pdf', period: { from: '2025-12', to: '2026-01' } });
  });

  it('gives the same report as an XLSX to edit', async () => {
    const response = await call(t, coordinator.cookie, 'GET', `/api/taskforce/meetings/${meetingId}/report.xlsx`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows = (name: string) => (workbook.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows('Ringkasan')).toContainEqual(['Kasus TPPO', 'Kes pemerdagangan orang', 1]);
    expect(rows('Keputusan')[1]).toEqual([1, decisionId, decisionMs, 'Weekly deportee lists.']);
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
