import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { tipAttachments, tipHolidays, tipMessages, tips, tipSpentChallenges, tipWhatsappDeliveries } from './tips.schema';

export type TipRow = typeof tips.$inferSelect;
export type NewTipRow = typeof tips.$inferInsert;
export type TipMessageRow = typeof tipMessages.$inferSelect;
export type TipAttachmentMeta = Omit<typeof tipAttachments.$inferSelect, 'content'>;

/** Records a challenge as used; false when it already was. */
export async function spendChallenge(db: Executor, challenge: string, expiresAt: Date): Promise<boolean> {
  const rows = await db
    .insert(tipSpentChallenges)
    .values({ challenge, expiresAt })
    .onConflictDoNothing()
    .returning({ challenge: tipSpentChallenges.challenge });
  return rows.length === 1;
}

/** Records a WhatsApp message as taken; false when it already was (a redelivery). */
export async function recordWhatsappDelivery(db: Executor, messageHash: string, receivedAt: Date): Promise<boolean> {
  const rows = await db
    .insert(tipWhatsappDeliveries)
    .values({ messageHash, receivedAt })
    .onConflictDoNothing()
    .returning({ messageHash: tipWhatsappDeliveries.messageHash });
  return rows.length === 1;
}

export async function purgeWhatsappDeliveries(db: Executor, before: Date): Promise<number> {
  const rows = await db.delete(tipWhatsappDeliveries).where(lt(tipWhatsappDeliveries.receivedAt, before)).returning({ h: tipWhatsappDeliveries.messageHash });
  return rows.length;
}

export async function purgeSpentChallenges(db: Executor, now: Date): Promise<number> {
  const rows = await db.delete(tipSpentChallenges).where(lt(tipSpentChallenges.expiresAt, now)).returning({ c: tipSpentChallenges.challenge });
  return rows.length;
}

export async function insertTip(db: Executor, row: NewTipRow): Promise<TipRow> {
  return (await db.insert(tips).values(row).returning())[0]!;
}

export async function findTipByLookup(db: Executor, lookup: string): Promise<TipRow | null> {
  return (await db.select().from(tips).where(eq(tips.receiptLookup, lookup)).limit(1))[0] ?? null;
}

export async function findTip(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<TipRow | null> {
  const query = db.select().from(tips).where(eq(tips.id, id)).limit(1);
  return (await (options.lock ? query.for('update') : query))[0] ?? null;
}

/** Applies changes if `version` is current, moving it on by one; null on a version conflict. */
export async function updateTip(db: Executor, id: string, version: number, changes: Partial<NewTipRow>): Promise<TipRow | null> {
  const rows = await db
    .update(tips)
    .set({ ...changes, version: sql`${tips.version} + 1` })
    .where(and(eq(tips.id, id), eq(tips.version, version)))
    .returning();
  return rows[0] ?? null;
}

export interface TipFilter {
  agencyId?: string;
  status?: string;
  open?: boolean;
  overdueAt?: Date;
  assigneeId?: string;
  caseId?: string;
  limit: number;
}

/** The triage queue: highest priority first, then the nearest deadline. */
export async function listTips(db: Executor, f: TipFilter): Promise<TipRow[]> {
  const where: SQL[] = [];
  if (f.agencyId) where.push(eq(tips.agencyId, f.agencyId));
  if (f.status) where.push(eq(tips.status, f.status));
  if (f.open === true) where.push(ne(tips.status, 'closed'));
  if (f.open === false) where.push(eq(tips.status, 'closed'));
  if (f.overdueAt) where.push(overdueCondition(f.overdueAt));
  if (f.assigneeId) where.push(eq(tips.assigneeId, f.assigneeId));
  if (f.caseId) where.push(eq(tips.caseId, f.caseId));
  return db
    .select()
    .from(tips)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(tips.priority), asc(tips.verifyDueAt), asc(tips.id))
    .limit(f.limit);
}

/** Open tips past the deadline of their stage: verification (new, verifying) or action (verified). */
export function overdueCondition(now: Date): SQL {
  return or(
    and(inArray(tips.status, ['new', 'verifying']), lt(tips.verifyDueAt, now)),
    and(eq(tips.status, 'verified'), lt(tips.actDueAt, now)),
  )!;
}

