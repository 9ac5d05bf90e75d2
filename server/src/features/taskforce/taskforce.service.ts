import type { z } from 'zod';
import type { AuditAction } from '#contracts/audit';
import {
  closedActionItemStatuses,
  type ActionItem,
  type actionItemListQuerySchema,
  type actionItemRequestSchema,
  type ActionItemUpdate,
  type Body,
  type decisionRequestSchema,
  type Meeting,
  type memberRequestSchema,
  type meetingRequestSchema,
  type meetingUpdateSchema,
} from '#contracts/taskforce';
import type { RequestContext } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db/database';
import type { Deps } from '../../platform/deps';
import { forbidden, invalidField, notFound, versionConflict } from '../../platform/http/app-error';
import { agencyNamesById, findAgency } from '../agencies';
import { recordAudit } from '../audit';
import { raiseNotice } from '../notifications';
import { actorOf, openCase } from '../cases';
import { carriedOverItems, wibDay } from './follow-up-rules';
import { meetingNotice } from './meeting-notice';
import { memberScopeOf, openBody, openMeeting, visibleBodyIds } from './taskforce.access';
import * as present from './taskforce.present';
import * as repo from './taskforce.repository';

type In<S extends z.ZodType> = z.output<S>;

/** The bodies the actor may see, with their members. */
export async function listBodies(deps: Deps, ctx: RequestContext): Promise<{ items: Body[] }> {
  const bodies = await repo.listBodies(deps.db, memberScopeOf(actorOf(ctx)));
  const members = await repo.membersOf(deps.db, bodies.map((b) => b.id));
  return { items: bodies.map((b) => present.presentBody(b, members)) };
}

/** Seats an agency in a body or changes its representative; audited with the seat before and after. */
export async function setMember(deps: Deps, ctx: RequestContext, bodyId: string, agencyId: string, input: In<typeof memberRequestSchema>): Promise<Body> {
  return deps.db.transaction(async (tx) => {
    const body = await openBody(tx, actorOf(ctx), bodyId);
    if (!(await findAgency(tx, agencyId))) throw notFound('Agency');
    const before = await repo.upsertMember(tx, { bodyId, agencyId, ...input, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'taskforce.member.set', objectType: 'taskforce_body', objectId: bodyId, before, after: { agencyId, ...input } });
    return present.presentBody(body, await repo.membersOf(tx, [bodyId]));
  });
}

/** A whole meeting: agenda (template + carried-over items), decisions and action items. */
export async function loadMeeting(db: Executor, row: repo.MeetingRow, now: Date): Promise<Meeting> {
  const body = (await repo.findBody(db, row.bodyId))!;
  const decided = await repo.trackedItems(db, { bodyIds: [row.bodyId], meetingId: row.id });
  const earlier = await repo.trackedItems(db, { bodyIds: [row.bodyId], decidedBefore: row.startsAt });
  const carriedOver = carriedOverItems(earlier, row);
  const names = await agencyNamesById(db, [...decided, ...carriedOver].map((i) => i.ownerAgencyId));
  return present.presentMeeting(row, { bodyName: body.name, decisions: await repo.decisionsOf(db, row.id), actionItems: decided, carriedOver, names, now });
}

export async function getMeeting(deps: Deps, ctx: RequestContext, id: string): Promise<Meeting> {
  return loadMeeting(deps.db, await openMeeting(deps.db, actorOf(ctx), id), ctx.now);
}

export async function listMeetings(deps: Deps, ctx: RequestContext, bodyId?: string) {
  const actor = actorOf(ctx);
  const bodyIds = bodyId ? [(await openBody(deps.db, actor, bodyId)).id] : await visibleBodyIds(deps.db, actor);
  const rows = await repo.listMeetings(deps.db, bodyIds);
  return { items: rows.map((r) => present.presentMeetingSummary(r.meeting, r.bodyName)) };
}

/** Runs a change to a meeting of a visible body and audits it in the same transaction. */
async function changeMeeting<T>(
  deps: Deps,
  ctx: RequestContext,
  meetingId: string,
  action: AuditAction,
  work: (tx: Tx, meeting: repo.MeetingRow) => Promise<{ result: T; objectType: string; objectId: string; before?: unknown }>,
): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const meeting = await openMeeting(tx, actorOf(ctx), meetingId, { lock: true });
    const { result, objectType, objectId, before } = await work(tx, meeting);
    await recordAudit(tx, ctx, { action, objectType, objectId, before, after: result, details: { meetingId } });
    return result;
  });
}

