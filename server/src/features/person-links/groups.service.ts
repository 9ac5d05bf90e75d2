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
 * Whether a decision can still be undone. Undoing goes in reverse order per group: no later
 * change of the group (merge or detach) may be in effect. A confirmation also needs every
 * membership it added still active (its group was not merged on into another, none of its records
 * detached); a detach needs its record in no group now and its group still holding records.
 */
async function canUndo(tx: Tx, decision: repo.DecisionRow): Promise<boolean> {
  if (decision.undoneBy || (decision.kind !== 'confirm' && decision.kind !== 'detach')) return false;
  if (await repo.laterChangeInEffect(tx, decision)) return false;
  if (decision.kind === 'detach')
    return !(await repo.hasActiveMembership(tx, decision.leftPersonId)) && (await repo.activeMembers(tx, decision.groupId!)).length > 0;
  const { added } = await repo.membersTouchedBy(tx, decision.id);
  return added.every((m) => m.removedBy === null);
}

/** Whether the actor may be shown every one of the records (else a linkage change of them is refused). */
async function seesAll(tx: Tx, ctx: RequestContext, personIds: readonly string[]): Promise<boolean> {
  const shown = await loadRecords(tx, actorOf(ctx), ctx.now, personIds);
  return personIds.every((id) => (shown.get(id)?.record.appearances.length ?? 0) > 0);
}

/**
 * Records the decision that reverses `decision` (an un-merge or a re-attach) and puts its
 * membership rows back: deletes those it added, reopens those it closed; marks it undone.
 */
async function reverse(tx: Tx, ctx: RequestContext, decision: repo.DecisionRow, kind: 'unmerge' | 'reattach', groupId: string | null, reason: string) {
  const undo = await repo.insertDecision(tx, {
    kind,
    source: 'review',
    pairId: decision.pairId,
    leftPersonId: decision.leftPersonId,
    rightPersonId: decision.rightPersonId,
    groupId,
    reverses: decision.id,
    reason,
    decidedAt: ctx.now,
    decidedBy: actorOf(ctx).userId,
  });
  await repo.revertMembers(tx, decision.id);
  await repo.markUndone(tx, decision.id, undo.id);
  return undo;
}

/**
 * Un-merges a confirmation: deletes the memberships it added, reopens those it closed, removes
 * the group it created and puts its pair back as it was, so memberships, groups and pairs are
 * exactly as before it. The confirmation stays in the history, marked undone by this decision;
 * audited with the reason in the same transaction.
 */
