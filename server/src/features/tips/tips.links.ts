import type { z } from 'zod';
import type { groupTipRequestSchema, linkTipToCaseRequestSchema, TipDetail } from '#contracts/tips';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { Tx } from '../../platform/db/database';
import { invalidField, versionConflict } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { addComment, createCase } from '../cases';
import { openTip } from './tips.access';
import { dayOf } from './tips.deadlines';
import { priorityOf } from './tips.priority';
import { openReport, presentDetail, tipReference } from './tips.present';
import * as repo from './tips.repository';

/** Marks every tip of a group as a repeated report of the same event (which raises its priority). */
async function markRepeated(tx: Tx, groupId: string): Promise<void> {
  for (const member of await repo.tipsInGroup(tx, groupId)) {
    const { priority, priorityReasons } = priorityOf({ ...member, repeated: true });
    await repo.updateTip(tx, member.id, member.version, { groupId, priority, priorityReasons });
  }
}

/** Puts a tip into the group of another tip about the same event (the group is named by its first tip). */
export async function groupTip(deps: Deps, ctx: RequestContext, id: string, input: z.infer<typeof groupTipRequestSchema>): Promise<TipDetail> {
  if (input.withTipId === id) throw invalidField('withTipId', 'same_tip', 'A tip cannot be grouped with itself');
  return deps.db.transaction(async (tx) => {
    const tip = await openTip(tx, ctx, id, { lock: true });
    const other = await openTip(tx, ctx, input.withTipId, { lock: true });
    if (tip.version !== input.version) throw versionConflict();
    const groupId = other.groupId ?? other.id;
    if (!other.groupId) await repo.updateTip(tx, other.id, other.version, { groupId });
    await repo.updateTip(tx, id, tip.version, { groupId });
    // A tip that led a group of its own brings its members along.
    if (tip.groupId && tip.groupId !== groupId) for (const m of await repo.tipsInGroup(tx, tip.groupId)) await repo.updateTip(tx, m.id, m.version, { groupId });
    await markRepeated(tx, groupId);
    await recordAudit(tx, ctx, { action: 'tip.group', objectType: 'tip', objectId: id, before: { groupId: tip.groupId }, after: { groupId } });
    return presentDetail(deps, tx, (await repo.findTip(tx, id))!, ctx.now);
  });
}

/**
 * Turns a tip into a new case, or attaches it to an existing one, in one transaction: the case is
 * created (or checked) through the cases feature, which also enforces who may see and change it;
 * the case gets a comment naming the tip, and the tip keeps the case id. The tip is then closed
 * with the outcome `case` (it is kept: tips that led to a case are not purged).
 */
export async function linkTipToCase(deps: Deps, ctx: RequestContext, id: string, input: z.infer<typeof linkTipToCaseRequestSchema>): Promise<TipDetail> {
  return deps.db.transaction(async (tx) => {
    const tip = await openTip(tx, ctx, id, { lock: true });
    if (tip.version !== input.version) throw versionConflict();
    // Nested calls run on this transaction (Drizzle turns their transactions into savepoints).
    const inTx: Deps = { ...deps, db: tx };
    const caseId = input.caseId ?? (await createCase(inTx, ctx, caseFromTip(deps, tip, input.title))).id;
    await addComment(inTx, ctx, caseId, `${tipReference(tip.id)}: ${input.caseId ? 'laporan masyarakat dilampirkan' : 'kasus dibuat dari laporan masyarakat'} / community tip ${input.caseId ? 'attached' : 'converted'}`);
    const row = await repo.updateTip(tx, id, tip.version, { caseId, status: 'closed', outcome: 'case', closedAt: tip.closedAt ?? ctx.now });
    if (!row) throw versionConflict();
    await recordAudit(tx, ctx, {
      action: input.caseId ? 'tip.case.attach' : 'tip.case.create',
      objectType: 'tip',
      objectId: id,
      before: { caseId: tip.caseId, status: tip.status },
      after: { caseId, status: 'closed', outcome: 'case' },
    });
    return presentDetail(deps, tx, row, ctx.now);
  });
}

function caseFromTip(deps: Deps, tip: repo.TipRow, title: string | undefined) {
  const report = openReport(deps, tip);
  return {
    title: title ?? `${tipReference(tip.id)}: ${report.what.slice(0, 150)}`,
    summary: [report.what, report.who, report.where.description, report.when.description].filter(Boolean).join('\n\n'),
    reportedOn: dayOf(tip.receivedAt),
    reportedRegionCode: tip.regionCode,
    reportedPortId: tip.portId ?? tip.nearPortId,
    discoveryChannel: 'tip' as const,
    leadOfficerId: null,
    sensitivity: tip.childrenInvolved ? ('sensitive' as const) : ('standard' as const),
    legalBasis: [],
  };
}
