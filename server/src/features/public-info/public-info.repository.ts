import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/database';
import { infoContentVersions, jobCheckRuleVersions, recruiterFlags, recruiterLists, recruiters } from './public-info.schema';

export type ContentVersionRow = typeof infoContentVersions.$inferSelect;
export type RuleVersionRow = typeof jobCheckRuleVersions.$inferSelect;
export type RecruiterListRow = typeof recruiterLists.$inferSelect;
export type RecruiterRow = typeof recruiters.$inferSelect;
export type RecruiterFlagRow = typeof recruiterFlags.$inferSelect;

// ---- content -----------------------------------------------------------------------------------

/** Every version of a page in one language, newest first. */
export async function listContentVersions(db: Executor, slug: string, language: string): Promise<ContentVersionRow[]> {
  return db
    .select()
    .from(infoContentVersions)
    .where(and(eq(infoContentVersions.slug, slug), eq(infoContentVersions.language, language)))
    .orderBy(desc(infoContentVersions.version));
}

export async function latestPublishedContent(db: Executor, slug: string, language: string) {
  const rows = await db
    .select()
    .from(infoContentVersions)
    .where(and(eq(infoContentVersions.slug, slug), eq(infoContentVersions.language, language), eq(infoContentVersions.published, true)))
    .orderBy(desc(infoContentVersions.version))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertContentVersion(tx: Tx, values: typeof infoContentVersions.$inferInsert) {
  const [row] = await tx.insert(infoContentVersions).values(values).returning();
  return row!;
}

// ---- job-check rules ---------------------------------------------------------------------------

export async function listRuleVersions(db: Executor): Promise<RuleVersionRow[]> {
  return db
    .select()
    .from(jobCheckRuleVersions)
    .orderBy(desc(jobCheckRuleVersions.version));
}

export async function latestPublishedRules(db: Executor) {
  const rows = await db
    .select()
    .from(jobCheckRuleVersions)
    .where(eq(jobCheckRuleVersions.published, true))
    .orderBy(desc(jobCheckRuleVersions.version))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertRuleVersion(tx: Tx, values: typeof jobCheckRuleVersions.$inferInsert) {
  const [row] = await tx.insert(jobCheckRuleVersions).values(values).returning();
  return row!;
}

// ---- recruiter lists ---------------------------------------------------------------------------

export async function listRecruiterLists(db: Executor): Promise<RecruiterListRow[]> {
  return db
    .select()
    .from(recruiterLists)
    .orderBy(desc(recruiterLists.version));
}

export async function latestRecruiterList(db: Executor) {
  const rows = await db.select().from(recruiterLists).orderBy(desc(recruiterLists.version)).limit(1);
  return rows[0] ?? null;
}

export async function insertRecruiterList(
  tx: Tx,
  list: Omit<typeof recruiterLists.$inferInsert, 'version'>,
  rows: Omit<typeof recruiters.$inferInsert, 'listId'>[],
) {
  const [created] = await tx
    .insert(recruiterLists)
    .values({ ...list, version: sql`(select coalesce(max(version), 0) + 1 from recruiter_lists)` })
    .returning();
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insert(recruiters).values(rows.slice(start, start + 500).map((row) => ({ ...row, listId: created!.id })));
  }
  return created!;
}

/**
 * Recruiters of a list whose name key is word-similar to the query key (pg_trgm `%>` with the
 * transaction's threshold), or whose licence key starts with the query's, best match first.
 */
export async function searchRecruiters(tx: Tx, listId: string, query: { nameKey: string; licenceKey: string }, limit: number) {
  await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
  const byLicence = query.licenceKey.length >= 3 ? sql`${recruiters.licenceKey} like ${query.licenceKey + '%'}` : sql`false`;
  const byName = query.nameKey.length >= 2 ? sql`${recruiters.nameKey} %> ${query.nameKey}` : sql`false`;
  return tx
    .select()
    .from(recruiters)
    .where(and(eq(recruiters.listId, listId), sql`(${byName} or ${byLicence})`))
    .orderBy(sql`(${recruiters.licenceKey} = ${query.licenceKey}) desc`, sql`word_similarity(${query.nameKey}, ${recruiters.nameKey}) desc`, recruiters.name)
    .limit(limit);
}

// ---- flags -------------------------------------------------------------------------------------

export async function listFlags(db: Executor): Promise<RecruiterFlagRow[]> {
  return db
    .select()
    .from(recruiterFlags)
    .orderBy(desc(recruiterFlags.flaggedAt));
}

export async function findFlag(db: Executor, id: string) {
  const rows = await db.select().from(recruiterFlags).where(eq(recruiterFlags.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertFlag(tx: Tx, values: typeof recruiterFlags.$inferInsert) {
  const [row] = await tx.insert(recruiterFlags).values(values).returning();
  return row!;
}

export async function withdrawFlag(tx: Tx, id: string, values: { withdrawnAt: Date; withdrawnBy: string | null; withdrawalReason: string }) {
  const [row] = await tx
    .update(recruiterFlags)
    .set(values)
    .where(and(eq(recruiterFlags.id, id), isNull(recruiterFlags.withdrawnAt)))
    .returning();
  return row ?? null;
}

/** Active flags matching the query like searchRecruiters does (same transaction threshold). */
export async function searchFlags(tx: Tx, query: { nameKey: string; licenceKey: string }, limit: number) {
  const byName = query.nameKey.length >= 2 ? sql`${recruiterFlags.nameKey} %> ${query.nameKey}` : sql`false`;
  const byLicence =
    query.licenceKey.length >= 3
      ? sql`regexp_replace(upper(coalesce(${recruiterFlags.licenceNumber}, '')), '[^A-Z0-9]', '', 'g') like ${query.licenceKey + '%'}`
      : sql`false`;
  return tx
    .select()
    .from(recruiterFlags)
    .where(and(isNull(recruiterFlags.withdrawnAt), sql`(${byName} or ${byLicence})`))
    .orderBy(sql`word_similarity(${query.nameKey}, ${recruiterFlags.nameKey}) desc`)
    .limit(limit);
}
