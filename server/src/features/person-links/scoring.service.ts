import { bandOf, type LinkageRun } from '#contracts/linkage-review';
import type { LinkageEvidence, LinkageEvidenceField } from '#contracts/person-links';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { linkRecords, type LinkageColumn, type LinkageRole } from '../linkage';
import * as repo from './scoring.repository';

/** The person fields the registry's run compares, with the engine role of each. */
const scoredFields: { field: LinkageEvidenceField; role: LinkageRole; value: (r: repo.ScoringRecord) => string | null }[] = [
  { field: 'fullName', role: 'full_name', value: (r) => r.fullName ?? r.aliases[0] ?? null },
  { field: 'birthDate', role: 'birth_date', value: (r) => r.birthDate },
  { field: 'sex', role: 'sex', value: (r) => (r.sex === 'unknown' ? null : r.sex) },
  { field: 'nik', role: 'nik', value: (r) => r.nik },
  { field: 'passportNumber', role: 'passport', value: (r) => r.passportNumber },
  { field: 'phone', role: 'phone', value: (r) => r.phone },
  { field: 'originRegionCode', role: 'region', value: (r) => r.originRegionCode },
  { field: 'address', role: 'address', value: (r) => r.address },
];

const roundBits = (w: number) => Math.round(w * 100) / 100;

export interface ScoredPair {
  leftPersonId: string;
  rightPersonId: string;
  probability: number;
  evidence: LinkageEvidence[];
  priorWeight: number;
}

/**
 * Runs the linkage engine (EM-fitted Fellegi–Sunter, docs/LINKAGE.md) over person records and
 * answers the pairs at or above the review threshold, each with its evidence per field. Pure:
 * the records are read, never written.
 */
export function scoreRecords(records: readonly repo.ScoringRecord[]): { pairs: ScoredPair[]; candidatePairs: number; model: object } {
  if (records.length < 2) return { pairs: [], candidatePairs: 0, model: {} };
  const columns: LinkageColumn[] = scoredFields.map(({ field, role, value }) => ({
    role,
    name: field,
    values: records.map((r) => value(r) ?? ''),
  }));
  const result = linkRecords({ count: records.length, source: null, columns }, { dateFormat: 'ymd' });
  const pairs: ScoredPair[] = [];
  for (let k = 0; k < result.probability.length; k++) {
    const probability = result.probability[k]!;
    if (bandOf(probability) === null) continue;
    const a = records[result.left[k]!]!.id;
    const b = records[result.right[k]!]!.id;
    const { priorWeight, fields } = result.explain(k);
    pairs.push({
      leftPersonId: a < b ? a : b,
      rightPersonId: a < b ? b : a,
      probability,
      priorWeight: roundBits(priorWeight),
      evidence: fields.map((f) => ({ field: f.name as LinkageEvidenceField, level: f.level, weight: roundBits(f.weight) })),
    });
  }
  const { lambda, prior, emIterations } = result.model;
  return { pairs, candidatePairs: result.left.length, model: { lambda, prior, emIterations } };
}

export function presentRun(row: repo.RunRow): LinkageRun {
  return {
    id: row.id,
    status: row.status as LinkageRun['status'],
    requestedAt: row.requestedAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    records: row.records,
    candidatePairs: row.candidatePairs,
    proposed: row.proposed,
    review: row.review,
    error: row.error,
  };
}

/** Records a run as queued (one at a time: a second request while one is unfinished is refused). */
export async function queueRun(deps: Deps, ctx: RequestContext): Promise<repo.RunRow> {
  return deps.db.transaction(async (tx) => {
    if (await repo.findUnfinishedRun(tx)) throw new AppError('CONFLICT', 'A linkage run is already queued or running');
    const run = await repo.insertRun(tx, { status: 'queued', requestedAt: ctx.now, requestedBy: ctx.actor?.userId ?? null });
    await recordAudit(tx, ctx, { action: 'linkage.run.request', objectType: 'linkage_run', objectId: run.id });
    return run;
  });
}

/**
 * Scores the whole registry and stores the candidate pairs of run `runId`, in one transaction
 * with its audit entry. Person records are only read. A failure marks the run `failed`.
 */
export async function executeRun(deps: Deps, ctx: RequestContext, runId: string): Promise<void> {
  const started = deps.clock.now();
  await repo.updateRun(deps.db, runId, { status: 'running', startedAt: started });
  try {
    const records = await repo.scoringRecords(deps.db);
    const { pairs, candidatePairs, model } = scoreRecords(records);
    await deps.db.transaction(async (tx) => {
      const scoredAt = deps.clock.now();
      await repo.upsertPairs(
        tx,
        pairs.map((p) => ({ ...p, band: bandOf(p.probability)!, runId, scoredAt })),
      );
      const dropped = await repo.dropStalePairs(tx, runId);
      const bands = Object.fromEntries((await repo.countPendingByBand(tx, runId)).map((b) => [b.band, b.n]));
      const counts = { records: records.length, candidatePairs, proposed: bands.proposed ?? 0, review: bands.review ?? 0 };
      await repo.updateRun(tx, runId, { status: 'done', finishedAt: deps.clock.now(), model, ...counts });
      await recordAudit(tx, ctx, {
        action: 'linkage.run',
        objectType: 'linkage_run',
        objectId: runId,
        details: { ...counts, dropped },
      });
    });
  } catch (err) {
    deps.logger.error({ err, runId }, 'linkage run failed');
    await repo.updateRun(deps.db, runId, {
      status: 'failed',
      finishedAt: deps.clock.now(),
      error: err instanceof Error ? err.message : String(err),
    });
  }
}

export async function listRuns(deps: Deps): Promise<LinkageRun[]> {
  return (await repo.latestRuns(deps.db, 10)).map(presentRun);
}
