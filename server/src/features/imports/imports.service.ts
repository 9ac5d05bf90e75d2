import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import type { ImportBatch, ImportListItem, ImportMapping, ImportPreview, RowProblem } from '#contracts/imports';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { insertRows } from '../../platform/db/bulk';
import type { Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { Upload } from '../../platform/http/multipart';
import { casePersons, cases, caseHistory, caseStatusChanges, persons } from '../../platform/db/schema';
import { recordAudit } from '../audit';
import { staffByIds } from '../auth';
import { actorOf, facetsOfNewCase, refreshCaseFacets, reserveCaseNumbers } from '../cases';
import { nameSearchKey } from '../people';
import { readImportFile, type ReadRow } from './import-file';
import { adaptMapping, headerSimilarity, mappingFromKnownHeaders, templateSimilarityThreshold } from './import-mapping';
import { checkRow, type CheckedRow } from './import-validate';
import * as repo from './imports.repository';
import { runningImports } from './imports.progress';

const emptyCounts = { valid: 0, rejected: 0, duplicate: 0, casesCreated: 0, personsCreated: 0 };
type Counts = typeof emptyCounts;

async function suggestion(deps: Deps, agencyId: string, headers: string[]) {
  let best: { template: repo.TemplateRow; similarity: number } | null = null;
  for (const template of await repo.listTemplates(deps.db, agencyId)) {
    const similarity = headerSimilarity(template.headers, headers);
    if (similarity >= templateSimilarityThreshold && (!best || similarity > best.similarity)) best = { template, similarity };
  }
  if (best) {
    return {
      mapping: adaptMapping(best.template.mapping as ImportMapping, headers),
      template: { id: best.template.id, name: best.template.name, similarity: Math.round(best.similarity * 100) / 100 },
    };
  }
  return { mapping: mappingFromKnownHeaders(headers), template: null };
}

async function present(deps: Deps, row: repo.BatchRow): Promise<ImportBatch> {
  const suggested = await suggestion(deps, row.agencyId, row.headers);
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status as ImportBatch['status'],
    headers: row.headers,
    rowCount: row.rowCount,
    mapping: (row.mapping as Record<string, string> | null) ?? null,
    suggestedMapping: suggested.mapping,
    suggestedTemplate: suggested.template,
    notices: row.notices as RowProblem[],
    counts: row.counts as Counts,
    progress: row.status === 'committing' ? (runningImports.get(row.id) ?? { phase: 'queued', done: 0, total: 0, cancelRequested: false }) : null,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
    rowsPurgedAt: row.rowsPurgedAt?.toISOString() ?? null,
  };
}

/** Reads an uploaded file (refusing it, naming row and column, when it cannot be read) and keeps its rows. */
export async function uploadImport(deps: Deps, ctx: RequestContext, upload: Omit<Upload, 'fields' | 'declaredType'>): Promise<ImportBatch> {
  const actor = actorOf(ctx);
  const file = await readImportFile(upload.fileName, upload.bytes);
  const row = await deps.db.transaction(async (tx) => {
    const batch = await repo.insertBatch(tx, {
      agencyId: actor.agencyId,
      fileName: upload.fileName.slice(0, 200),
      fileSha256: crypto.createHash('sha256').update(upload.bytes).digest('hex'),
      status: 'uploaded',
      headers: file.headers,
      rowCount: file.rows.length,
      notices: file.notices,
      counts: emptyCounts,
      createdAt: ctx.now,
      createdBy: actor.userId,
    });
    await repo.insertReadRows(tx, batch.id, file.rows);
    await recordAudit(tx, ctx, {
      action: 'import.upload',
      objectType: 'import',
      objectId: batch.id,
      details: { fileName: batch.fileName, sha256: batch.fileSha256, rows: file.rows.length },
    });
    return batch;
  });
  return present(deps, row);
}

