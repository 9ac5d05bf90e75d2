import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';
import { users } from '../../platform/db/schema';
import { embedUnicodeFonts } from '../../platform/pdf/unicode-fonts';
import { printable } from './report.files';
import { purgeReports } from './report.service';

let t: TestApp;
let coordinator: { id: string; cookie: string };
let officer: { id: string; cookie: string };

beforeAll(async () => {
  t = await buildTestApp();
  const agency = (await makeAgency(t.deps)).id;
  coordinator = await signedInUser(t, ['coordinator'], { agencyId: agency });
  officer = await signedInUser(t, ['officer'], { agencyId: agency });
  // February 2024: two cases through Batam Centre to Malaysia, three victims, one a child.
  const route = [
    { type: 'interception' as const, placeKind: 'port' as const, portId: 'ID-BTM-BTC' },
    { type: 'exploitation' as const, placeKind: 'abroad' as const, country: 'MY' },
  ];
  await makeCase(t.deps, { agencyId: agency, reportedOn: '2024-02-05', route, people: [{ role: 'victim', sex: 'female', ageWhenTrafficked: 16 }, { role: 'suspect', sex: 'male' }] });
  await makeCase(t.deps, { agencyId: agency, reportedOn: '2024-02-19', route, people: [{ role: 'victim', sex: 'female', ageWhenTrafficked: 23 }, { role: 'victim', sex: 'male', ageWhenTrafficked: 30 }] });
  const figure = {
    publisher: 'Polda Kepri',
    indicator: 'cases',
    periodStart: '2024-01-01',
    periodEnd: '2024-03-31',
    value: 9,
    sourceTitle: 'Rilis triwulan I 2024',
  };
  const r = await t.app.inject(apiRequest({ method: 'POST', url: '/api/official-statistics', cookie: coordinator.cookie, payload: figure }));
  expect(r.statusCode, r.body).toBe(201);
});
afterAll(() => t.close());

/** Asks for a report and waits for its job (in process here) to finish. */
async function makeReport(cookie: string, body: object): Promise<{ id: string; status: string; from: string; to: string; locale: string }> {
  const asked = await t.app.inject(apiRequest({ method: 'POST', url: '/api/dashboards/reports', cookie, payload: body }));
  expect(asked.statusCode, asked.body).toBe(202);
  expect(asked.json().status).toBe('queued');
  for (let attempt = 0; attempt < 200; attempt++) {
    const list = await t.app.inject(apiRequest({ method: 'GET', url: '/api/dashboards/reports', cookie }));
    const report = list.json().items.find((r: { id: string }) => r.id === asked.json().id);
    if (report.status === 'done' || report.status === 'failed') return report;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The report job did not finish');
}

/** The text a PDF shows, as PDF.js reads it (its embedded font's Unicode map): one drawn string per line. */
async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    for (const item of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in item && item.str.trim()) lines.push(item.str);
  }
  await doc.destroy();
  return lines.join('\n');
}

const download = async (cookie: string, id: string, format: 'pdf' | 'xlsx') => t.app.inject(apiRequest({ method: 'GET', url: `/api/dashboards/reports/${id}/${format}`, cookie }));

