import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { creationVersion } from './cases.repository';
import { caseComments, caseShares } from './cases.schema';

export type ShareRow = typeof caseShares.$inferSelect;
export type CommentRow = typeof caseComments.$inferSelect;

export async function listShares(db: Executor, caseId: string): Promise<ShareRow[]> {
  return db
    .select()
    .from(caseShares)
    .where(eq(caseShares.caseId, caseId))
    .orderBy(
      asc(creationVersion('share', caseShares.caseId, caseShares.id)),
      asc(caseShares.createdAt),
      asc(caseShares.id),
    );
}

export async function findShare(db: Executor, caseId: string, id: string): Promise<ShareRow | null> {
  const rows = await db
    .select()
    .from(caseShares)
    .where(and(eq(caseShares.id, id), eq(caseShares.caseId, caseId)))
    .limit(1);
  return rows[0] ?? null;
}

/** The agency's shares of the case that still give access (normally at most one). */
export async function activeSharesFor(
  db: Executor,
  caseId: string,
  agencyId: string,
  now: Date,
): Promise<ShareRow[]> {
  return db
    .select()
    .from(caseShares)
    .where(
      and(
        eq(caseShares.caseId, caseId),
        eq(caseShares.agencyId, agencyId),
        isNull(caseShares.revokedAt),
        or(isNull(caseShares.expiresAt), gt(caseShares.expiresAt, now)),
      ),
    );
}

export async function insertShare(db: Executor, values: typeof caseShares.$inferInsert): Promise<ShareRow> {
  const [row] = await db.insert(caseShares).values(values).returning();
  return row!;
}

export async function revokeShareRow(
  db: Executor,
  id: string,
  values: { revokedAt: Date; revokedBy: string | null; revokeReason: string },
): Promise<ShareRow> {
  const [row] = await db.update(caseShares).set(values).where(eq(caseShares.id, id)).returning();
  return row!;
}

export async function listComments(db: Executor, caseId: string): Promise<CommentRow[]> {
  return db
    .select()
    .from(caseComments)
    .where(eq(caseComments.caseId, caseId))
    .orderBy(
      asc(creationVersion('comment', caseComments.caseId, caseComments.id)),
      asc(caseComments.createdAt),
      asc(caseComments.id),
    );
}

export async function insertComment(
  db: Executor,
  values: typeof caseComments.$inferInsert,
): Promise<CommentRow> {
  const [row] = await db.insert(caseComments).values(values).returning();
  return row!;
}