async function openBatch(deps: Deps, ctx: RequestContext, id: string) {
  const row = await repo.findBatch(deps.db, id, actorOf(ctx).agencyId);
  if (!row) throw notFound('Import');
  return row;
}

export async function getImport(deps: Deps, ctx: RequestContext, id: string): Promise<ImportBatch> {
  return present(deps, await openBatch(deps, ctx, id));
}

/** The agency's imports, newest first (at most 100), with who uploaded each. */
export async function listImports(deps: Deps, ctx: RequestContext): Promise<ImportListItem[]> {
  const rows = await repo.listBatches(deps.db, actorOf(ctx).agencyId, 100);
  const staff = await staffByIds(deps.db, rows.map((r) => r.createdBy));
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    status: r.status as ImportListItem['status'],
    rowCount: r.rowCount,
    counts: r.counts as Counts,
    importedBy: (r.createdBy && staff.get(r.createdBy)?.displayName) || null,
    createdAt: r.createdAt.toISOString(),
    committedAt: r.committedAt?.toISOString() ?? null,
    rowsPurgedAt: r.rowsPurgedAt?.toISOString() ?? null,
  }));
}

/** The cases a committed import created, to open them from its summary (the first 200 rows' cases). */
export async function importCases(deps: Deps, ctx: RequestContext, id: string) {
  await openBatch(deps, ctx, id);
  return repo.casesOfBatch(deps.db, actorOf(ctx).agencyId, id, 200);
}

function checkMapping(headers: string[], mapping: ImportMapping) {
  const issues = Object.entries(mapping)
    .filter(([, header]) => !headers.includes(header))
    .map(([field, header]) => ({ path: `body.mapping.${field}`, code: 'unknown_column', message: `The file has no column "${header}"` }));
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid: body.mapping', { issues });
}

interface Checked {
  rows: (CheckedRow & { status: 'valid' | 'rejected' | 'duplicate' })[];
  counts: Counts;
}

