import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { insertRows } from '../../platform/db/bulk';
import { rowsOf, type Executor } from '../../platform/db/database';
import { importBatches, importCaseRefs, importFingerprints, importRows, importTemplates } from './imports.schema';

export type BatchRow = typeof importBatches.$inferSelect;
export type TemplateRow = typeof importTemplates.$inferSelect;

/** Rows per bulk statement (keeps each JSON parameter a few MiB). */
export const chunkSize = 5000;

export function chunks<T>(items: readonly T[], size = chunkSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function insertBatch(db: Executor, values: typeof importBatches.$inferInsert): Promise<BatchRow> {
  const [row] = await db.insert(importBatches).values(values).returning();
  return row!;
}

export async function insertReadRows(db: Executor, batchId: string, rows: { row: number; cells: string[]; problems: unknown[] }[]) {
  for (const part of chunks(rows)) {
    await insertRows(
      db,
      importRows,
      part.map((r) => ({ batchId, rowNumber: r.row, cells: r.cells, status: 'pending', problems: r.problems, fingerprint: null })),
    );
  }
}

export async function findBatch(db: Executor, id: string, agencyId: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(importBatches).where(and(eq(importBatches.id, id), eq(importBatches.agencyId, agencyId)));
  const rows = options.lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** The agency's imports, newest first. */
export async function listBatches(db: Executor, agencyId: string, limit: number): Promise<BatchRow[]> {
  return db.select().from(importBatches).where(eq(importBatches.agencyId, agencyId)).orderBy(desc(importBatches.createdAt)).limit(limit);
}

/** The cases an import created (in the order of the file) and how many there are. */
export async function casesOfBatch(db: Executor, agencyId: string, batchId: string, limit: number) {
  const rows = rowsOf<{ id: string; number: string; title: string; case_ref: string; row: number; total: number }>(
    await db.execute(sql`SELECT id, number, title, provenance->>'caseRef' AS case_ref, (provenance->>'row')::int AS row, count(*) OVER ()::int AS total
      FROM cases WHERE owning_agency_id = ${agencyId} AND provenance->>'importId' = ${batchId}
      ORDER BY (provenance->>'row')::int LIMIT ${limit}`),
  );
  return { items: rows.map((r) => ({ id: r.id, number: r.number, title: r.title, caseRef: r.case_ref, row: r.row })), total: rows[0]?.total ?? 0 };
}

/**
 * Imports whose rows outlived the retention period and are still kept: finished (committed,
 * cancelled, failed) before the cutoff, or left open (uploaded, checked) since before it.
 */
export async function batchesPastRetention(db: Executor, cutoff: Date) {
  return rowsOf<{ id: string; agency_id: string; status: string }>(
    await db.execute(sql`SELECT id, agency_id, status FROM import_batches
      WHERE rows_purged_at IS NULL AND status <> 'committing' AND coalesce(committed_at, created_at) < ${cutoff}
      ORDER BY created_at`),
  );
}

/** Deletes the stored rows of an import; answers how many there were. */
export async function deleteBatchRows(db: Executor, batchId: string): Promise<number> {
  const deleted = await db.delete(importRows).where(eq(importRows.batchId, batchId)).returning({ row: importRows.rowNumber });
  return deleted.length;
}

export async function updateBatch(db: Executor, id: string, values: Partial<typeof importBatches.$inferInsert>) {
  await db.update(importBatches).set(values).where(eq(importBatches.id, id));
}

export interface StoredRow {
  rowNumber: number;
  cells: string[];
  status: string;
  problems: unknown[];
  fingerprint: string | null;
}

/** The rows of a batch in file order (only the given row numbers when given). */
export async function batchRows(db: Executor, batchId: string, only?: number[]): Promise<StoredRow[]> {
  return db
    .select({ rowNumber: importRows.rowNumber, cells: importRows.cells, status: importRows.status, problems: importRows.problems, fingerprint: importRows.fingerprint })
    .from(importRows)
    .where(and(eq(importRows.batchId, batchId), only ? inArray(importRows.rowNumber, only.length > 0 ? only : [-1]) : undefined))
    .orderBy(importRows.rowNumber) as Promise<StoredRow[]>;
}

/** Writes each row's status, problems and fingerprint (bulk, by row number). */
export async function setRowResults(
  db: Executor,
  batchId: string,
  results: { row: number; status: string; problems: unknown[]; fingerprint: string | null }[],
) {
  for (const part of chunks(results)) {
    const data = JSON.stringify(part.map((r) => ({ row_number: r.row, status: r.status, problems: r.problems, fingerprint: r.fingerprint })));
    await db.execute(sql`
      UPDATE import_rows r SET status = x.status, problems = x.problems, fingerprint = x.fingerprint
        FROM jsonb_to_recordset(${data}::jsonb) AS x(row_number int, status text, problems jsonb, fingerprint text)
       WHERE r.batch_id = ${batchId} AND r.row_number = x.row_number`);
  }
}

/** Which of these fingerprints the agency has already imported. */
export async function knownFingerprints(db: Executor, agencyId: string, fingerprints: string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const part of chunks(fingerprints)) {
    const rows = rowsOf<{ fingerprint: string }>(
      await db.execute(sql`SELECT fingerprint FROM import_fingerprints
        WHERE agency_id = ${agencyId} AND fingerprint = ANY(${`{${part.join(',')}}`}::text[])`),
    );
    for (const r of rows) known.add(r.fingerprint);
  }
  return known;
}

export async function insertFingerprints(db: Executor, rows: (typeof importFingerprints.$inferInsert)[]) {
  for (const part of chunks(rows)) await insertRows(db, importFingerprints, part);
}

/** The cases earlier imports made for these agency case references. */
export async function caseRefs(db: Executor, agencyId: string, refs: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(refs)) {
    const rows = rowsOf<{ case_ref: string; case_id: string }>(
      await db.execute(sql`SELECT case_ref, case_id FROM import_case_refs
        WHERE agency_id = ${agencyId} AND case_ref IN (SELECT jsonb_array_elements_text(${JSON.stringify(part)}::jsonb))`),
    );
    for (const r of rows) out.set(r.case_ref, r.case_id);
  }
  return out;
}

