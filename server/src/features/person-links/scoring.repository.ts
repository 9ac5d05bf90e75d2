import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../platform/db/database';
import { persons } from '../../platform/db/schema';
import { linkagePairs, linkageRuns } from './person-links.schema';

export type RunRow = typeof linkageRuns.$inferSelect;
export type PairInsert = Omit<typeof linkagePairs.$inferInsert, 'id' | 'status'>;

export async function insertRun(db: Executor, values: typeof linkageRuns.$inferInsert): Promise<RunRow> {
  const [row] = await db.insert(linkageRuns).values(values).returning();
  return row!;
}

export async function updateRun(db: Executor, id: string, values: Partial<typeof linkageRuns.$inferInsert>): Promise<void> {
  await db.update(linkageRuns).set(values).where(eq(linkageRuns.id, id));
}

export async function findRun(db: Executor, id: string): Promise<RunRow | null> {
  const [row] = await db.select().from(linkageRuns).where(eq(linkageRuns.id, id));
  return row ?? null;
}

/** A run still queued or running, if any (one at a time). */
export async function findUnfinishedRun(db: Executor): Promise<RunRow | null> {
  const [row] = await db
    .select()
    .from(linkageRuns)
    .where(inArray(linkageRuns.status, ['queued', 'running']))
    .limit(1);
  return row ?? null;
}

export async function latestRuns(db: Executor, limit: number): Promise<RunRow[]> {
  return db.select().from(linkageRuns).orderBy(desc(linkageRuns.requestedAt), desc(linkageRuns.id)).limit(limit);
}

/** Every person record with the fields the engine compares, in a fixed order. */
export async function scoringRecords(db: Executor) {
  return db
    .select({
      id: persons.id,
      fullName: persons.fullName,
      aliases: persons.aliases,
      sex: persons.sex,
      birthDate: persons.birthDate,
      nik: persons.nik,
      passportNumber: persons.passportNumber,
      phone: persons.phone,
      originRegionCode: persons.originRegionCode,
      address: persons.address,
    })
    .from(persons)
    .orderBy(persons.id);
}
export type ScoringRecord = Awaited<ReturnType<typeof scoringRecords>>[number];

const chunk = 5_000;

/**
 * Stores the pairs of a run: new pairs are added pending; a pending pair scored again gets its new
 * probability and evidence; decided pairs keep what they were decided on.
 */
export async function upsertPairs(db: Executor, pairs: readonly PairInsert[]): Promise<void> {
  for (let start = 0; start < pairs.length; start += chunk) {
    const data = pairs.slice(start, start + chunk).map((p) => ({
      left_person_id: p.leftPersonId,
      right_person_id: p.rightPersonId,
      probability: p.probability,
      band: p.band,
      evidence: p.evidence,
      prior_weight: p.priorWeight,
      run_id: p.runId,
      scored_at: p.scoredAt,
    }));
    await db.execute(sql`
      INSERT INTO ${linkagePairs} (left_person_id, right_person_id, probability, band, evidence, prior_weight, status, run_id, scored_at)
      SELECT left_person_id, right_person_id, probability, band, evidence, prior_weight, 'pending', run_id, scored_at
      FROM jsonb_populate_recordset(NULL::linkage_pairs, ${JSON.stringify(data)}::jsonb)
      ON CONFLICT (left_person_id, right_person_id) DO UPDATE SET
        probability = EXCLUDED.probability, band = EXCLUDED.band, evidence = EXCLUDED.evidence,
        prior_weight = EXCLUDED.prior_weight, run_id = EXCLUDED.run_id, scored_at = EXCLUDED.scored_at
      WHERE linkage_pairs.status = 'pending'`);
  }
}

/** Pending pairs this run no longer found (never one a decision refers to): they are derived data. */
export async function dropStalePairs(db: Executor, runId: string): Promise<number> {
  const result = await db.execute(sql`
    DELETE FROM ${linkagePairs} p
    WHERE p.status = 'pending' AND p.run_id IS DISTINCT FROM ${runId}
      AND NOT EXISTS (SELECT 1 FROM linkage_decisions d WHERE d.pair_id = p.id)
    RETURNING p.id`);
  return rowsOf(result).length;
}

export async function countPendingByBand(db: Executor, runId: string) {
  return db
    .select({ band: linkagePairs.band, n: sql<number>`count(*)::int` })
    .from(linkagePairs)
    .where(and(eq(linkagePairs.runId, runId), eq(linkagePairs.status, 'pending')))
    .groupBy(linkagePairs.band);
}