/** Validates every row; duplicates are rows seen earlier in the file or imported before by the agency. */
async function checkAll(
  tx: Tx,
  ctx: RequestContext,
  agencyId: string,
  headers: string[],
  mapping: ImportMapping,
  stored: repo.StoredRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<Checked> {
  const regions = await repo.regionCodes(tx);
  const checkCtx = { agencyId, today: ctx.now.toISOString().slice(0, 10), regionExists: (c: string) => regions.has(c) };
  const checked: CheckedRow[] = [];
  for (const s of stored) {
    const read: ReadRow = { row: s.rowNumber, cells: s.cells, problems: (s.problems as RowProblem[]).filter((p) => p.code === 'extra-column' || p.code === 'formula' || p.code === 'number-precision') };
    checked.push(await checkRow(checkCtx, mapping, headers, read));
    if (onProgress && checked.length % 1000 === 0) onProgress(checked.length, stored.length);
  }
  const known = await repo.knownFingerprints(tx, agencyId, checked.filter((c) => c.problems.length === 0).map((c) => c.fingerprint));
  const seen = new Set<string>();
  const counts = { ...emptyCounts };
  const rows = checked.map((c) => {
    let status: 'valid' | 'rejected' | 'duplicate' = 'valid';
    if (c.problems.length > 0) status = 'rejected';
    else if (known.has(c.fingerprint) || seen.has(c.fingerprint)) status = 'duplicate';
    seen.add(c.fingerprint);
    counts[status]++;
    return { ...c, status };
  });
  return { rows, counts };
}

/** Checks every row with the mapping (saving it as a template when asked) and answers a preview. */
export async function previewImport(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { mapping: ImportMapping; saveTemplateAs?: string | undefined },
): Promise<ImportPreview> {
  const actor = actorOf(ctx);
  const batch = await openBatch(deps, ctx, id);
  if (batch.status !== 'uploaded' && batch.status !== 'validated')
    throw new AppError('CONFLICT', `This import is ${batch.status}`);
  checkMapping(batch.headers, input.mapping);
  const { updated, checked } = await deps.db.transaction(async (tx) => {
    const checked = await checkAll(tx, ctx, actor.agencyId, batch.headers, input.mapping, await repo.batchRows(tx, id));
    await repo.setRowResults(tx, id, checked.rows.map((r) => ({ row: r.row, status: r.status, problems: r.problems, fingerprint: r.fingerprint })));
    await repo.updateBatch(tx, id, { status: 'validated', mapping: input.mapping, counts: checked.counts });
    if (input.saveTemplateAs) {
      await repo.saveTemplate(tx, { agencyId: actor.agencyId, name: input.saveTemplateAs, headers: batch.headers, mapping: input.mapping, updatedAt: ctx.now, updatedBy: actor.userId });
      await recordAudit(tx, ctx, { action: 'import.template.save', objectType: 'import', objectId: id, details: { name: input.saveTemplateAs, mapping: input.mapping } });
    }
    return { updated: (await repo.findBatch(tx, id, actor.agencyId))!, checked };
  });
  const order = { rejected: 0, duplicate: 1, valid: 2 };
  const rows = [...checked.rows].sort((a, b) => order[a.status] - order[b.status] || a.row - b.row).slice(0, 100);
  const stored = new Map((await repo.batchRows(deps.db, id, rows.map((r) => r.row))).map((r) => [r.rowNumber, r.cells]));
  return {
    batch: await present(deps, updated),
    rows: rows.map((r) => ({
      row: r.row,
      status: r.status,
      problems: r.problems,
      values: Object.fromEntries(Object.entries(input.mapping).map(([field, header]) => [field, stored.get(r.row)?.[batch.headers.indexOf(header)] || null])),
    })),
  };
}

export interface CommitControl {
  /** Called as rows are checked (`validating`: rows of the file) and written (`writing`: records). */
  onProgress?: (done: number, total: number, phase: 'validating' | 'writing') => void;
  /** Checked between steps: when it answers true the transaction is rolled back and nothing stays. */
  cancelled?: () => boolean;
}

class Cancelled extends Error {}

/**
 * Writes every valid row in ONE transaction: new cases (numbered like cases recorded by hand),
 * people and their case roles, each with its provenance (agency, file, row); rows of a case
 * reference imported before join that case. Fingerprints make a second import of the same rows a
 * no-op. Either everything is written, with its audit entry, or nothing.
 */
export async function commitImport(deps: Deps, ctx: RequestContext, id: string, control: CommitControl = {}): Promise<ImportBatch> {
  const actor = actorOf(ctx);
  const check = () => {
    if (control.cancelled?.()) throw new Cancelled();
  };
  try {
    await deps.db.transaction(async (tx) => {
      const batch = await repo.findBatch(tx, id, actor.agencyId, { lock: true });
      if (!batch) throw notFound('Import');
      if (batch.status !== 'validated' && batch.status !== 'committing') throw new AppError('CONFLICT', `This import is ${batch.status}`);
      // One import of an agency at a time: fingerprints and case references are checked then written.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`benteng.import.${actor.agencyId}`}))`);
      const mapping = batch.mapping as ImportMapping;
      const stored = await repo.batchRows(tx, id);
      const checked = await checkAll(tx, ctx, actor.agencyId, batch.headers, mapping, stored, (done, total) => {
        check();
        control.onProgress?.(done, total, 'validating');
      });
      check();
      const valid = checked.rows.filter((r) => r.status === 'valid');
      const written = await writeRows(tx, ctx, batch, valid, control, check);
      // Only rows whose result changed since the preview (e.g. imported meanwhile by another file) are written again.
      const problemsKey = (problems: unknown[]) => (problems as RowProblem[]).map((p) => `${p.row}|${p.column}|${p.code}|${p.message}`).join('\n');
      const changed = checked.rows.filter((r, i) => {
        const before = stored[i]!;
        return before.status !== r.status || before.fingerprint !== r.fingerprint || problemsKey(before.problems) !== problemsKey(r.problems);
      });
      await repo.setRowResults(tx, id, changed.map((r) => ({ row: r.row, status: r.status, problems: r.problems, fingerprint: r.fingerprint })));
      const counts = { ...checked.counts, ...written };
      await repo.updateBatch(tx, id, { status: 'committed', counts, committedAt: ctx.now });
      await recordAudit(tx, ctx, {
        action: 'import.commit',
        objectType: 'import',
        objectId: id,
        details: { fileName: batch.fileName, sha256: batch.fileSha256, mapping, ...counts },
      });
    });
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    await deps.db.transaction(async (tx) => {
      await repo.updateBatch(tx, id, { status: 'cancelled' });
      await recordAudit(tx, ctx, { action: 'import.cancel', objectType: 'import', objectId: id, details: { from: 'committing' } });
    });
  }
  return getImport(deps, ctx, id);
}

/** A validated import moves to `committing` (its job then runs `commitImport`). */
export async function markCommitting(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const actor = actorOf(ctx);
  await deps.db.transaction(async (tx) => {
    const batch = await repo.findBatch(tx, id, actor.agencyId, { lock: true });
    if (!batch) throw notFound('Import');
    if (batch.status !== 'validated') throw new AppError('CONFLICT', `This import is ${batch.status}`);
    await repo.updateBatch(tx, id, { status: 'committing' });
  });
}

/** A commit that failed wrote nothing (one transaction); the import is marked so and the failure audited. */
export async function markImportFailed(deps: Deps, ctx: RequestContext, id: string, error: unknown): Promise<void> {
  const actor = actorOf(ctx);
  await deps.db.transaction(async (tx) => {
    const batch = await repo.findBatch(tx, id, actor.agencyId, { lock: true });
    if (!batch || batch.status !== 'committing') return;
    await repo.updateBatch(tx, id, { status: 'failed' });
    const code = error instanceof AppError ? error.code : 'INTERNAL';
    await recordAudit(tx, ctx, { action: 'import.fail', objectType: 'import', objectId: id, details: { code } });
  });
}

/**
 * Cancels an import. Before its commit the import is simply closed; during its commit the job is
 * asked to stop and its one transaction rolls back (the import then reads `cancelled`); a
 * committed import cannot be cancelled.
 */
export async function cancelImport(deps: Deps, ctx: RequestContext, id: string): Promise<ImportBatch> {
  const actor = actorOf(ctx);
  await deps.db.transaction(async (tx) => {
    const batch = await repo.findBatch(tx, id, actor.agencyId);
    if (!batch) throw notFound('Import');
    if (batch.status === 'committing') {
      runningImports.start(id); // a job queued but not started here yet stops as soon as it starts
      runningImports.cancel(id);
      return;
    }
    if (batch.status !== 'uploaded' && batch.status !== 'validated') throw new AppError('CONFLICT', `This import is ${batch.status}`);
    const locked = await repo.findBatch(tx, id, actor.agencyId, { lock: true });
    if (locked?.status !== batch.status) throw new AppError('CONFLICT', `This import is ${locked?.status ?? 'gone'}`);
    await repo.updateBatch(tx, id, { status: 'cancelled' });
    await recordAudit(tx, ctx, { action: 'import.cancel', objectType: 'import', objectId: id, details: { from: batch.status } });
  });
  return getImport(deps, ctx, id);
}

async function writeRows(
  tx: Tx,
  ctx: RequestContext,
  batch: repo.BatchRow,
  valid: CheckedRow[],
  control: CommitControl,
  check: () => void,
): Promise<Pick<Counts, 'casesCreated' | 'personsCreated'>> {
  const actor = actorOf(ctx);
  const source = (row: number) => ({ source: 'import', agencyId: batch.agencyId, importId: batch.id, fileName: batch.fileName, row });
  const groups = new Map<string, CheckedRow[]>();
  for (const r of valid) {
    const group = groups.get(r.caseRef);
    if (group) group.push(r);
    else groups.set(r.caseRef, [r]);
  }
  const existing = await repo.caseRefs(tx, batch.agencyId, [...groups.keys()]);
  const appended = await repo.lockCasesForAppend(tx, [...new Set(existing.values())]);

  const newRefs = [...groups.keys()].filter((ref) => !existing.has(ref));
  const years = new Map<number, number>();
  for (const ref of newRefs) {
    const year = Number(groups.get(ref)![0]!.caseInput!.reportedOn.slice(0, 4));
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const nextNumber = new Map<number, number>();
  for (const [year, count] of [...years].sort((a, b) => a[0] - b[0])) nextNumber.set(year, await reserveCaseNumbers(tx, year, count));

  const caseRows: object[] = [];
  const statusRows: object[] = [];
  const historyRows: object[] = [];
  const personRows: object[] = [];
  const casePersonRows: object[] = [];
  const refRows: { agencyId: string; caseRef: string; caseId: string }[] = [];
  const versions: { id: string; version: number }[] = [];
  const touched: string[] = [];
  const history = (caseId: string, version: number, action: string, entityType: string, entityId: string, row: number) =>
    historyRows.push({ caseId, version, action, entityType, entityId, changes: [{ field: 'import', before: null, after: source(row) }], changedAt: ctx.now, changedBy: actor.userId, agencyId: actor.agencyId });

  for (const [ref, rows] of groups) {
    const first = rows[0]!;
    let caseId = existing.get(ref);
    let version: number;
    let ordinals: Map<string, number>;
    let newCase: { version: number; [field: string]: unknown } | null = null;
    if (caseId) {
      const state = appended.get(caseId)!;
      version = state.version;
      ordinals = state.ordinals;
    } else {
      caseId = crypto.randomUUID();
      const input = first.caseInput!;
      const year = Number(input.reportedOn.slice(0, 4));
      const seq = nextNumber.get(year)!;
      nextNumber.set(year, seq + 1);
      newCase = {
        id: caseId,
        number: `TPPO/KEPRI/${year}/${String(seq).padStart(4, '0')}`,
        year,
        title: input.title,
        summary: input.summary,
        reportedOn: input.reportedOn,
        reportedRegionCode: input.reportedRegionCode,
        discoveryChannel: input.discoveryChannel,
        owningAgencyId: actor.agencyId,
        status: 'reported',
        statusChangedAt: ctx.now,
        sensitivity: input.sensitivity,
        legalBasis: input.legalBasis,
        provenance: { ...source(first.row), caseRef: ref },
        version: 1,
        createdAt: ctx.now,
        createdBy: actor.userId,
        updatedAt: ctx.now,
        updatedBy: actor.userId,
      };
      caseRows.push(newCase);
      statusRows.push({ caseId, fromStatus: null, toStatus: 'reported', reason: '', changedAt: ctx.now, changedBy: actor.userId });
      refRows.push({ agencyId: actor.agencyId, caseRef: ref, caseId });
      version = 1;
      history(caseId, 1, 'import', 'case', caseId, first.row);
      ordinals = new Map();
    }
    for (const r of rows) {
      if (!r.person) continue;
      const p = r.person;
      const personId = crypto.randomUUID();
      const casePersonId = crypto.randomUUID();
      const ordinal = (ordinals.get(p.role) ?? 0) + 1;
      ordinals.set(p.role, ordinal);
      personRows.push({
        id: personId,
        fullName: p.fullName,
        aliases: [],
        nameKey: nameSearchKey(p.fullName, []),
        sex: p.sex,
        birthDate: p.birthDate,
        nik: p.nik,
        nikWarnings: p.nikWarnings,
        passportNumber: p.passportNumber,
        originRegionCode: p.originRegionCode,
        recordedByAgencyId: actor.agencyId,
        provenance: { ...source(r.row), ...(r.originalName ? { originalName: r.originalName } : {}) },
        createdAt: ctx.now,
        createdBy: actor.userId,
        updatedAt: ctx.now,
      });
      casePersonRows.push({
        id: casePersonId,
        caseId,
        personId,
        role: p.role,
        ordinal,
        traffickingStatus: p.victim?.traffickingStatus ?? null,
        perpetratorRoles: p.suspect?.roles ?? [],
        createdAt: ctx.now,
        createdBy: actor.userId,
        updatedAt: ctx.now,
      });
      version++;
      history(caseId, version, 'add', 'person', casePersonId, r.row);
    }
    // A new case is written with its final version and facets; a case imported before is moved on after.
    if (newCase) {
      newCase.version = version;
      const people = rows.flatMap((r) => (r.person ? [{ role: r.person.role, originRegionCode: r.person.originRegionCode }] : []));
      Object.assign(newCase, facetsOfNewCase({ reportedRegionCode: first.caseInput!.reportedRegionCode }, people));
    } else {
      versions.push({ id: caseId, version });
      touched.push(caseId);
    }
  }
  const total = caseRows.length + personRows.length + casePersonRows.length;
  let done = 0;
  const write = async (table: Parameters<typeof insertRows>[1], rows: object[], counted: boolean) => {
    for (const part of repo.chunks(rows)) {
      check();
      await insertRows(tx, table, part);
      if (counted) control.onProgress?.((done += part.length), total, 'writing');
    }
  };
  await write(cases, caseRows, true);
  await write(caseStatusChanges, statusRows, false);
  await write(persons, personRows, true);
  await write(casePersons, casePersonRows, true);
  await write(caseHistory, historyRows, false);
  await repo.setCaseVersions(tx, versions, ctx.now, actor.userId);
  await repo.insertCaseRefs(tx, refRows);
  await repo.insertFingerprints(tx, valid.map((r) => ({ agencyId: actor.agencyId, fingerprint: r.fingerprint, batchId: batch.id, rowNumber: r.row })));
  for (const part of repo.chunks(touched)) {
    check();
    await refreshCaseFacets(tx, part);
  }
  check();
  return { casesCreated: caseRows.length, personsCreated: personRows.length };
}

/** A cell a spreadsheet would run as a formula, made text (OWASP CSV injection). */
const defuse = (cell: string) => (/^[=@+\-\t\r]/.test(cell) && !/^[+-]?\d/.test(cell) ? `'${cell}` : cell);

/** The rejected rows as CSV: the original columns, then `row` and `problems`, to correct and import again. */
export async function rejectedCsv(deps: Deps, ctx: RequestContext, id: string): Promise<{ fileName: string; csv: string }> {
  const batch = await openBatch(deps, ctx, id);
  if (batch.rowsPurgedAt) throw new AppError('CONFLICT', 'The rows of this import were deleted after the retention period');
  const rows = (await repo.batchRows(deps.db, id)).filter((r) => r.status === 'rejected');
  const csv = stringify([
    [...batch.headers, 'benteng_row', 'benteng_problems'],
    ...rows.map((r) => [...r.cells.map(defuse), String(r.rowNumber), (r.problems as RowProblem[]).map((p) => p.message).join(' | ')]),
  ], { bom: true });
  return { fileName: batch.fileName.replace(/\.(csv|xlsx)$/i, '') + '-rejected.csv', csv };
}

export async function listTemplates(deps: Deps, ctx: RequestContext) {
  const rows = await repo.listTemplates(deps.db, actorOf(ctx).agencyId);
  return rows.map((t) => ({ id: t.id, name: t.name, headers: t.headers, mapping: t.mapping as Record<string, string>, updatedAt: t.updatedAt.toISOString() }));
}
