import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { taskforceMeetingAttachments } from './taskforce.schema';

export type MeetingAttachmentRow = typeof taskforceMeetingAttachments.$inferSelect;
/** An attachment without its (encrypted) content: what lists need. */
export type MeetingAttachmentMeta = Omit<MeetingAttachmentRow, 'content'>;

const { content: _content, ...metaColumns } = getTableColumns(taskforceMeetingAttachments);

// Content travels as base64 text, decoded and encoded by the database, as for case files: PGlite's
// own bytea parameter path takes seconds for a 10 MiB file.
const contentIn = (content: Buffer) => sql`decode(${content.toString('base64')}, 'base64')`;
const contentOut = sql<string>`encode(${taskforceMeetingAttachments.content}, 'base64')`;

export async function insertAttachment(
  db: Executor,
  values: Omit<typeof taskforceMeetingAttachments.$inferInsert, 'content'> & { content: Buffer },
): Promise<MeetingAttachmentMeta> {
  const [row] = await db
    .insert(taskforceMeetingAttachments)
    .values({ ...values, content: contentIn(values.content) })
    .returning(metaColumns);
  return row!;
}

export async function listAttachments(db: Executor, meetingId: string): Promise<MeetingAttachmentMeta[]> {
  return db
    .select(metaColumns)
    .from(taskforceMeetingAttachments)
    .where(eq(taskforceMeetingAttachments.meetingId, meetingId))
    .orderBy(asc(taskforceMeetingAttachments.createdAt), asc(taskforceMeetingAttachments.id));
}

export async function countAttachments(db: Executor, meetingId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(taskforceMeetingAttachments).where(eq(taskforceMeetingAttachments.meetingId, meetingId));
  return row!.n;
}

/** One attachment of this meeting, with its content when asked (null for an id of another meeting). */
export async function findAttachment(db: Executor, meetingId: string, id: string, options: { content: true }): Promise<MeetingAttachmentRow | null>;
export async function findAttachment(db: Executor, meetingId: string, id: string): Promise<MeetingAttachmentMeta | null>;
export async function findAttachment(db: Executor, meetingId: string, id: string, options: { content?: boolean } = {}) {
  const where = and(eq(taskforceMeetingAttachments.meetingId, meetingId), eq(taskforceMeetingAttachments.id, id));
  if (!options.content) return (await db.select(metaColumns).from(taskforceMeetingAttachments).where(where))[0] ?? null;
  const [row] = await db.select({ ...metaColumns, content: contentOut }).from(taskforceMeetingAttachments).where(where);
  return row ? { ...row, content: Buffer.from(row.content, 'base64') } : null;
}

export async function deleteAttachment(db: Executor, meetingId: string, id: string): Promise<void> {
  await db.delete(taskforceMeetingAttachments).where(and(eq(taskforceMeetingAttachments.meetingId, meetingId), eq(taskforceMeetingAttachments.id, id)));
}
