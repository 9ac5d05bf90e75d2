import { and, asc, count, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { casePersons } from '../../platform/db/schema';
import { pseudonymOf } from '../cases';
import {
  protectionAssessments,
  protectionClosures,
  protectionConsents,
  protectionFollowUps,
  protectionPlanItems,
  protectionProviders,
  protectionReferrals,
  protectionReturnSteps,
} from './protection.schema';

export type ConsentRow = typeof protectionConsents.$inferSelect;
export type AssessmentRow = typeof protectionAssessments.$inferSelect;
export type PlanItemRow = typeof protectionPlanItems.$inferSelect;
export type ProviderRow = typeof protectionProviders.$inferSelect;
export type ReferralRow = typeof protectionReferrals.$inferSelect;
export type ReturnStepRow = typeof protectionReturnSteps.$inferSelect;
export type FollowUpRow = typeof protectionFollowUps.$inferSelect;
export type ClosureRow = typeof protectionClosures.$inferSelect;

/** The victim a protection record belongs to: a case person in the victim role. */
export async function findVictim(db: Executor, casePersonId: string): Promise<{ id: string; caseId: string; pseudonym: string } | null> {
  const [row] = await db
    .select({ id: casePersons.id, caseId: casePersons.caseId, role: casePersons.role, ordinal: casePersons.ordinal, personId: casePersons.personId })
    .from(casePersons)
    .where(and(eq(casePersons.id, casePersonId), eq(casePersons.role, 'victim')));
  return row ? { id: row.id, caseId: row.caseId, pseudonym: pseudonymOf(row) } : null;
}

/** The pseudonyms of the given case people, by case person id. */
export async function pseudonymsOf(db: Executor, casePersonIds: string[]): Promise<Map<string, string>> {
  if (casePersonIds.length === 0) return new Map();
  const rows = await db
    .select({ id: casePersons.id, role: casePersons.role, ordinal: casePersons.ordinal, personId: casePersons.personId })
    .from(casePersons)
    .where(inArray(casePersons.id, [...new Set(casePersonIds)]));
  return new Map(rows.map((r) => [r.id, pseudonymOf(r)]));
}

/** Whether a pending or accepted referral of the victim to the agency exists. */
export async function hasOpenReferralTo(db: Executor, casePersonId: string, agencyId: string): Promise<boolean> {
  const rows = await db
    .select({ id: protectionReferrals.id })
    .from(protectionReferrals)
    .where(
      and(
        eq(protectionReferrals.casePersonId, casePersonId),
        eq(protectionReferrals.toAgencyId, agencyId),
        inArray(protectionReferrals.status, ['pending', 'accepted']),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function latestConsent(db: Executor, casePersonId: string): Promise<ConsentRow | null> {
  const [row] = await db
    .select()
    .from(protectionConsents)
    .where(eq(protectionConsents.casePersonId, casePersonId))
    .orderBy(desc(protectionConsents.seq))
    .limit(1);
  return row ?? null;
}

/** Every part of a victim's protection record, each in the order it was recorded. */
export async function loadRecord(db: Executor, casePersonId: string) {
  const [consents, assessments, planItems, referrals, returnPath, followUps, closures] = [
    await db.select().from(protectionConsents).where(eq(protectionConsents.casePersonId, casePersonId)).orderBy(asc(protectionConsents.seq)),
    await db.select().from(protectionAssessments).where(eq(protectionAssessments.casePersonId, casePersonId)).orderBy(asc(protectionAssessments.seq)),
    await db.select().from(protectionPlanItems).where(eq(protectionPlanItems.casePersonId, casePersonId)).orderBy(asc(protectionPlanItems.seq)),
    await db.select().from(protectionReferrals).where(eq(protectionReferrals.casePersonId, casePersonId)).orderBy(asc(protectionReferrals.seq)),
    await db.select().from(protectionReturnSteps).where(eq(protectionReturnSteps.casePersonId, casePersonId)),
    await db.select().from(protectionFollowUps).where(eq(protectionFollowUps.casePersonId, casePersonId)).orderBy(asc(protectionFollowUps.seq)),
    await db.select().from(protectionClosures).where(eq(protectionClosures.casePersonId, casePersonId)),
  ];
  return { consents, assessments, planItems, referrals, returnPath, followUps, closure: closures[0] ?? null };
}

export async function insertConsent(db: Executor, values: typeof protectionConsents.$inferInsert): Promise<ConsentRow> {
  const [row] = await db.insert(protectionConsents).values(values).returning();
  return row!;
}

export async function insertAssessment(db: Executor, values: typeof protectionAssessments.$inferInsert): Promise<AssessmentRow> {
  const [row] = await db.insert(protectionAssessments).values(values).returning();
  return row!;
}

export async function insertPlanItem(db: Executor, values: typeof protectionPlanItems.$inferInsert): Promise<PlanItemRow> {
  const [row] = await db.insert(protectionPlanItems).values(values).returning();
  return row!;
}

export async function findPlanItem(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<PlanItemRow | null> {
  const query = db.select().from(protectionPlanItems).where(eq(protectionPlanItems.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** A version-checked update; null when someone else changed the item first. */
export async function updatePlanItem(
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof protectionPlanItems.$inferInsert>,
): Promise<PlanItemRow | null> {
  const [row] = await db
    .update(protectionPlanItems)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(protectionPlanItems.id, id), eq(protectionPlanItems.version, version)))
    .returning();
  return row ?? null;
}

export async function listProviders(
  db: Executor,
  service?: string,
  includeInactive = false,
): Promise<ProviderRow[]> {
  const rows = await db
    .select()
    .from(protectionProviders)
    .where(includeInactive ? undefined : eq(protectionProviders.isActive, true))
    .orderBy(asc(protectionProviders.name));
  return service ? rows.filter((r) => r.services.includes(service)) : rows;
}

export async function updateProvider(
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof protectionProviders.$inferInsert>,
): Promise<ProviderRow | null> {
  const [row] = await db
    .update(protectionProviders)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(protectionProviders.id, id), eq(protectionProviders.version, version)))
    .returning();
  return row ?? null;
}

export async function findProvider(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ProviderRow | null> {
  const query = db.select().from(protectionProviders).where(eq(protectionProviders.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertProvider(db: Executor, values: typeof protectionProviders.$inferInsert): Promise<ProviderRow> {
  const [row] = await db.insert(protectionProviders).values(values).returning();
  return row!;
}

export async function insertReferral(db: Executor, values: typeof protectionReferrals.$inferInsert): Promise<ReferralRow> {
  const [row] = await db.insert(protectionReferrals).values(values).returning();
  return row!;
}

export async function findReferral(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<ReferralRow | null> {
  const query = db.select().from(protectionReferrals).where(eq(protectionReferrals.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function moveReferral(
  db: Executor,
  id: string,
  version: number,
  changes: { status: string; statusReason: string; updatedAt: Date },
): Promise<ReferralRow | null> {
  const [row] = await db
    .update(protectionReferrals)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(protectionReferrals.id, id), eq(protectionReferrals.version, version)))
    .returning();
  return row ?? null;
}

/** The referrals of one of the lists an agency sees; `today` decides what is overdue. */
export async function listReferrals(
  db: Executor,
  agencyId: string,
  box: 'to-me' | 'by-me' | 'pending' | 'overdue',
  today: string,
): Promise<ReferralRow[]> {
  const mine = or(eq(protectionReferrals.toAgencyId, agencyId), eq(protectionReferrals.fromAgencyId, agencyId))!;
  const pending = eq(protectionReferrals.status, 'pending');
  const where: Record<typeof box, SQL> = {
    'to-me': eq(protectionReferrals.toAgencyId, agencyId),
    'by-me': eq(protectionReferrals.fromAgencyId, agencyId),
    pending: and(mine, pending)!,
    overdue: and(mine, pending, lt(protectionReferrals.dueOn, today))!,
  };
  return db.select().from(protectionReferrals).where(where[box]).orderBy(asc(protectionReferrals.dueOn), asc(protectionReferrals.seq)).limit(500);
}

/** Pending referrals to the agency, and how many of them are past their due day (before `today`). */
export async function countReferralsTo(db: Executor, agencyId: string, today: string): Promise<{ pending: number; overdue: number }> {
  const [row] = await db
    .select({
      pending: count(),
      overdue: sql<number>`count(*) filter (where ${protectionReferrals.dueOn} < ${today})`.mapWith(Number),
    })
    .from(protectionReferrals)
    .where(and(eq(protectionReferrals.toAgencyId, agencyId), eq(protectionReferrals.status, 'pending')));
  return { pending: row?.pending ?? 0, overdue: row?.overdue ?? 0 };
}

/** Records a return step, replacing an earlier record of the same step; answers the row before, if any. */
export async function upsertReturnStep(
  db: Executor,
  values: typeof protectionReturnSteps.$inferInsert,
): Promise<{ row: ReturnStepRow; before: ReturnStepRow | null }> {
  const [before] = await db
    .select()
    .from(protectionReturnSteps)
    .where(and(eq(protectionReturnSteps.casePersonId, values.casePersonId), eq(protectionReturnSteps.step, values.step)))
    .for('update');
  const { casePersonId: _v, step: _s, ...changes } = values;
  const [row] = before
    ? await db.update(protectionReturnSteps).set(changes).where(eq(protectionReturnSteps.id, before.id)).returning()
    : await db.insert(protectionReturnSteps).values(values).returning();
  return { row: row!, before: before ?? null };
}

export async function insertFollowUp(db: Executor, values: typeof protectionFollowUps.$inferInsert): Promise<FollowUpRow> {
  const [row] = await db.insert(protectionFollowUps).values(values).returning();
  return row!;
}

/** Closes protection of a victim; null when it was already closed. */
export async function insertClosure(db: Executor, values: typeof protectionClosures.$inferInsert): Promise<ClosureRow | null> {
  const [row] = await db.insert(protectionClosures).values(values).onConflictDoNothing().returning();
  return row ?? null;
}
