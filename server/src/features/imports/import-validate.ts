import crypto from 'node:crypto';
import type { z } from 'zod';
import { addPersonRequestSchema, createCaseRequestSchema, type AddPersonRequest, type CreateCaseRequest } from '#contracts/cases';
import { discoveryChannel, gender, personRole } from '#contracts/codes/cases';
import type { ImportField, ImportMapping, RowProblem } from '#contracts/imports';
import { checkNik } from '../people';
import type { ReadRow } from './import-file';
import { displayName, matchCode, matchRole, matchSex, parseAgencyDate } from './import-values';

/** A row checked against the registry's own contracts, ready to write (or rejected with reasons). */
export interface CheckedRow {
  row: number;
  problems: RowProblem[];
  fingerprint: string;
  caseRef: string;
  caseInput: CreateCaseRequest | null;
  person: (AddPersonRequest & { nikWarnings: string[] }) | null;
  /** The name exactly as the file wrote it, when it was changed for display. */
  originalName: string | null;
}

export interface CheckContext {
  agencyId: string;
  today: string;
  regionExists: (code: string) => boolean;
}

/** The mapped, trimmed cell values of a row (null: column not mapped or empty). */
export function mappedValues(mapping: ImportMapping, headers: readonly string[], cells: readonly string[]) {
  const out: Partial<Record<ImportField, string | null>> = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string][]) {
    const i = headers.indexOf(header);
    out[field] = i >= 0 && cells[i] ? cells[i] : null;
  }
  return out;
}

const personFieldsOfRow: ImportField[] = ['fullName', 'nik', 'passportNumber', 'sex', 'birthDate', 'originRegionCode', 'role'];

/** Validates one row with `createCaseRequestSchema` and `addPersonRequestSchema`; every problem names its column. */
export async function checkRow(
  ctx: CheckContext,
  mapping: ImportMapping,
  headers: readonly string[],
  read: ReadRow,
): Promise<CheckedRow> {
  const v = mappedValues(mapping, headers, read.cells);
  const problems: RowProblem[] = [...read.problems];
  const problem = (field: ImportField | null, code: string, message: string) => {
    const column = field ? (mapping[field] ?? field) : null;
    problems.push({ row: read.row, column, code, message: `Row ${read.row}${column ? `, column "${column}"` : ''}: ${message}` });
  };
  const date = (field: ImportField) => {
    const raw = v[field];
    if (!raw) return null;
    const iso = parseAgencyDate(raw);
    if (!iso) problem(field, 'date', `"${raw}" is not a date (DD/MM/YYYY, 12 Januari 2024 or an Excel date)`);
    return iso;
  };
  const code = (field: ImportField, value: string | null | undefined, matched: string | null, what: string) => {
    if (value && !matched) problem(field, 'code', `"${value}" is not a known ${what}`);
    return matched;
  };

  const caseRef = v.caseRef ?? '';
  if (!caseRef) problem('caseRef', 'required', 'the case reference is empty');
  const reportedOn = date('reportedOn');
  if (v.reportedOn && reportedOn && reportedOn > ctx.today) problem('reportedOn', 'in_future', 'the date is in the future');
  const channel = v.discoveryChannel ? code('discoveryChannel', v.discoveryChannel, matchCode(discoveryChannel, v.discoveryChannel), 'discovery channel') : 'other';
  for (const field of ['reportedRegionCode', 'originRegionCode'] as const) {
    const value = v[field];
    if (value && /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/.test(value) && !ctx.regionExists(value)) problem(field, 'unknown_region', `unknown region code "${value}"`);
  }

  const caseParsed = createCaseRequestSchema.safeParse({
    title: v.title ?? '',
    summary: v.summary ?? '',
    reportedOn: reportedOn ?? v.reportedOn ?? '',
    reportedRegionCode: v.reportedRegionCode ?? null,
    discoveryChannel: channel ?? 'other',
  });
  const caseFieldOf: Record<string, ImportField> = { title: 'title', summary: 'summary', reportedOn: 'reportedOn', reportedRegionCode: 'reportedRegionCode', discoveryChannel: 'discoveryChannel' };
  if (!caseParsed.success) reportIssues(caseParsed.error, caseFieldOf, problems, problem, ['reportedOn', 'discoveryChannel']);

  let person: CheckedRow['person'] = null;
  let originalName: string | null = null;
  const hasPerson = personFieldsOfRow.some((f) => f !== 'role' && v[f]);
  if (hasPerson) {
    const role = v.role ? code('role', v.role, matchRole(personRole, v.role), 'role (korban, tersangka, saksi…)') : null;
    if (!v.role) problem('role', 'required', 'say whether the person is a victim (korban) or a suspect (tersangka)');
    const sex = v.sex ? code('sex', v.sex, matchSex(gender, v.sex), 'sex (L/P)') : 'unknown';
    const birthDate = date('birthDate');
    if (birthDate && birthDate > ctx.today) problem('birthDate', 'in_future', 'the birth date is in the future');
    const name = v.fullName ? displayName(v.fullName) : null;
    if (name && name !== v.fullName) originalName = v.fullName!;
    const nik = v.nik ? v.nik.replace(/[\s.'-]/g, '') : null;
    const candidate = {
      role: role ?? 'victim',
      fullName: name,
      sex: sex ?? 'unknown',
      birthDate,
      nik,
      passportNumber: v.passportNumber ? v.passportNumber.replace(/\s/g, '').toUpperCase() : null,
      originRegionCode: v.originRegionCode ?? null,
      victim: role === 'victim' ? {} : null,
      suspect: role === 'suspect' ? { roles: ['other'] } : null,
    };
    const parsed = addPersonRequestSchema.safeParse(candidate);
    const personFieldOf: Record<string, ImportField> = { fullName: 'fullName', nik: 'nik', passportNumber: 'passportNumber', sex: 'sex', birthDate: 'birthDate', originRegionCode: 'originRegionCode', role: 'role' };
    if (!parsed.success) reportIssues(parsed.error, personFieldOf, problems, problem, ['birthDate', 'sex', 'role']);
    else {
      const nikWarnings = parsed.data.nik ? await checkNik(parsed.data.nik, parsed.data, ctx.regionExists) : [];
      person = { ...parsed.data, nikWarnings };
    }
  }

  const normalised = { caseRef, case: caseParsed.success ? caseParsed.data : null, person };
  const fingerprint = crypto.createHash('sha256').update(ctx.agencyId).update(JSON.stringify(normalised)).digest('hex');
  return {
    row: read.row,
    problems,
    fingerprint,
    caseRef,
    caseInput: caseParsed.success ? caseParsed.data : null,
    person,
    originalName,
  };
}

/** Zod issues as row problems naming the column; fields already reported (a bad date) are not repeated. */
function reportIssues(
  error: z.ZodError,
  fieldOf: Record<string, ImportField>,
  problems: RowProblem[],
  problem: (field: ImportField | null, code: string, message: string) => void,
  alreadyChecked: ImportField[],
) {
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    const field = fieldOf[key] ?? null;
    if (field && alreadyChecked.includes(field) && problems.some((p) => p.code === 'date' || p.code === 'code' || p.code === 'required')) continue;
    problem(field, issue.code, field ? issue.message : `${key}: ${issue.message}`);
  }
}
