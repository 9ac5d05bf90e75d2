import { and, asc, desc, eq, getTableColumns, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { dashboardReports } from './dashboards.schema';

export type ReportRow = typeof dashboardReports.$inferSelect;
export type ReportSummaryRow = Omit<ReportRow, 'pdf' | 'xlsx'>;

// Lists and status reads leave the files out.
const { pdf: _pdf, xlsx: _xlsx, ...summaryColumns } = getTableColumns(dashboardReports);

export async function insertReport(db: Executor, values: typeof dashboardReports.$inferInsert): Promise<ReportSummaryRow> {
  const [row] = await db.insert(dashboardReports).values(values).returning(summaryColumns);
  return row!;
}

export async function findReport(db: Executor, id: string): Promise<ReportSummaryRow | null> {
  const [row] = await db.select(summaryColumns).from(dashboardReports).where(eq(dashboardReports.id, id));
  return row ?? null;
}

/** The last 20 reports the user asked for, newest first. */
export async function listReports(db: Executor, userId: string): Promise<ReportSummaryRow[]> {
  return db.select(summaryColumns).from(dashboardReports).where(eq(dashboardReports.requestedBy, userId)).orderBy(desc(dashboardReports.createdAt)).limit(20);
}

export async function reportFile(db: Executor, id: string, userId: string, format: 'pdf' | 'xlsx'): Promise<{ row: ReportSummaryRow; file: Buffer | null } | null> {
  const [row] = await db
    .select({ ...summaryColumns, file: dashboardReports[format] })
    .from(dashboardReports)
    .where(and(eq(dashboardReports.id, id), eq(dashboardReports.requestedBy, userId)));
  if (!row) return null;
  const { file, ...summary } = row;
  return { row: summary, file };
}

export async function updateReport(db: Executor, id: string, values: Partial<typeof dashboardReports.$inferInsert>): Promise<void> {
  await db.update(dashboardReports).set(values).where(eq(dashboardReports.id, id));
}

/** Reports asked for before the cutoff, oldest first (ids and what the audit names). */
export async function reportsCreatedBefore(db: Executor, cutoff: Date): Promise<ReportSummaryRow[]> {
  return db.select(summaryColumns).from(dashboardReports).where(lt(dashboardReports.createdAt, cutoff)).orderBy(asc(dashboardReports.createdAt));
}

/** Deletes a report with its files; false when it was already gone. */
export async function deleteReport(db: Executor, id: string): Promise<boolean> {
  return (await db.delete(dashboardReports).where(eq(dashboardReports.id, id)).returning({ id: dashboardReports.id })).length > 0;
}
