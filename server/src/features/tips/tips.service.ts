import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  tipWorkflow,
  type assignTipRequestSchema,
  type staffTipRequestSchema,
  type TipDetail,
  type tipListQuerySchema,
  type TipStatus,
  type TipSummary,
  type tipTransitionRequestSchema,
} from '#contracts/tips';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { decryptText, encryptText } from '../../platform/crypto/secrets';
import { AppError, forbidden, invalidField, notFound, versionConflict } from '../../platform/http/app-error';
import { recordAudit, recordAuditAlone } from '../audit';
import { roleDefinitions, roles, type Role } from '#contracts/access';
import { activeStaffOfAgency } from '../auth';
import { findAgency } from '../agencies';
import { actorOf, openTip, scopeFilter } from './tips.access';
import { checkPlaces, insertTip, prepareReceipt } from './tips.intake';
import { presentDetail, presentSummary } from './tips.present';
import * as repo from './tips.repository';

type ListQuery = z.infer<typeof tipListQuerySchema>;

export async function listTips(deps: Deps, ctx: RequestContext, q: ListQuery): Promise<TipSummary[]> {
  const actor = actorOf(ctx);
  const rows = await repo.listTips(deps.db, {
    ...scopeFilter(actor),
    status: q.status,
    open: q.open === undefined ? undefined : q.open === 'true',
    overdueAt: q.overdue === 'true' ? ctx.now : undefined,
    assigneeId: q.assignedToMe === 'true' ? actor.userId : undefined,
    caseId: q.caseId,
    limit: q.limit,
  });
  return rows.map((r) => presentSummary(r, ctx.now));
}

export async function getTip(deps: Deps, ctx: RequestContext, id: string): Promise<TipDetail> {
  return presentDetail(deps, deps.db, await openTip(deps.db, ctx, id), ctx.now);
}

/** A tip taken by staff from a call, a chat, an SMS, a letter or a visit; optionally with a receipt code to pass on. */
export async function createStaffTip(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof staffTipRequestSchema>,
): Promise<{ tip: TipDetail; receipt: string | null }> {
  const actor = actorOf(ctx);
  const { channel, issueReceipt, ...report } = input;
  const { nearPortId } = await checkPlaces(deps.db, report);
  const receipt = issueReceipt ? await prepareReceipt(deps) : null;
  const tip = await deps.db.transaction(async (tx) => {
    const row = await insertTip(tx, deps, ctx, { channel, report, nearPortId, receipt, createdBy: actor.userId });
    // An agency officer's own intake stays with their agency; the coordinator's waits for triage.
    const assigned = actor.scope === 'agency' ? await repo.updateTip(tx, row.id, row.version, { agencyId: actor.agencyId }) : row;
    return presentDetail(deps, tx, assigned!, ctx.now);
  });
  return { tip, receipt: receipt?.receipt ?? null };
}

/** The roles that work tips: only their holders are offered, and accepted, as a tip's officer. */
const tipWorkers: readonly Role[] = roles.filter((r) => roleDefinitions[r].permissions.includes('tips.manage'));

/**
 * The officers a tip can be assigned to in an agency, by name: the coordinator may ask for any
 * agency, an agency's staff only for their own (the same rule as assigning).
 */
export async function listTipOfficers(deps: Deps, ctx: RequestContext, agencyId: string): Promise<{ id: string; displayName: string }[]> {
  const actor = actorOf(ctx);
  if (actor.scope !== 'all' && agencyId !== actor.agencyId) throw forbidden('Only the coordinator sees the officers of other agencies');
  return activeStaffOfAgency(deps.db, agencyId, tipWorkers);
}