export async function unmerge(deps: Deps, ctx: RequestContext, groupId: string, decisionId: string, reason: string) {
  return deps.db.transaction(async (tx) => {
    const decision = await repo.findDecisionForUpdate(tx, decisionId);
    if (!decision || decision.groupId !== groupId || decision.kind !== 'confirm' || !(await seesAll(tx, ctx, [decision.leftPersonId, decision.rightPersonId]))) throw notFound('Decision');
    await repo.lockGroupsOf(tx, [decision.leftPersonId, decision.rightPersonId]);
    if (!(await canUndo(tx, decision)))
      throw new AppError('INVALID_TRANSITION', 'Only the latest change of a person still in effect can be undone; undo the later ones first, or detach the wrong record');
    const undo = await reverse(tx, ctx, decision, 'unmerge', decision.createdGroup ? null : groupId, reason);
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

/**
 * Detaches one source record from a person: its membership is closed by a `detach` decision and
 * the other records stay one person, so a wrong confirmation deep in a group is corrected without
 * undoing the later ones. The actor must be shown every record of the group (the detach is a
 * decision between the record and all of them); a person keeps at least two records (a person of
 * two is split by un-merging). Audited with the reason in the same transaction.
 */
export async function detachRecord(deps: Deps, ctx: RequestContext, groupId: string, personId: string, reason: string) {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const members = await repo.activeMembers(tx, groupId, true);
    const membership = members.find((m) => m.personId === personId);
    if (!membership || !(await seesAll(tx, ctx, members.map((m) => m.personId)))) throw notFound('Record');
    if (members.length < 3)
      throw new AppError('INVALID_TRANSITION', 'A person of two records is split by un-merging its confirmation, not by detaching');
    const decision = await repo.insertDecision(tx, {
      kind: 'detach',
      source: 'review',
      leftPersonId: personId,
      rightPersonId: personId,
      groupId,
      reason,
      decidedAt: ctx.now,
      decidedBy: actor.userId,
    });
    await repo.closeMember(tx, membership.id, decision.id);
    await recordAudit(tx, ctx, {
      action: 'linkage.detach',
      objectType: 'person_group',
      objectId: groupId,
      reason,
      details: { decisionId: decision.id, personId, membershipId: membership.id, remaining: members.length - 1 },
    });
    return { groupId, decisionId: decision.id };
  });
}

/**
 * Undoes a detach: reopens the membership it closed, so memberships are exactly as before it.
 * Same order rule as un-merge (no later change of the group in effect), the record must be in no
 * group now, and the actor must be shown it and every record of the group. Audited.
 */
export async function reattachRecord(deps: Deps, ctx: RequestContext, groupId: string, decisionId: string, reason: string) {
  return deps.db.transaction(async (tx) => {
    const decision = await repo.findDecisionForUpdate(tx, decisionId);
    if (!decision || decision.groupId !== groupId || decision.kind !== 'detach') throw notFound('Decision');
    const members = await repo.activeMembers(tx, groupId, true);
    if (!(await seesAll(tx, ctx, [decision.leftPersonId, ...members.map((m) => m.personId)]))) throw notFound('Decision');
    await repo.lockGroupsOf(tx, [decision.leftPersonId]);
    if (!(await canUndo(tx, decision)))
      throw new AppError(
        'INVALID_TRANSITION',
        'Only the latest change of a person still in effect can be undone, and only while the record is in no other person; undo the later ones first',
      );
    const undo = await reverse(tx, ctx, decision, 'reattach', groupId, reason);
    await recordAudit(tx, ctx, {
      action: 'linkage.reattach',
      objectType: 'person_group',
      objectId: groupId,
      reason,
      details: { decisionId: undo.id, reverses: decision.id, personId: decision.leftPersonId },
    });
    return { groupId };
  });
}

/**
 * A person group as the actor may see it: their visible records, the records detached from it,
 * and the decisions that formed and corrected it, each with whether the actor may undo it now.
 */
export async function getGroup(deps: Deps, ctx: RequestContext, groupId: string): Promise<PersonGroup> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const group = await repo.findGroup(tx, groupId);
    const members = group ? await repo.activeMembers(tx, groupId) : [];
    const history = group ? (await review.decisionsOfGroup(tx, groupId)).filter(({ decision }) => decision.kind === 'confirm' || decision.kind === 'detach') : [];
    const detachedIds = group ? await repo.detachedFrom(tx, groupId) : [];
    const loaded = await loadRecords(tx, actor, ctx.now, [...members.map((m) => m.personId), ...detachedIds]);
    const shown = [...loaded.values()].map((l) => l.record).filter((r) => r.appearances.length > 0);
    const memberIds = new Set(members.map((m) => m.personId));
    const records = shown.filter((r) => memberIds.has(r.personId));
    if (!group || records.length === 0) throw notFound('Person group');
    const visible = new Set(shown.map((r) => r.personId));
    // A detach or re-attach is a decision between a record and every record of the person.
    const seesWholeGroup = records.length === members.length;
    const decisions: GroupDecision[] = [];
    for (const { decision, decidedByName } of history) {
      const seesBoth = visible.has(decision.leftPersonId) && visible.has(decision.rightPersonId);
      const mayUndo = decision.kind === 'confirm' ? seesBoth : seesWholeGroup && visible.has(decision.leftPersonId);
      decisions.push({
        id: decision.id,
        kind: decision.kind as GroupDecision['kind'],
        source: decision.source as GroupDecision['source'],
        leftPersonId: decision.leftPersonId,
        rightPersonId: decision.rightPersonId,
        reason: decision.reason,
        decidedAt: decision.decidedAt.toISOString(),
        decidedBy: decidedByName,
        undone: decision.undoneBy !== null,
        canUndo: mayUndo && (await canUndo(tx, decision)),
      });
    }
    return {
      id: group.id,
      createdAt: group.createdAt.toISOString(),
      records,
      detached: shown.filter((r) => !memberIds.has(r.personId)),
      canDetach: seesWholeGroup && members.length >= 3,
      decisions,
    };
  });
}
