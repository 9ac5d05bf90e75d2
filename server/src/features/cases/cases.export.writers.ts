import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ExportCaseRow } from './cases.export.repository';
import { caseRecord, recordColumns, type Cell, type ExportContext } from './cases.export.records';
import { htcdsCase, htcdsHeader, type HtcdsContext } from './cases.export.htcds';

/** Writes one export file into `out` batch by batch; never ends `out` (the caller does, after auditing). */
export interface ExportWriter {
  /** Writes a batch; resolves when `out` can take more, rejects if the client went away. */
  write(rows: ExportCaseRow[]): Promise<void>;
  /** Completes the file; resolves once every byte was handed to `out`. */
  finish(): Promise<void>;
}

export class ExportAborted extends Error {
  constructor() {
    super('The client stopped reading the export');
  }
}

/** Resolves when `out` wants more data, rejects when it was closed or failed. */
async function writable(out: Writable): Promise<void> {
  if (out.destroyed) throw new ExportAborted();
  if (!out.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const done = (fn: () => void) => () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      fn();
    };
    const onDrain = done(resolve);
    const onClose = done(() => reject(new ExportAborted()));
    out.on('drain', onDrain);
    out.on('close', onClose);
  });
}

async function put(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new ExportAborted();
  out.write(text);
  await writable(out);
}

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return may be run as a formula by Excel or LibreOffice; a leading `'` makes
 * it plain text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A record as spreadsheet cells: lists joined with "; ", text neutralised, numbers kept. */
function spreadsheetRow(record: Record<string, Cell | Cell[]>, columns: string[]): (string | number | null)[] {
  return columns.map((column) => {
    const value = record[column];
    if (Array.isArray(value)) return neutralizeFormula(value.join('; '));
    return typeof value === 'string' ? neutralizeFormula(value) : (value ?? null);
  });
}

function csvWriter(out: Writable, ctx: ExportContext): ExportWriter {
  const columns = recordColumns(ctx.includeIdentity);
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    // The byte order mark makes Excel read the file as UTF-8 (names with accents, Malay and Indonesian labels).
    await put(out, `\ufeff${stringify([columns])}`);
  };
  return {
    async write(rows) {
      await start();
      await put(out, stringify(rows.map((row) => spreadsheetRow(caseRecord(row, ctx), columns))));
    },
    finish: start,
  };
}

function xlsxWriter(out: Writable, ctx: ExportContext): ExportWriter {
  const columns = recordColumns(ctx.includeIdentity);
  // exceljs ends the stream it writes to; this one is piped on without ending `out`.
  const inner = new PassThrough();
  inner.pipe(out, { end: false });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: inner, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Cases');
  sheet.addRow(columns).commit();
  return {
    async write(rows) {
      if (out.destroyed) throw new ExportAborted();
      for (const row of rows) sheet.addRow(spreadsheetRow(caseRecord(row, ctx), columns)).commit();
      await writable(out);
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      await finished(inner);
    },
  };
}

/** A JSON array written item by item: `prefix` `[` items `]` `suffix`. */
function jsonArrayWriter(out: Writable, prefix: string, suffix: string, item: (row: ExportCaseRow) => unknown): ExportWriter {
  let started = false;
  return {
    async write(rows) {
      const items = rows.map((row) => JSON.stringify(item(row))).join(',\n');
      await put(out, `${started ? ',\n' : `${prefix}[\n`}${items}`);
      started = true;
    },
    async finish() {
      await put(out, `${started ? '\n' : `${prefix}[`}]${suffix}\n`);
    },
  };
}

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'htcds';

export function exportWriter(format: ExportFormat, out: Writable, ctx: HtcdsContext, generatedAt: string): ExportWriter {
  switch (format) {
    case 'csv':
      return csvWriter(out, ctx);
    case 'xlsx':
      return xlsxWriter(out, ctx);
    case 'json':
      return jsonArrayWriter(out, '', '', (row) => caseRecord(row, ctx));
    case 'htcds': {
      const header = JSON.stringify(htcdsHeader(generatedAt));
      return jsonArrayWriter(out, `${header.slice(0, -1)},"cases":`, '}', (row) => htcdsCase(row, ctx));
    }
  }
}
