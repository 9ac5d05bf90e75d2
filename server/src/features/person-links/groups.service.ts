import crypto from 'node:crypto';
import type { GroupDecision, PersonGroup } from '#contracts/linkage-review';
import type { RequestContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { actorOf } from '../cases';
import * as repo from './groups.repository';
import { loadRecords } from './records.present';
import * as review from './review.repository';

export interface MergeRequest {
  leftPersonId: string;
  rightPersonId: string;
  pairId: string | null;
  pairStatusBefore: string | null;
  source: 'review' | 'entry';
  reason: string;
}

/**
 * Makes two source records one person, inside the caller's transaction: a new group for two
 * loose records, the loose one added to the other's group, or two groups joined (the smaller
 * group's memberships are closed and re-opened in the larger one). Person rows are not touched.
 * Answers the group id and the decision.
 */
export async function mergeRecords(tx: Tx, ctx: RequestContext, request: MergeRequest) {
  const actor = actorOf(ctx);
  const { leftPersonId: left, rightPersonId: right } = request;
  if (left === right) throw new AppError('INVALID_TRANSITION', 'A record is already itself');
  const members = await repo.lockGroupsOf(tx, [left, right]);
  const groupOf = (id: string) => members.find((m) => m.personId === id)?.groupId ?? null;
  const size = (group: string) => members.filter((m) => m.groupId === group).length;
  const [a, b] = [groupOf(left), groupOf(right)];
  if (a && a === b) throw new AppError('INVALID_TRANSITION', 'These records are already one person');
  // A reviewer's "different people" holds across groups: no merge may join two records rejected as a pair.
  const side = (id: string, group: string | null) => (group ? members.filter((m) => m.groupId === group).map((m) => m.personId) : [id]);
  if (await repo.rejectedBetween(tx, side(left, a), side(right, b)))
    throw new AppError('INVALID_TRANSITION', 'Records of these two were decided to be different people; un-merge or review that first');
  // The group that stays: the larger one (on a tie the left record's); a new one if neither has one.
  const keep = a && b ? (size(b) > size(a) ? b : a) : (a ?? b);
  const absorbed = a && b ? (keep === a ? b : a) : null;
  const groupId = keep ?? (await repo.insertGroup(tx, { id: crypto.randomUUID(), createdAt: ctx.now, createdBy: actor.userId }));
  const decision = await repo.insertDecision(tx, {
    kind: 'confirm',
    source: request.source,
    pairId: request.pairId,
    pairStatusBefore: request.pairStatusBefore,
    leftPersonId: left,
    rightPersonId: right,
    groupId,
    createdGroup: keep === null,
    reason: request.reason,
    decidedAt: ctx.now,
    decidedBy: actor.userId,
  });
  const moving = absorbed ? members.filter((m) => m.groupId === absorbed).map((m) => m.personId) : [];
  if (absorbed) await repo.closeMembers(tx, absorbed, decision.id);
  const joining = [...moving, ...[left, right].filter((p) => groupOf(p) === null)];
  await repo.addMembers(tx, groupId, joining, decision.id);
  await recordAudit(tx, ctx, {
    action: 'linkage.confirm',
    objectType: 'person_group',
    objectId: groupId,
    reason: request.reason,
    details: { decisionId: decision.id, pairId: request.pairId, source: request.source, left, right, joined: joining, absorbedGroup: absorbed },
  });
  return { groupId, decision };
}

/**
 * Whether a confirmation can still be undone: in effect, every membership it added still active
 * (its group was not merged on into another), and no later merge into its group in effect.
 */
async function canUndo(tx: Tx, decision: repo.DecisionRow): Promise<boolean> {
  if (decision.kind !== 'confirm' || decision.undoneBy) return false;
  const { added } = await repo.membersTouchedBy(tx, decision.id);
  if (added.some((m) => m.removedBy !== null)) return false;
  return !(await repo.laterMergeInEffect(tx, decision));
}

/**
 * Un-merges a confirmation: deletes the memberships it added, reopens those it closed, removes
 * the group it created and puts its pair back as it was, so memberships, groups and pairs are
 * exactly as before it. The confirmation stays in the history, marked undone by this decision;
 * audited with the reason in the same transaction.
 */
export async function unmerge(deps: Deps, ctx: RequestContext, groupId: string, decisionId: string, reason: string) {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const decision = await repo.findDecisionForUpdate(tx, decisionId);
    if (!decision || decision.groupId !== groupId) throw notFound('Decision');
    const shown = await loadRecords(tx, actor, ctx.now, [decision.leftPersonId, decision.rightPersonId]);
    if (!shown.get(decision.leftPersonId)?.record.appearances.length || !shown.get(decision.rightPersonId)?.record.appearances.length)
      throw notFound('Decision');
    await repo.lockGroupsOf(tx, [decision.leftPersonId, decision.rightPersonId]);
    if (!(await canUndo(tx, decision)))
      throw new AppError('INVALID_TRANSITION', 'Only the latest merge still in effect can be undone; un-merge the later ones first');
    const undo = await repo.insertDecision(tx, {
      kind: 'unmerge',
      source: 'review',
      pairId: decision.pairId,
      leftPersonId: decision.leftPersonId,
      rightPersonId: decision.rightPersonId,
      groupId: decision.createdGroup ? null : groupId,
      reverses: decision.id,
      reason,
      decidedAt: ctx.now,
      decidedBy: actor.userId,
    });
    await repo.revertMembers(tx, decision.id);
    await repo.markUndone(tx, decision.id, undo.id);
    if (decision.createdGroup) await repo.deleteGroup(tx, groupId);
    if (decision.pairId && decision.pairStatusBefore) await review.setPairStatus(tx, decision.pairId, decision.pairStatusBefore);
    await recordAudit(tx, ctx, {
      action: 'linkage.unmerge',
      objectType: 'person_group',
      objectId: groupId,
      reason,
      details: { decisionId: undo.id, reverses: decision.id, pairId: decision.pairId, groupDeleted: decision.createdGroup },
    });
    return { groupId: decision.createdGroup ? null : groupId };
  });
}

/** A person group as the actor may see it: their visible records, and the decisions that formed it. */
export async function getGroup(deps: Deps, ctx: RequestContext, groupId: string): Promise<PersonGroup> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const group = await repo.findGroup(tx, groupId);
    const members = group ? await repo.activeMembers(tx, groupId) : [];
    const loaded = await loadRecords(tx, actor, ctx.now, members.map((m) => m.personId));
    const records = [...loaded.values()].map((l) => l.record).filter((r) => r.appearances.length > 0);
    if (!group || records.length === 0) throw notFound('Person group');
    const visible = new Set(records.map((r) => r.personId));
    const decisions: GroupDecision[] = [];
    for (const { decision, decidedByName } of await review.decisionsOfGroup(tx, groupId)) {
      if (decision.kind !== 'confirm') continue;
      const seesBoth = visible.has(decision.leftPersonId) && visible.has(decision.rightPersonId);
      decisions.push({
        id: decision.id,
        kind: 'confirm',
        source: decision.source as GroupDecision['source'],
        leftPersonId: decision.leftPersonId,
        rightPersonId: decision.rightPersonId,
        reason: decision.reason,
        decidedAt: decision.decidedAt.toISOString(),
        decidedBy: decidedByName,
        undone: decision.undoneBy !== null,
        canUnmerge: seesBoth && (await canUndo(tx, decision)),
      });
    }
    return { id: group.id, createdAt: group.createdAt.toISOString(), records, decisions };
  });
}
