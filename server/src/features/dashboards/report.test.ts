import { inflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, signedInUser } from '../../../test/factories';
import { makeCase } from '../../../test/case-factories';
import { users } from '../../platform/db/schema';
import { toWinAnsi } from './report.files';

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

// WinAnsi (cp1252) 0x80–0x9F; Node's TextDecoder reads 'windows-1252' as Latin-1 and loses them.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsi = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x80 && b < 0xa0 ? cp1252High[b - 0x80] : String.fromCharCode(b))).join('');

/** The text a PDF shows: every string drawn by `Tj` in its (deflated) content streams, one per line. */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const match of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // not a deflated content stream (fonts, metadata)
    }
    for (const text of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(winAnsi(Buffer.from(text[1]!, 'hex')));
  }
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
    const text = pdfText(file.rawPayload);
    expect(text).toContain('Laporan triwulanan TPPO Kepulauan Riau: Januari 2024 – Maret 2024');
    expect(text).toContain('Angka utama');
    // KPI rows: the label, then its count.
    expect(text).toMatch(/\nKasus\n2\n/);
    expect(text).toMatch(/\nKorban\n3\n/);
    expect(text).toMatch(/\nKorban anak \(< 18\)\n1\n/);
    // Codes as names: the port, the route (→ spelled for the PDF font), the sex.
    expect(text).toContain('Batam Centre International Ferry Terminal');
    expect(text).toContain('Batam Centre International Ferry Terminal -> Malaysia');
    expect(text).toContain('Perempuan');
    expect(text).not.toContain('ID-BTM-BTC');
    // The official figure, Benteng's count and the gap (2 − 9).
    expect(text).toMatch(/Polda Kepri\nKasus TPPO\n2024-01-01 – 2024-03-31\n9\n2\n-7\n/);
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
    const text = pdfText((await download(officer.cookie, report.id, 'pdf')).rawPayload);
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

  it('spells the signs the PDF font lacks', () => {
    expect(toWinAnsi('A → B − 2 “ok” – é')).toBe('A -> B - 2 “ok” – é');
    expect(toWinAnsi('漢')).toBe('?');
  });
});