/** A meeting created from the template; the body's open items join its agenda by themselves. */
export async function createMeeting(deps: Deps, ctx: RequestContext, input: In<typeof meetingRequestSchema>): Promise<Meeting> {
  const actor = actorOf(ctx);
  const created = await deps.db.transaction(async (tx) => {
    await openBody(tx, actor, input.bodyId);
    await checkParticipants(tx, input.participants);
    const row = await repo.insertMeeting(tx, {
      ...input,
      startsAt: new Date(input.startsAt),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
      createdBy: actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const meeting = await loadMeeting(tx, row, ctx.now);
    await recordAudit(tx, ctx, { action: 'taskforce.meeting.create', objectType: 'taskforce_meeting', objectId: row.id, after: meeting });
    return meeting;
  });
  await raiseNotice(deps, meetingNotice(created, deps.config.publicUrl));
  return created;
}

async function checkParticipants(tx: Tx, participants: { agencyId: string | null }[]): Promise<void> {
  for (const [i, p] of participants.entries())
    if (p.agencyId && !(await findAgency(tx, p.agencyId))) throw invalidField(`participants.${i}.agencyId`, 'unknown_agency', 'Unknown agency');
}

/** Records the minutes or the participants of a meeting (version-checked). */
export const updateMeeting = (deps: Deps, ctx: RequestContext, id: string, input: In<typeof meetingUpdateSchema>) =>
  changeMeeting(deps, ctx, id, 'taskforce.meeting.update', async (tx, before) => {
    const { version, ...changes } = input;
    if (changes.participants) await checkParticipants(tx, changes.participants);
    const row = await repo.updateMeeting(tx, id, version, { ...changes, updatedAt: ctx.now });
    if (!row) throw versionConflict();
    return { result: await loadMeeting(tx, row, ctx.now), objectType: 'taskforce_meeting', objectId: id, before: { minutes: before.minutes, participants: before.participants } };
  });

export const addDecision = (deps: Deps, ctx: RequestContext, meetingId: string, input: In<typeof decisionRequestSchema>) =>
  changeMeeting(deps, ctx, meetingId, 'taskforce.decision.create', async (tx) => {
    const row = await repo.insertDecision(tx, { ...input, meetingId, createdBy: actorOf(ctx).userId, createdAt: ctx.now });
    return { result: present.presentDecision(row), objectType: 'taskforce_decision', objectId: row.id };
  });

/** Cases to link: each must be one the actor may open (so ids cannot be probed through links). */
async function checkCases(tx: Tx, ctx: RequestContext, caseIds: string[]): Promise<void> {
  for (const [i, id] of caseIds.entries()) {
    try {
      await openCase(tx, ctx, id);
    } catch {
      throw invalidField(`caseIds.${i}`, 'unknown_case', 'Unknown case');
    }
  }
}

async function presentItem(db: Executor, row: repo.ActionItemRow, now: Date): Promise<ActionItem> {
  return present.presentActionItem(row, await agencyNamesById(db, [row.ownerAgencyId]), now);
}

/** An action item following up a decision; its owner must be a member agency of the body. */
export async function addActionItem(deps: Deps, ctx: RequestContext, decisionId: string, input: In<typeof actionItemRequestSchema>): Promise<ActionItem> {
  const decision = await repo.findDecision(deps.db, decisionId);
  if (!decision) throw notFound('Decision');
  return changeMeeting(deps, ctx, decision.meetingId, 'taskforce.action-item.create', async (tx, meeting) => {
    if (!(await repo.isMember(tx, meeting.bodyId, input.ownerAgencyId))) throw invalidField('ownerAgencyId', 'not_a_member', 'The owner must be a member agency of the body');
    await checkCases(tx, ctx, input.caseIds);
    const row = await repo.insertActionItem(tx, {
      ...input,
      bodyId: meeting.bodyId,
      meetingId: meeting.id,
      decisionId,
      status: 'open',
      createdBy: actorOf(ctx).userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    return { result: await presentItem(tx, row, ctx.now), objectType: 'taskforce_action_item', objectId: row.id };
  });
}

/**
 * A change to an action item (version-checked). The owner agency updates its own items; the
 * coordinator (`taskforce.manage`) any. Done needs evidence of completion; closing stamps the time
 * the carry-over rule reads, reopening clears it.
 */
export async function updateActionItem(deps: Deps, ctx: RequestContext, id: string, input: ActionItemUpdate): Promise<ActionItem> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const before = await repo.findActionItem(tx, id, { lock: true });
    if (!before) throw notFound('Action item');
    await openBody(tx, actor, before.bodyId).catch(() => {
      throw notFound('Action item');
    });
    if (!actor.permissions.has('taskforce.manage') && before.ownerAgencyId !== actor.agencyId) throw forbidden('Only the owner agency or the coordinator may update this action item');
    const { version, ...changes } = input;
    const status = changes.status ?? before.status;
    const evidence = changes.evidence ?? before.evidence;
    if (status === 'done' && evidence.trim() === '') throw invalidField('evidence', 'evidence_required', 'Say what shows the item is done');
    if (changes.caseIds) await checkCases(tx, ctx, changes.caseIds);
    const wasClosed = closedActionItemStatuses.includes(before.status);
    const isClosed = closedActionItemStatuses.includes(status);
    const closedAt = isClosed ? (wasClosed ? before.closedAt : ctx.now) : null;
    const row = await repo.updateActionItem(tx, id, version, { ...changes, closedAt, updatedAt: ctx.now });
    if (!row) throw versionConflict();
    const result = await presentItem(tx, row, ctx.now);
    await recordAudit(tx, ctx, { action: 'taskforce.action-item.update', objectType: 'taskforce_action_item', objectId: id, before: await presentItem(tx, before, ctx.now), after: result });
    return result;
  });
}

/** Action items of the bodies the actor sees, optionally of one body and only the overdue ones. */
export async function listActionItems(deps: Deps, ctx: RequestContext, query: In<typeof actionItemListQuerySchema>) {
  const actor = actorOf(ctx);
  const bodyIds = query.bodyId ? [(await openBody(deps.db, actor, query.bodyId)).id] : await visibleBodyIds(deps.db, actor);
  const overdueOnly = query.overdue === 'true';
  const rows = await repo.trackedItems(deps.db, { bodyIds, ...(overdueOnly ? { openOnly: true, dueBefore: wibDay(ctx.now) } : {}) });
  const names = await agencyNamesById(deps.db, rows.map((r) => r.ownerAgencyId));
  return { items: rows.map((r) => present.presentActionItem(r, names, ctx.now)) };
}