/** Assigns a tip to an agency (the coordinator: any; an agency: only its own) and optionally one of its officers. */
export async function assignTip(deps: Deps, ctx: RequestContext, id: string, input: z.infer<typeof assignTipRequestSchema>): Promise<TipDetail> {
  const actor = actorOf(ctx);
  if (actor.scope !== 'all' && input.agencyId !== actor.agencyId) throw forbidden('Only the coordinator assigns tips to other agencies');
  return deps.db.transaction(async (tx) => {
    const before = await openTip(tx, ctx, id, { lock: true });
    if (!(await findAgency(tx, input.agencyId))) throw invalidField('agencyId', 'unknown_agency', 'Unknown agency');
    if (input.assigneeId && !(await activeStaffOfAgency(tx, input.agencyId, tipWorkers)).some((o) => o.id === input.assigneeId))
      throw invalidField('assigneeId', 'not_agency_staff', 'The officer must be an active user of the agency who works tips');
    const row = await repo.updateTip(tx, id, input.version, { agencyId: input.agencyId, assigneeId: input.assigneeId });
    if (!row) throw versionConflict();
    await recordAudit(tx, ctx, {
      action: 'tip.assign',
      objectType: 'tip',
      objectId: id,
      before: { agencyId: before.agencyId, assigneeId: before.assigneeId },
      after: { agencyId: row.agencyId, assigneeId: row.assigneeId },
    });
    return presentDetail(deps, tx, row, ctx.now);
  });
}

const stamps: Partial<Record<TipStatus, 'verifiedAt' | 'actedAt' | 'closedAt'>> = { verified: 'verifiedAt', acted: 'actedAt', closed: 'closedAt' };

/** Moves a tip through its workflow; closing needs an outcome (`case` only comes from linking a case). */
export async function transitionTip(deps: Deps, ctx: RequestContext, id: string, input: z.infer<typeof tipTransitionRequestSchema>): Promise<TipDetail> {
  return deps.db.transaction(async (tx) => {
    const before = await openTip(tx, ctx, id, { lock: true });
    const allowed = tipWorkflow[before.status as TipStatus];
    if (!allowed.includes(input.to)) throw new AppError('INVALID_TRANSITION', `A ${before.status} tip cannot become ${input.to}`, { allowed: [...allowed] });
    if (input.to === 'closed' && (!input.outcome || input.outcome === 'case'))
      throw invalidField('outcome', 'required', 'Closing needs an outcome: duplicate, unfounded or no_action (a case is linked instead)');
    const stamp = stamps[input.to];
    const row = await repo.updateTip(tx, id, input.version, {
      status: input.to,
      outcome: input.to === 'closed' ? input.outcome : null,
      ...(stamp ? { [stamp]: ctx.now } : {}),
    });
    if (!row) throw versionConflict();
    await recordAudit(tx, ctx, {
      action: 'tip.transition',
      objectType: 'tip',
      objectId: id,
      reason: input.reason,
      before: { status: before.status },
      after: { status: row.status, outcome: row.outcome },
    });
    return presentDetail(deps, tx, row, ctx.now);
  });
}

/** A reply the reporter reads with their receipt, or an internal note they never see. */
export async function addStaffMessage(deps: Deps, ctx: RequestContext, id: string, kind: 'reply' | 'note', body: string): Promise<TipDetail> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    await openTip(tx, ctx, id, { lock: true });
    const messageId = crypto.randomUUID();
    await repo.insertMessage(
      tx,
      { id: messageId, tipId: id, kind, bodySealed: encryptText(deps.keys.encryptionKey, body, `tip-message:${messageId}`), createdAt: ctx.now, authorId: actor.userId },
      { unreadFromReporter: false },
    );
    await recordAudit(tx, ctx, { action: kind === 'reply' ? 'tip.reply' : 'tip.note', objectType: 'tip', objectId: id, details: { messageId } });
    return presentDetail(deps, tx, (await repo.findTip(tx, id))!, ctx.now);
  });
}

/** Reporter's contact details, for a stated reason; the read is audited before the answer (refusals too). */
export async function revealContact(deps: Deps, ctx: RequestContext, id: string, reason: string): Promise<{ contact: string }> {
  const row = await openTip(deps.db, ctx, id);
  if (!row.contactSealed) throw notFound('Contact details');
  if (row.agencyId !== actorOf(ctx).agencyId) {
    await recordAuditAlone(deps.db, ctx, { action: 'tip.contact.view', objectType: 'tip', objectId: id, reason, outcome: 'denied' });
    throw forbidden('Only the agency the tip is assigned to reads the reporter’s contact details');
  }
  const contact = decryptText(deps.keys.encryptionKey, row.contactSealed, `tip-contact:${id}`);
  await recordAuditAlone(deps.db, ctx, { action: 'tip.contact.view', objectType: 'tip', objectId: id, reason });
  return { contact };
}
