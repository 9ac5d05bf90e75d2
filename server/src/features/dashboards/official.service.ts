import type { z } from 'zod';
import type { OfficialStatistic, officialStatisticRequestSchema, officialStatisticUpdateSchema } from '#contracts/dashboards';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { notFound, versionConflict } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { actorOf } from '../cases';
import * as repo from './official.repository';

export function presentOfficial(row: repo.OfficialRow): OfficialStatistic {
  return {
    id: row.id,
    publisher: row.publisher,
    agencyId: row.agencyId,
    indicator: row.indicator as OfficialStatistic['indicator'],
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    value: row.value,
    sourceTitle: row.sourceTitle,
    sourceUrl: row.sourceUrl,
    publishedOn: row.publishedOn,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const audited = (row: repo.OfficialRow) => {
  const { createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, deletedAt: _d, ...fields } = row;
  return fields;
};

export async function listOfficial(deps: Deps): Promise<{ items: OfficialStatistic[] }> {
  return { items: (await repo.listOfficial(deps.db)).map(presentOfficial) };
}

/** Records a published figure with its source; audited in the same transaction. */
export async function createOfficial(deps: Deps, ctx: RequestContext, input: z.output<typeof officialStatisticRequestSchema>): Promise<OfficialStatistic> {
  const actor = ctx.actor ? actorOf(ctx) : null;
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertOfficial(tx, { ...input, createdAt: ctx.now, updatedAt: ctx.now, createdBy: actor?.userId ?? null, updatedBy: actor?.userId ?? null });
    await recordAudit(tx, ctx, { action: 'official-statistic.create', objectType: 'official_statistic', objectId: row.id, after: audited(row) });
    return presentOfficial(row);
  });
}

/** Corrects a figure (value, source or notes) with a reason; audited with before and after. */
export async function updateOfficial(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof officialStatisticUpdateSchema>): Promise<OfficialStatistic> {
  const actor = actorOf(ctx);
  const { version, reason, ...changes } = input;
  return deps.db.transaction(async (tx) => {
    const before = await repo.findOfficial(tx, id, true);
    if (!before) throw notFound('Official statistic');
    const row = await repo.updateOfficial(tx, id, version, { ...changes, updatedAt: ctx.now, updatedBy: actor.userId });
    if (!row) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'official-statistic.update', objectType: 'official_statistic', objectId: id, reason, before: audited(before), after: audited(row) });
    return presentOfficial(row);
  });
}

/** Withdraws a figure entered by mistake (kept, marked deleted); audited with the reason. */
export async function deleteOfficial(deps: Deps, ctx: RequestContext, id: string, version: number, reason: string): Promise<void> {
  const actor = actorOf(ctx);
  await deps.db.transaction(async (tx) => {
    const before = await repo.findOfficial(tx, id, true);
    if (!before) throw notFound('Official statistic');
    const row = await repo.updateOfficial(tx, id, version, { deletedAt: ctx.now, updatedAt: ctx.now, updatedBy: actor.userId });
    if (!row) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'official-statistic.delete', objectType: 'official_statistic', objectId: id, reason, before: audited(before) });
  });
}
