import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { creationVersion } from './cases.repository';
import { caseAttachments } from './cases.schema';

export type AttachmentRow = typeof caseAttachments.$inferSelect;
/** An attachment without its (encrypted) content: what lists need. */
export type AttachmentMeta = Omit<AttachmentRow, 'content'>;

const { content: _content, ...metaColumns } = getTableColumns(caseAttachments);

export async function insertAttachment(
  db: Executor,
  values: typeof caseAttachments.$inferInsert,
): Promise<AttachmentMeta> {
  const [row] = await db.insert(caseAttachments).values(values).returning(metaColumns);
  return row!;
}

export async function listAttachments(db: Executor, caseId: string): Promise<AttachmentMeta[]> {
  return db
    .select(metaColumns)
    .from(caseAttachments)
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(
      asc(creationVersion('attachment', caseAttachments.caseId, caseAttachments.id)),
      asc(caseAttachments.createdAt),
    );
}

/** One attachment of this case with its content (null for an id of another case). */
export async function findAttachment(
  db: Executor,
  caseId: string,
  id: string,
): Promise<AttachmentRow | null> {
  const rows = await db
    .select()
    .from(caseAttachments)
    .where(and(eq(caseAttachments.id, id), eq(caseAttachments.caseId, caseId)))
    .limit(1);
  return rows[0] ?? null;
}
