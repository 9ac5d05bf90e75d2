import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { RowProblem } from '#contracts/imports';
import { AppError } from '../../platform/http/app-error';

/** A data row as read: its spreadsheet row number (the header is row 1) and its cells as text. */
export interface ReadRow {
  row: number;
  cells: string[];
  problems: RowProblem[];
}

export interface ReadFile {
  headers: string[];
  rows: ReadRow[];
  /** Things that reject nothing (empty lines skipped). */
  notices: RowProblem[];
}

/** Spreadsheet column letter of a 0-based index (`A`, …, `Z`, `AA`). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const fileError = (row: number | null, column: string | null, code: string, message: string) => {
  const where = [row ? `row ${row}` : null, column ? `column ${column}` : null].filter(Boolean).join(', ');
  const full = where ? `${where[0]!.toUpperCase()}${where.slice(1)}: ${message}` : message;
  return new AppError('VALIDATION_FAILED', full, { issues: [{ path: 'file', code, message: full }] });
};

/** Text of a CSV file: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused, naming where. */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Find the first byte that is not valid UTF-8 and say where it is.
    let offset = 0;
    for (let end = 1; end <= bytes.length; end++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset, end));
        offset = end;
      } catch {
        if (end - offset >= 4) break;
      }
    }
    const before = bytes.subarray(0, offset).toString('utf8');
    const lines = before.split('\n');
    const line = lines.at(-1) ?? '';
    const delimiter = detectDelimiter(line || before);
    throw fileError(
      lines.length,
      columnLetter(line.split(delimiter).length - 1),
      'encoding',
      'the file is not UTF-8 text (probably Windows-1252/Latin-1): save it as "CSV UTF-8" and upload it again',
    );
  }
}

function detectDelimiter(line: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, line.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

const looksLikeData = (cell: string) =>
  /^\d{4,}$/.test(cell) || /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(cell) || /^\d+([.,]\d+)?$/.test(cell);
const looksLikeFormula = (cell: string) => /^[=@]/.test(cell) || /^[+-][A-Za-z(]/.test(cell);

/** Checks the header row and the shape of each data row, collecting row problems and notices. */
function shape(table: { row: number; cells: string[]; formulas?: Set<number>; numbers?: Map<number, string> }[]): ReadFile {
  const notices: RowProblem[] = [];
  const isEmpty = (cells: string[]) => cells.every((c) => c.trim() === '');
  let start = 0;
  while (start < table.length && isEmpty(table[start]!.cells)) start++;
  const headerRow = table[start];
  if (!headerRow) throw fileError(null, null, 'empty', 'The file has no rows');
  let headers = headerRow.cells.map((c) => c.trim());
  while (headers.length > 0 && headers.at(-1) === '') headers = headers.slice(0, -1);
  const dataLike = headers.filter(looksLikeData);
  if (headers.length === 0 || dataLike.length > 0) {
    const i = headers.findIndex(looksLikeData);
    throw fileError(
      headerRow.row,
      columnLetter(Math.max(i, 0)),
      'missing-header',
      `the first row must name the columns, but "${dataLike[0] ?? ''}" looks like data: add a header row`,
    );
  }
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!h) throw fileError(headerRow.row, columnLetter(i), 'missing-header', 'this column has no name in the header row');
    if (seen.has(h.toLowerCase()))
      throw fileError(headerRow.row, columnLetter(i), 'duplicate-header', `the column name "${h}" appears twice`);
    seen.set(h.toLowerCase(), i);
  });
  const rows: ReadRow[] = [];
  for (const entry of table.slice(start + 1)) {
    if (isEmpty(entry.cells)) {
      notices.push({ row: entry.row, column: null, code: 'empty-line', message: `Row ${entry.row}: empty line skipped` });
      continue;
    }
    const problems: RowProblem[] = [];
    const name = (i: number) => headers[i] ?? columnLetter(i);
    for (let i = headers.length; i < entry.cells.length; i++) {
      if (entry.cells[i]!.trim() === '') continue;
      problems.push({
        row: entry.row,
        column: columnLetter(i),
        code: 'extra-column',
        message: `Row ${entry.row}, column ${columnLetter(i)}: one column more than the header has ("${entry.cells[i]!.slice(0, 40)}"); a separator inside a value needs quotes`,
      });
      break;
    }
    entry.cells.slice(0, headers.length).forEach((cell, i) => {
      if (entry.formulas?.has(i) || looksLikeFormula(cell)) {
        problems.push({
          row: entry.row,
          column: name(i),
          code: 'formula',
          message: `Row ${entry.row}, column "${name(i)}": a formula (${cell.slice(0, 40)}) is not imported; paste the values instead`,
        });
      }
    });
    for (const [i, digits] of entry.numbers ?? []) {
      problems.push({
        row: entry.row,
        column: name(i),
        code: 'number-precision',
        message: `Row ${entry.row}, column "${name(i)}": Excel stored ${digits} as a number and kept only 15 digits, so the last digits may be wrong; format the column as Text and enter it again`,
      });
    }
    const cells = headers.map((_, i) => (entry.cells[i] ?? '').trim());
    rows.push({ row: entry.row, cells, problems });
  }
  return { headers, rows, notices };
}

export function readCsv(bytes: Buffer): ReadFile {
  const text = decodeText(bytes).replace(/^\ufeff/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let records: string[][];
  try {
    const parsed: unknown = parseCsv(text, {
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: false,
      relax_quotes: false,
    });
    records = parsed as string[][];
  } catch (error) {
    const e = error as { lines?: number; index?: number; message: string };
    throw fileError(e.lines ?? null, e.index !== undefined ? columnLetter(e.index) : null, 'csv-syntax', e.message.replace(/^Invalid [^:]*: /, ''));
  }
  return shape(records.map((cells, i) => ({ row: i + 1, cells })));
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Text of an XLSX cell value: dates as `YYYY-MM-DD`, whole numbers without exponent or grouping. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

export async function readXlsx(bytes: Buffer): Promise<ReadFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError(null, null, 'xlsx', 'The file is not a readable XLSX workbook (save it as .xlsx or CSV UTF-8)');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError(null, null, 'empty', 'The workbook has no sheet');
  const table: { row: number; cells: string[]; formulas: Set<number>; numbers: Map<number, string> }[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    const formulas = new Set<number>();
    const numbers = new Map<number, string>();
    for (let c = 1; c <= Math.max(row.cellCount, 0); c++) {
      const cell = row.getCell(c);
      const value = cell.value;
      if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        formulas.add(c - 1);
        cells.push(`=${(value as { formula?: string }).formula ?? ''}`);
        continue;
      }
      const text = cellText(value);
      if (typeof value === 'number' && Number.isInteger(value) && text.length >= 16) numbers.set(c - 1, text);
      cells.push(text);
    }
    table.push({ row: r, cells, formulas, numbers });
  }
  return shape(table);
}

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a CSV or XLSX file (by content: XLSX is a ZIP), or refuses it with where and why. */
export async function readImportFile(fileName: string, bytes: Buffer): Promise<ReadFile> {
  if (bytes.subarray(0, 4).equals(zipMagic)) return readXlsx(bytes);
  if (/\.xls$/i.test(fileName) || bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Old Excel files (.xls) are not read: save the sheet as .xlsx or CSV UTF-8');
  return readCsv(bytes);
}