export async function insertCaseRefs(db: Executor, rows: (typeof importCaseRefs.$inferInsert)[]) {
  for (const part of chunks(rows)) await insertRows(db, importCaseRefs, part);
}

/** Existing cases that imported rows join: their version and last ordinal per role (locked). */
export async function lockCasesForAppend(db: Executor, caseIds: string[]) {
  const out = new Map<string, { version: number; ordinals: Map<string, number> }>();
  for (const part of chunks(caseIds)) {
    const ids = JSON.stringify(part);
    const cases = rowsOf<{ id: string; version: number }>(
      await db.execute(sql`SELECT id, version FROM cases WHERE id IN (SELECT (jsonb_array_elements_text(${ids}::jsonb))::uuid) FOR UPDATE`),
    );
    for (const c of cases) out.set(c.id, { version: c.version, ordinals: new Map() });
    const ords = rowsOf<{ case_id: string; role: string; last: number }>(
      await db.execute(sql`SELECT case_id, role, max(ordinal)::int AS last FROM case_persons
        WHERE case_id IN (SELECT (jsonb_array_elements_text(${ids}::jsonb))::uuid) GROUP BY case_id, role`),
    );
    for (const o of ords) out.get(o.case_id)?.ordinals.set(o.role, o.last);
  }
  return out;
}

export async function setCaseVersions(db: Executor, versions: { id: string; version: number }[], now: Date, userId: string) {
  for (const part of chunks(versions)) {
    await db.execute(sql`UPDATE cases c SET version = x.version, updated_at = ${now}, updated_by = ${userId}
      FROM jsonb_to_recordset(${JSON.stringify(part)}::jsonb) AS x(id uuid, version int) WHERE c.id = x.id`);
  }
}

export async function regionCodes(db: Executor): Promise<Set<string>> {
  return new Set(rowsOf<{ code: string }>(await db.execute(sql`SELECT code FROM regions`)).map((r) => r.code));
}

export async function listTemplates(db: Executor, agencyId: string): Promise<TemplateRow[]> {
  return db.select().from(importTemplates).where(eq(importTemplates.agencyId, agencyId)).orderBy(desc(importTemplates.updatedAt));
}

export async function saveTemplate(db: Executor, values: typeof importTemplates.$inferInsert) {
  await db
    .insert(importTemplates)
    .values(values)
    .onConflictDoUpdate({
      target: [importTemplates.agencyId, importTemplates.name],
      set: { headers: values.headers, mapping: values.mapping, updatedAt: values.updatedAt, updatedBy: values.updatedBy },
    });
}
