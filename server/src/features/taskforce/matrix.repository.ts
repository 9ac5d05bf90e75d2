import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { users } from '../../platform/db/schema';
import { taskforceMatrixVersions } from './matrix.schema';

export type VersionRow = typeof taskforceMatrixVersions.$inferSelect & { changedByName: string | null };

const withAuthor = {
  version: taskforceMatrixVersions.version,
  assignments: taskforceMatrixVersions.assignments,
  reason: taskforceMatrixVersions.reason,
  changedBy: taskforceMatrixVersions.changedBy,
  changedAt: taskforceMatrixVersions.changedAt,
  changedByName: users.displayName,
};

/** One version (the latest when none is given) with the name of who saved it. */
export async function findVersion(db: Executor, version?: number): Promise<VersionRow | null> {
  const query = db.select(withAuthor).from(taskforceMatrixVersions).leftJoin(users, eq(users.id, taskforceMatrixVersions.changedBy));
  const [row] = version ? await query.where(eq(taskforceMatrixVersions.version, version)) : await query.orderBy(desc(taskforceMatrixVersions.version)).limit(1);
  return row ?? null;
}

export async function listVersions(db: Executor): Promise<VersionRow[]> {
  return db.select(withAuthor).from(taskforceMatrixVersions).leftJoin(users, eq(users.id, taskforceMatrixVersions.changedBy)).orderBy(desc(taskforceMatrixVersions.version));
}

/** Inserts a version; false when that version number was saved meanwhile. */
export async function insertVersion(db: Executor, values: typeof taskforceMatrixVersions.$inferInsert): Promise<boolean> {
  const rows = await db.insert(taskforceMatrixVersions).values(values).onConflictDoNothing().returning({ version: taskforceMatrixVersions.version });
  return rows.length > 0;
}
