import ExcelJS from 'exceljs';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { embedUnicodeFonts } from '../../platform/pdf/unicode-fonts';
import type { ReportModel, ReportTable } from './report.model';

const characterSets = new WeakMap<PDFFont, Set<number>>();

/**
 * What the PDF draws of a text: control characters have no glyph (tabs become spaces, the others
 * go), and a character the font lacks (DejaVu Sans has no CJK, say) is written as a question mark
 * instead of an empty box.
 */
export function printable(text: string, font: PDFFont): string {
  let supported = characterSets.get(font);
  if (!supported) characterSets.set(font, (supported = new Set(font.getCharacterSet())));
  return [...text.replace(/\t/g, ' ')]
    .filter((c) => c.codePointAt(0)! >= 32)
    .map((c) => (supported.has(c.codePointAt(0)!) ? c : '?'))
    .join('');
}

const pageSize: [number, number] = [595.28, 841.89]; // A4
const margin = 48;
const width = pageSize[0] - 2 * margin;
const ink = rgb(0.086, 0.125, 0.165);
const muted = rgb(0.29, 0.345, 0.4);
const rule = rgb(0.83, 0.855, 0.88);
const headerFill = rgb(0.93, 0.95, 0.97);

/** Lays text out top to bottom on A4 pages, starting a page when the next block would not fit. */
class PdfWriter {
  page: PDFPage;
  y = pageSize[1] - margin;
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(pageSize);
  }
  room(height: number): void {
    if (this.y - height >= margin + 16) return;
    this.page = this.doc.addPage(pageSize);
    this.y = pageSize[1] - margin;
  }
  /** Splits text into lines no wider than `max` points. */
  wrap(text: string, size: number, max: number, font = this.font): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of printable(text, font).split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    return [...lines, line];
  }
  paragraph(text: string, size: number, font = this.font, color = ink): void {
    for (const line of this.wrap(text, size, width, font)) {
      this.room(size * 1.4);
      this.y -= size * 1.4;
      this.page.drawText(line, { x: margin, y: this.y, size, font, color });
    }
  }
  table(table: ReportTable, numberText: (n: number) => string): void {
    const size = 8.5;
    const line = size * 1.35;
    const numeric = table.columns.map((_, c) => c > 0 && table.rows.every((r) => typeof r[c] === 'number' || r[c] === null || typeof r[c] === 'string'));
    const natural = table.columns.map((header, c) =>
      Math.min(
        200,
        Math.max(this.bold.widthOfTextAtSize(printable(header, this.bold), size), ...table.rows.map((r) => this.font.widthOfTextAtSize(printable(textOf(r[c] ?? null, numberText), this.font), size))) + 10,
      ),
    );
    const total = natural.reduce((a, b) => a + b, 0);
    const widths = natural.map((w) => (w / total) * width);
    const drawRow = (cells: string[], font: PDFFont, fill?: typeof headerFill) => {
      const wrapped = cells.map((text, c) => this.wrap(text, size, widths[c]! - 8, font));
      const height = Math.max(...wrapped.map((l) => l.length)) * line + 6;
      this.room(height);
      if (fill) this.page.drawRectangle({ x: margin, y: this.y - height, width, height, color: fill });
      let x = margin;
      wrapped.forEach((lines, c) => {
        lines.forEach((text, i) => {
          const w = font.widthOfTextAtSize(text, size);
          const right = c > 0 && numeric[c] && typeof table.rows[0]?.[c] === 'number';
          this.page.drawText(text, { x: right ? x + widths[c]! - 4 - w : x + 4, y: this.y - 3 - line * (i + 1) + 2, size, font, color: ink });
        });
        x += widths[c]!;
      });
      this.y -= height;
      this.page.drawLine({ start: { x: margin, y: this.y }, end: { x: margin + width, y: this.y }, thickness: 0.5, color: rule });
    };
    this.room(60);
    this.y -= 10;
    this.paragraph(table.title, 11, this.bold);
    if (table.note) this.paragraph(table.note, 8.5, this.font, muted);
    this.y -= 4;
    drawRow(table.columns, this.bold, headerFill);
    for (const row of table.rows) drawRow(row.map((cell) => textOf(cell, numberText)), this.font);
  }
}

const textOf = (cell: string | number | null, numberText: (n: number) => string) => (cell === null ? '' : typeof cell === 'number' ? numberText(cell) : cell);

const intlLocale = { id: 'id-ID', en: 'en-GB', ms: 'ms-MY' } as const;

/** The report as a PDF (A4, DejaVu Sans embedded), with its title, heading lines, every table and page numbers. */
export async function reportPdf(model: ReportModel, createdAt: Date): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(model.title);
  doc.setLanguage(model.locale);
  doc.setCreator('Benteng');
  doc.setProducer('Benteng');
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);
  const { regular, bold } = await embedUnicodeFonts(doc);
  const writer = new PdfWriter(doc, regular, bold);
  const number = new Intl.NumberFormat(intlLocale[model.locale]);
  writer.paragraph(model.title, 16, writer.bold);
  writer.y -= 4;
  for (const line of model.lines) writer.paragraph(line, 9.5, writer.font, muted);
  for (const table of model.tables) writer.table(table, (n) => number.format(n));
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = printable(`${model.title} · ${i + 1}/${pages.length}`, writer.font);
    page.drawText(footer, { x: margin, y: margin / 2, size: 7.5, font: writer.font, color: muted });
  });
  return Buffer.from(await doc.save());
}

/** The report as a workbook: one sheet per part (summary, trend, breakdowns, official figures), numbers as numbers. */
export async function reportXlsx(model: ReportModel, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Benteng';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  workbook.title = model.title;
  const sheets = model.messages.sheets;
  for (const key of Object.keys(sheets) as (keyof typeof sheets)[]) {
    const sheet = workbook.addWorksheet(sheets[key]);
    if (key === 'summary') {
      sheet.addRow([model.title]).font = { bold: true, size: 14 };
      for (const line of model.lines) sheet.addRow([line]);
      sheet.addRow([]);
    }
    for (const table of model.tables.filter((t) => t.sheet === key)) {
      sheet.addRow([table.title]).font = { bold: true, size: 12 };
      if (table.note) sheet.addRow([table.note]).font = { italic: true };
      const header = sheet.addRow(table.columns);
      header.font = { bold: true };
      header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDF2F7' } }));
      for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ''));
      sheet.addRow([]);
    }
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 48 : 18));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
