import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FieldIssue } from '#contracts/errors';
import type { LicenceStatus } from '#contracts/public-info';
import { licenceKey, recruiterNameKey } from './recruiters.names';

// Reads the official P3MI list as administrators receive it: CSV or XLSX, first row the column
// names (English or Indonesian), one recruiter per row. Every problem is reported with its row so
// the file can be fixed in one go; nothing is loaded while any row is wrong.

export interface ImportedRecruiter {
  name: string;
  nameKey: string;
  licenceNumber: string;
  licenceKey: string;
  status: LicenceStatus;
  offices: { kind: 'head' | 'branch'; address: string }[];
}

export const maxRecruiterRows = 10_000;

const columnAliases: Record<'name' | 'licence' | 'status' | 'head' | 'branches', string[]> = {
  name: ['name', 'nama', 'namaperusahaan', 'namap3mi', 'perusahaan', 'company'],
  licence: ['licencenumber', 'licensenumber', 'licence', 'license', 'nomorizin', 'noizin', 'nomorsip3mi', 'sip3mi', 'izin'],
  status: ['status', 'statusizin', 'licencestatus', 'licensestatus'],
  head: ['headoffice', 'kantorpusat', 'alamat', 'address', 'alamatkantorpusat'],
  branches: ['branchoffices', 'branches', 'kantorcabang', 'cabang'],
};

const statusWords: Record<string, LicenceStatus> = {
  active: 'active', aktif: 'active', berlaku: 'active',
  suspended: 'suspended', dibekukan: 'suspended', skors: 'suspended', diskors: 'suspended', dibekukansementara: 'suspended',
  revoked: 'revoked', dicabut: 'revoked', cabut: 'revoked',
};

const normaliseHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The file's rows as lists of cell texts, the header row first. */
async function readCells(fileName: string, content: Buffer): Promise<string[][]> {
  if (/\.csv$/i.test(fileName)) {
    const rows: string[][] = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
    return rows;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text.trim());
    rows.push(cells);
  });
  return rows;
}

function columnIndexes(header: string[]): { indexes: Partial<Record<keyof typeof columnAliases, number>>; issues: FieldIssue[] } {
  const normalised = header.map(normaliseHeader);
  const indexes: Partial<Record<keyof typeof columnAliases, number>> = {};
  const issues: FieldIssue[] = [];
  for (const [column, aliases] of Object.entries(columnAliases) as [keyof typeof columnAliases, string[]][]) {
    const index = normalised.findIndex((h) => aliases.includes(h));
    if (index >= 0) indexes[column] = index;
    else if (column === 'name' || column === 'licence' || column === 'status') {
      issues.push({ path: `file.header.${column}`, code: 'missing_column', message: `no column for ${column} (e.g. ${aliases.slice(0, 3).join(', ')})` });
    }
  }
  return { indexes, issues };
}

function rowOf(cells: string[], indexes: ReturnType<typeof columnIndexes>['indexes'], line: number, issues: FieldIssue[]): ImportedRecruiter | null {
  const cell = (column: keyof typeof columnAliases) => (indexes[column] === undefined ? '' : (cells[indexes[column]] ?? '').trim());
  const name = cell('name');
  const licenceNumber = cell('licence');
  const status = statusWords[normaliseHeader(cell('status'))];
  const before = issues.length;
  if (!name || name.length > 300) issues.push({ path: `rows.${line}.name`, code: 'required', message: 'a company name of at most 300 characters' });
  if (!licenceNumber || licenceNumber.length > 100 || licenceKey(licenceNumber).length < 3) {
    issues.push({ path: `rows.${line}.licenceNumber`, code: 'invalid', message: 'a licence number (at least 3 letters or digits)' });
  }
  if (!status) issues.push({ path: `rows.${line}.status`, code: 'invalid', message: `"${cell('status')}" is not active/aktif, suspended/dibekukan or revoked/dicabut` });
  if (issues.length > before || !status) return null;
  const branches = cell('branches').split(';').map((a) => a.trim()).filter(Boolean);
  const head = cell('head');
  return {
    name,
    nameKey: recruiterNameKey(name),
    licenceNumber,
    licenceKey: licenceKey(licenceNumber),
    status,
    offices: [...(head ? [{ kind: 'head' as const, address: head }] : []), ...branches.map((address) => ({ kind: 'branch' as const, address }))],
  };
}

/** Parses a recruiter list; `issues` is empty when every row is usable. Line numbers are the file's (header = 1). */
export async function parseRecruiterFile(fileName: string, content: Buffer): Promise<{ rows: ImportedRecruiter[]; issues: FieldIssue[] }> {
  let cells: string[][];
  try {
    cells = await readCells(fileName, content);
  } catch {
    return { rows: [], issues: [{ path: 'file', code: 'unreadable', message: 'the file could not be read as CSV or XLSX' }] };
  }
  const [header, ...body] = cells;
  if (!header || body.length === 0) return { rows: [], issues: [{ path: 'file', code: 'empty', message: 'a header row and at least one recruiter' }] };
  if (body.length > maxRecruiterRows) return { rows: [], issues: [{ path: 'file', code: 'too_many_rows', message: `at most ${maxRecruiterRows} rows` }] };
  const { indexes, issues } = columnIndexes(header);
  if (issues.length > 0) return { rows: [], issues };
  const rows: ImportedRecruiter[] = [];
  const lineOfLicence = new Map<string, number>();
  body.forEach((cellsOfRow, index) => {
    const line = index + 2;
    const row = rowOf(cellsOfRow, indexes, line, issues);
    if (!row) return;
    const earlier = lineOfLicence.get(row.licenceKey);
    if (earlier !== undefined) {
      issues.push({ path: `rows.${line}.licenceNumber`, code: 'duplicate', message: `the same licence number as row ${earlier}` });
      return;
    }
    lineOfLicence.set(row.licenceKey, line);
    rows.push(row);
  });
  return { rows, issues };
}
