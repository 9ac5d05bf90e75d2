import type { z } from 'zod';
import { returnStep } from '#contracts/codes/protection';
import type { AuditAction } from '#contracts/audit';
import type {
  assessmentRequestSchema,
  closureRequestSchema,
  ConsentRequest,
  followUpRequestSchema,
  PlanItemUpdate,
  planItemRequestSchema,
  ProtectionRecord,
  returnStepRequestSchema,
} from '#contracts/protection';
import type { RequestContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import type { Deps } from '../../platform/deps';
import { AppError, invalidField, notFound, versionConflict } from '../../platform/http/app-error';
import { findAgency } from '../agencies';
import { actorOf, diffFields } from '../cases';
import { recordAudit } from '../audit';
import { staffByIds } from '../auth';
import { openVictim } from './protection.access';
import * as present from './protection.present';
import * as repo from './protection.repository';

type In<S extends z.ZodType> = z.output<S>;

/**
 * A victim's whole protection record. The view is audited in the same transaction as the read, so
 * no one reads a record without leaving a trace.
 */
export async function getRecord(deps: Deps, ctx: RequestContext, casePersonId: string): Promise<ProtectionRecord> {
  return deps.db.transaction(async (tx) => {
    const victim = await openVictim(tx, ctx, casePersonId);
    const parts = await repo.loadRecord(tx, casePersonId);
    await recordAudit(tx, ctx, {
      action: 'protection.record.view',
      objectType: 'case_person',
      objectId: casePersonId,
      details: { caseId: victim.caseId, via: victim.via },
    });
    const workers = await staffByIds(tx, parts.consents.map((c) => c.workerUserId));
    const stepOrder = (s: string) => returnStep.codes.indexOf(s as (typeof returnStep.codes)[number]);
    return {
      casePersonId,
      caseId: victim.caseId,
      pseudonym: victim.pseudonym,
      consentGiven: parts.consents.at(-1)?.consented ?? false,
      consents: parts.consents.map((c) => present.presentConsent(c, workers.get(c.workerUserId)?.displayName ?? '')),
      assessments: parts.assessments.map(present.presentAssessment),
      planItems: parts.planItems.map(present.presentPlanItem),
      referrals: parts.referrals.map((r) => present.presentReferral(r, ctx.now, victim.pseudonym)),
      returnPath: parts.returnPath.sort((a, b) => stepOrder(a.step) - stepOrder(b.step)).map(present.presentReturnStep),
      followUps: parts.followUps.map(present.presentFollowUp),
      closure: parts.closure ? present.presentClosure(parts.closure) : null,
    };
  });
}

/**
 * Runs a change to a victim's record: opened for writing, then audited in the same transaction
 * (unless the work reports that nothing changed).
 */
async function change<T>(
  deps: Deps,
  ctx: RequestContext,
  casePersonId: string,
  action: AuditAction,
  work: (tx: Tx, actor: ReturnType<typeof actorOf>) => Promise<{ result: T; before?: unknown; unchanged?: true }>,
): Promise<T> {
  return deps.db.transaction(async (tx) => {
    await openVictim(tx, ctx, casePersonId, { write: true });
    const { result, before, unchanged } = await work(tx, actorOf(ctx));
    if (unchanged) return result;
    await recordAudit(tx, ctx, { action, objectType: 'case_person', objectId: casePersonId, before, after: result });
    return result;
  });
}

export const recordConsent = (deps: Deps, ctx: RequestContext, id: string, input: ConsentRequest) =>
  change(deps, ctx, id, 'protection.consent.record', async (tx, actor) => ({
    result: present.presentConsent(
      await repo.insertConsent(tx, { ...input, casePersonId: id, agencyId: actor.agencyId, workerUserId: actor.userId, createdAt: ctx.now }),
      (await staffByIds(tx, [actor.userId])).get(actor.userId)?.displayName ?? '',
    ),
  }));

export const recordAssessment = (deps: Deps, ctx: RequestContext, id: string, input: In<typeof assessmentRequestSchema>) =>
  change(deps, ctx, id, 'protection.assessment.record', async (tx, actor) => ({
    result: present.presentAssessment(
      await repo.insertAssessment(tx, { ...input, casePersonId: id, agencyId: actor.agencyId, createdBy: actor.userId, createdAt: ctx.now }),
    ),
  }));

/** A provider newly chosen for a plan item must exist and be active; one already on the item may since have been deactivated. */
async function checkProvider(
  tx: Tx,
  providerId: string | null | undefined,
  current: string | null = null,
): Promise<void> {
  if (!providerId || providerId === current) return;
  const provider = await repo.findProvider(tx, providerId);
  if (!provider) throw invalidField('providerId', 'unknown_provider', 'Unknown provider');
  if (!provider.isActive)
    throw invalidField('providerId', 'provider_inactive', 'The provider is no longer active');
}

export const addPlanItem = (deps: Deps, ctx: RequestContext, id: string, input: In<typeof planItemRequestSchema>) =>
  change(deps, ctx, id, 'protection.plan.add', async (tx, actor) => {
    await checkProvider(tx, input.providerId);
    const row = await repo.insertPlanItem(tx, { ...input, casePersonId: id, agencyId: actor.agencyId, createdAt: ctx.now, updatedAt: ctx.now });
    return { result: present.presentPlanItem(row) };
  });

const planItemFields = ['objective', 'actionPlan', 'providerId', 'plannedEndOn', 'actualEndOn', 'status'] as const;

/**
 * A version-checked change to a plan item, audited against the victim it belongs to. A request that
 * changes nothing answers the item as it is: no new version, no audit entry.
 */
export async function updatePlanItem(deps: Deps, ctx: RequestContext, itemId: string, input: PlanItemUpdate) {
  const item = await repo.findPlanItem(deps.db, itemId);
  if (!item) throw notFound('Plan item');
  const { version, ...changes } = input;
  return change(deps, ctx, item.casePersonId, 'protection.plan.update', async (tx) => {
    const before = await repo.findPlanItem(tx, itemId, { lock: true });
    if (!before) throw notFound('Plan item');
    if (before.version !== version) throw versionConflict();
    await checkProvider(tx, changes.providerId, before.providerId);
    if (diffFields(before, changes, planItemFields).length === 0)
      return { result: present.presentPlanItem(before), unchanged: true };
    const row = await repo.updatePlanItem(tx, itemId, version, { ...changes, updatedAt: ctx.now });
    if (!row) throw versionConflict();
    return { result: present.presentPlanItem(row), before: present.presentPlanItem(before) };
  });
}

export const recordReturnStep = (deps: Deps, ctx: RequestContext, id: string, input: In<typeof returnStepRequestSchema>) =>
  change(deps, ctx, id, 'protection.return.record', async (tx, actor) => {
    if (!(await findAgency(tx, input.agencyId))) throw invalidField('agencyId', 'unknown_agency', 'Unknown agency');
    const { row, before } = await repo.upsertReturnStep(tx, {
      ...input,
      casePersonId: id,
      recordedBy: actor.userId,
      recordedAt: ctx.now,
    });
    return { result: present.presentReturnStep(row), before: before && present.presentReturnStep(before) };
  });

export const recordFollowUp = (deps: Deps, ctx: RequestContext, id: string, input: In<typeof followUpRequestSchema>) =>
  change(deps, ctx, id, 'protection.follow-up.record', async (tx, actor) => ({
    result: present.presentFollowUp(
      await repo.insertFollowUp(tx, { ...input, casePersonId: id, agencyId: actor.agencyId, createdBy: actor.userId, createdAt: ctx.now }),
    ),
  }));

export const closeRecord = (deps: Deps, ctx: RequestContext, id: string, input: In<typeof closureRequestSchema>) =>
  change(deps, ctx, id, 'protection.close', async (tx, actor) => {
    const row = await repo.insertClosure(tx, { ...input, casePersonId: id, agencyId: actor.agencyId, closedBy: actor.userId, closedAt: ctx.now });
    if (!row) throw new AppError('CONFLICT', 'Protection of this victim is already closed');
    return { result: present.presentClosure(row) };
  });