describe('monthly and quarterly reports', () => {
  it('makes the quarter as a PDF in Indonesian with the figures, names and the official gap', async () => {
    const report = await makeReport(coordinator.cookie, { kind: 'quarter', period: '2024-Q1' });
    expect(report).toMatchObject({ status: 'done', from: '2024-01', to: '2024-03', locale: 'id' });
    const file = await download(coordinator.cookie, report.id, 'pdf');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe('attachment; filename="benteng-laporan-2024-Q1-id.pdf"');
    expect((await PDFDocument.load(file.rawPayload)).getPageCount()).toBeGreaterThan(1);
    const text = await pdfText(file.rawPayload);
    expect(text).toContain('Laporan triwulanan TPPO Kepulauan Riau: Januari 2024 – Maret 2024');
    expect(text).toContain('Angka utama');
    // KPI rows: the label, then its count.
    expect(text).toMatch(/\nKasus\n2\n/);
    expect(text).toMatch(/\nKorban\n3\n/);
    expect(text).toMatch(/\nKorban anak \(< 18\)\n1\n/);
    // Codes as names: the port, the route (its arrow printed as such: the font is embedded), the sex.
    expect(text).toContain('Batam Centre International Ferry Terminal');
    expect(text).toContain('Batam Centre International Ferry Terminal → Malaysia');
    expect(text).not.toContain('->');
    expect(text).toContain('Selisih = catatan Benteng − angka resmi; negatif berarti Benteng mencatat lebih sedikit.');
    expect(text).toContain('Perempuan');
    expect(text).not.toContain('ID-BTM-BTC');
    // The official figure, Benteng's count and the gap (2 − 9).
    // (Cells wrap within their column: read the row with its line breaks as spaces.)
    expect(text.replace(/\n/g, ' ')).toContain('Polda Kepri Kasus TPPO 2024-01-01 – 2024-03-31 9 2 -7 Rilis triwulan I 2024');
  });

  it('writes the workbook with a sheet per part and numbers as numbers', async () => {
    const report = await makeReport(coordinator.cookie, { kind: 'month', period: '2024-02' });
    const file = await download(coordinator.cookie, report.id, 'xlsx');
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Tren', 'Rincian', 'Angka resmi']);
    const values = (name: string) => workbook.getWorksheet(name)!.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values('Ringkasan')[1]).toEqual(['Laporan bulanan TPPO Kepulauan Riau: Februari 2024']);
    expect(values('Ringkasan')).toContainEqual(['Kasus', 2]);
    expect(values('Ringkasan')).toContainEqual(['Dicegah di pelabuhan resmi', 2]);
    expect(values('Tren')).toContainEqual(['Februari 2024', 2, 3, 1, 0, 2, 0]);
    expect(values('Rincian')).toContainEqual(['Batam Centre International Ferry Terminal → Malaysia', 2]);
  });

  it("is in the requester's language", async () => {
    await t.deps.db.update(users).set({ locale: 'en' }).where(eq(users.id, officer.id));
    const report = await makeReport(officer.cookie, { kind: 'month', period: '2024-02' });
    expect(report.locale).toBe('en');
    const text = await pdfText((await download(officer.cookie, report.id, 'pdf')).rawPayload);
    expect(text).toContain('Monthly TIP report, Riau Islands: February 2024');
    expect(text).toMatch(/\nChild victims \(< 18\)\n1\n/);
    expect(text).toContain('Female');
  });

  it('belongs to the one who asked; periods are checked', async () => {
    const report = await makeReport(coordinator.cookie, { kind: 'month', period: '2024-03' });
    expect((await download(officer.cookie, report.id, 'pdf')).statusCode).toBe(404);
    const list = await t.app.inject(apiRequest({ method: 'GET', url: '/api/dashboards/reports', cookie: officer.cookie }));
    expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(report.id);
    for (const body of [{ kind: 'month', period: '2024-13' }, { kind: 'quarter', period: '2024-05' }, { kind: 'quarter', period: '2024-Q5' }]) {
      const r = await t.app.inject(apiRequest({ method: 'POST', url: '/api/dashboards/reports', cookie: coordinator.cookie, payload: body }));
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('prints arrows, minus signs and accents with the embedded font; a character it lacks as a question mark', async () => {
    const doc = await PDFDocument.create();
    const { regular } = await embedUnicodeFonts(doc);
    expect(printable('A → B − 2 “ok” – é ≥ 1', regular)).toBe('A → B − 2 “ok” – é ≥ 1');
    expect(printable('Kantor 漢\tBatam\u0007', regular)).toBe('Kantor ? Batam');
    // The standard fonts would not do: Helvetica lacks the arrow and the minus sign.
    const helvetica = await doc.embedFont(StandardFonts.Helvetica);
    expect(printable('→ −', helvetica)).toBe('? ?');
  });

  it('deletes reports (files and all) once older than the retention, audited one by one', async () => {
    expect(t.deps.config.dashboards.reportsRetentionDays).toBe(90);
    const report = await makeReport(officer.cookie, { kind: 'month', period: '2024-01' });
    const q = <T>(text: string, params?: unknown[]) => t.deps.database.query<T>(text, params).then((r) => r.rows);
    const [{ count: before }] = (await q<{ count: number }>('select count(*)::int as count from dashboard_reports')) as [{ count: number }];
    const day = 86_400_000;
    const asked = t.clock.now().getTime();
    expect(await purgeReports(t.deps, new Date(asked + 89 * day))).toBe(0);
    expect((await download(officer.cookie, report.id, 'pdf')).statusCode).toBe(200);
    // Every report of this file was asked for at the same (fake) time: all go at once.
    expect(await purgeReports(t.deps, new Date(asked + 91 * day))).toBe(before);
    expect(await q('select id from dashboard_reports')).toEqual([]);
    expect((await download(officer.cookie, report.id, 'pdf')).statusCode).toBe(404);
    const audits = await q<{ object_id: string; actor_user_id: string | null; details: { period: string; retentionDays: number; requestedBy: string } }>(
      `select object_id, actor_user_id, details from audit_log where action = 'dashboards.report.purge'`,
    );
    expect(audits).toHaveLength(before);
    expect(audits.find((a) => a.object_id === report.id)).toMatchObject({ actor_user_id: null, details: { period: '2024-01', retentionDays: 90, requestedBy: officer.id } });
    expect(await purgeReports(t.deps, new Date(asked + 91 * day))).toBe(0);
  });
});