export async function overdueUnescalated(db: Executor, now: Date): Promise<TipRow[]> {
  return db.select().from(tips).where(and(overdueCondition(now), isNull(tips.escalatedAt))).limit(500);
}

/** Open tips about the same place received since `since` (same village/kelurahan code or port). */
export async function similarOpenTips(
  db: Executor,
  place: { regionCode: string | null; portId: string | null },
  since: Date,
  excludeId: string,
): Promise<TipRow[]> {
  const same: SQL[] = [];
  if (place.regionCode) same.push(eq(tips.regionCode, place.regionCode));
  if (place.portId) same.push(or(eq(tips.portId, place.portId), eq(tips.nearPortId, place.portId))!);
  if (same.length === 0) return [];
  return db
    .select()
    .from(tips)
    .where(and(or(...same), ne(tips.status, 'closed'), gte(tips.receivedAt, since), ne(tips.id, excludeId)))
    .limit(50);
}

export async function tipsInGroup(db: Executor, groupId: string): Promise<TipRow[]> {
  return db.select().from(tips).where(eq(tips.groupId, groupId)).orderBy(asc(tips.receivedAt), asc(tips.id));
}

export async function holidayDays(db: Executor): Promise<Set<string>> {
  return new Set((await db.select({ day: tipHolidays.day }).from(tipHolidays)).map((r) => r.day));
}

/** Appends a message; its `seq` comes from the tip's counter (the tip row must be locked). */
export async function insertMessage(
  db: Executor,
  row: Omit<typeof tipMessages.$inferInsert, 'seq'>,
  flags: { unreadFromReporter: boolean },
): Promise<TipMessageRow> {
  const [tip] = await db
    .update(tips)
    .set({ messageCount: sql`${tips.messageCount} + 1`, unreadFromReporter: flags.unreadFromReporter })
    .where(eq(tips.id, row.tipId))
    .returning({ seq: tips.messageCount });
  return (await db.insert(tipMessages).values({ ...row, seq: tip!.seq }).returning())[0]!;
}

export async function listMessages(db: Executor, tipId: string, kinds?: string[]): Promise<TipMessageRow[]> {
  const where = kinds ? and(eq(tipMessages.tipId, tipId), inArray(tipMessages.kind, kinds)) : eq(tipMessages.tipId, tipId);
  return db.select().from(tipMessages).where(where).orderBy(asc(tipMessages.seq));
}

const attachmentMeta = {
  id: tipAttachments.id,
  tipId: tipAttachments.tipId,
  fileName: tipAttachments.fileName,
  mediaType: tipAttachments.mediaType,
  sizeBytes: tipAttachments.sizeBytes,
  metadataRemoved: tipAttachments.metadataRemoved,
  createdAt: tipAttachments.createdAt,
  createdBy: tipAttachments.createdBy,
};

export async function insertAttachment(db: Executor, row: typeof tipAttachments.$inferInsert): Promise<TipAttachmentMeta> {
  return (await db.insert(tipAttachments).values(row).returning(attachmentMeta))[0]!;
}

export async function listAttachments(db: Executor, tipId: string): Promise<TipAttachmentMeta[]> {
  return db.select(attachmentMeta).from(tipAttachments).where(eq(tipAttachments.tipId, tipId)).orderBy(asc(tipAttachments.createdAt), asc(tipAttachments.id));
}

export async function findAttachment(db: Executor, tipId: string, id: string) {
  return (await db.select().from(tipAttachments).where(and(eq(tipAttachments.tipId, tipId), eq(tipAttachments.id, id))).limit(1))[0] ?? null;
}

/** Closed tips that led to nothing (no case), closed before `closedBefore`. */
export async function purgeableTips(db: Executor, closedBefore: Date): Promise<{ id: string; outcome: string | null }[]> {
  return db
    .select({ id: tips.id, outcome: tips.outcome })
    .from(tips)
    .where(and(eq(tips.status, 'closed'), isNull(tips.caseId), lt(tips.closedAt, closedBefore)))
    .limit(500);
}

/** Removes a tip with its messages and files (cascade); other tips grouped under it lose the group. */
export async function deleteTip(db: Executor, id: string): Promise<void> {
  await db.update(tips).set({ groupId: null }).where(and(eq(tips.groupId, id), ne(tips.id, id)));
  await db.delete(tips).where(eq(tips.id, id));
}
