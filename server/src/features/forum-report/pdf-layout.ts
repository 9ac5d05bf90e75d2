import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { embedUnicodeFonts } from '../../platform/pdf/unicode-fonts';

export interface Run {
  text: string;
  bold?: boolean;
  size?: number;
  muted?: boolean;
}

interface Line {
  text: string;
  font: PDFFont;
  size: number;
  muted: boolean;
}

const pageSize: [number, number] = [595.28, 841.89];
const margin = 48;
const gutter = 24;
const footerSpace = 28;
const leading = 1.35;

/** Splits text into lines that fit the width, breaking words longer than a line by characters. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  // Control characters have no glyph: tabs become spaces, the others are dropped.
  const printable = [...text.replace(/\t/g, ' ').replace(/\r\n?/g, '\n')].filter((c) => c === '\n' || c.charCodeAt(0) >= 32).join('');
  for (const paragraph of printable.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = current ? `${current} ${word}` : word;
      if (measure(candidate) <= width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = '';
      let rest = word;
      while (measure(rest) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      current = rest;
    }
    lines.push(current);
  }
  return lines;
}

/**
 * A flowing A4 layout: full-width blocks and two-column rows (one language left, the other right)
 * laid out line by line, so a long decision continues on the next page instead of running off it.
 */
export class TwoColumnPdf {
  private page!: PDFPage;
  private y = 0;
  readonly columnWidth = (pageSize[0] - 2 * margin - gutter) / 2;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly onNewPage: (pdf: TwoColumnPdf) => void,
  ) {}

  static async create(title: string, onNewPage: (pdf: TwoColumnPdf) => void): Promise<TwoColumnPdf> {
    const doc = await PDFDocument.create();
    doc.setTitle(title);
    doc.setProducer('Benteng');
    doc.setCreator('Benteng');
    // Names and decisions typed by users print as typed (DejaVu Sans, not WinAnsi).
    const { regular, bold } = await embedUnicodeFonts(doc);
    const pdf = new TwoColumnPdf(doc, regular, bold, onNewPage);
    pdf.newPage();
    return pdf;
  }

  private newPage(): void {
    this.page = this.doc.addPage(pageSize);
    this.y = pageSize[1] - margin;
    this.onNewPage(this);
  }

  private lines(runs: readonly Run[], width: number): Line[] {
    return runs.flatMap((run) => {
      const font = run.bold ? this.bold : this.regular;
      const size = run.size ?? 9;
      return wrapText(run.text, width, (s) => font.widthOfTextAtSize(s, size)).map((text) => ({ text, font, size, muted: run.muted ?? false }));
    });
  }

  private draw(line: Line | undefined, x: number, y: number): void {
    if (!line || !line.text) return;
    this.page.drawText(line.text, { x, y, size: line.size, font: line.font, color: line.muted ? rgb(0.35, 0.37, 0.4) : rgb(0.07, 0.09, 0.12) });
  }

  /** Lines side by side: left and right advance together, each line pair on the same baseline. */
  row(left: readonly Run[], right: readonly Run[], gapAfter = 6): void {
    const l = this.lines(left, this.columnWidth);
    const r = this.lines(right, this.columnWidth);
    for (let i = 0; i < Math.max(l.length, r.length); i += 1) {
      const height = Math.max(l[i]?.size ?? 0, r[i]?.size ?? 0) * leading;
      if (this.y - height < margin + footerSpace) this.newPage();
      this.y -= height;
      this.draw(l[i], margin, this.y);
      this.draw(r[i], margin + this.columnWidth + gutter, this.y);
    }
    this.y -= gapAfter;
  }

  /** Text across both columns (what has one language only: titles, names, typed item titles). */
  full(runs: readonly Run[], gapAfter = 6): void {
    for (const line of this.lines(runs, pageSize[0] - 2 * margin)) {
      const height = line.size * leading;
      if (this.y - height < margin + footerSpace) this.newPage();
      this.y -= height;
      this.draw(line, margin, this.y);
    }
    this.y -= gapAfter;
  }

  rule(gapAfter = 8): void {
    this.y -= 2;
    this.page.drawLine({ start: { x: margin, y: this.y }, end: { x: pageSize[0] - margin, y: this.y }, thickness: 0.5, color: rgb(0.75, 0.77, 0.8) });
    this.y -= gapAfter;
  }

  /** Writes each page's footer (left and right texts) once the page count is known, and saves. */
  async save(footer: (page: number, of: number) => [string, string]): Promise<Buffer> {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const size = 7.5;
      const color = rgb(0.35, 0.37, 0.4);
      footer(i + 1, pages.length).forEach((text, column) => {
        const lines = wrapText(text, this.columnWidth, (s) => this.regular.widthOfTextAtSize(s, size));
        lines.forEach((line, n) => {
          const y = margin - 4 + (lines.length - 1 - n) * size * leading;
          page.drawText(line, { x: margin + column * (this.columnWidth + gutter), y, size, font: this.regular, color });
        });
      });
    });
    return Buffer.from(await this.doc.save());
  }
}
