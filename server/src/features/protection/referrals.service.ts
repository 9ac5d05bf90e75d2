import type { z } from 'zod';
import type {
  providerRequestSchema,
  ProviderUpdate,
  Referral,
  ReferralCounts,
  ReferralRequest,
  ReferralSide,
  ReferralStatus,
  ReferralTransition,
} from '#contracts/protection';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, invalidField, notFound, versionConflict } from '../../platform/http/app-error';
import { findAgency } from '../agencies';
import { actorOf, diffFields } from '../cases';
import { recordAudit } from '../audit';
import { openVictim } from './protection.access';
import { presentProvider, presentReferral } from './protection.present';
import * as repo from './protection.repository';
import { checkReferralTransition, utcDay } from './referral-workflow';

export async function listProviders(deps: Deps, service?: string, includeInactive = false) {
  return { items: (await repo.listProviders(deps.db, service, includeInactive)).map(presentProvider) };
}

const providerFields = ['agencyId', 'name', 'services', 'capacity', 'regionCodes', 'contactHours', 'phone', 'isActive'] as const;

/**
 * Corrects or (de)activates a provider, version-checked, audited with before and after in the same
 * transaction. A request that changes nothing (as cases do) answers the provider as it is: no new
 * version, no audit entry.
 */
export async function updateProvider(deps: Deps, ctx: RequestContext, id: string, input: ProviderUpdate) {
  const { version, ...changes } = input;
  return deps.db.transaction(async (tx) => {
    const before = await repo.findProvider(tx, id, { lock: true });
    if (!before) throw notFound('Provider');
    if (before.version !== version) throw versionConflict();
    if (changes.agencyId && !(await findAgency(tx, changes.agencyId)))
      throw invalidField('agencyId', 'unknown_agency', 'Unknown agency');
    if (diffFields(before, changes, providerFields).length === 0) return presentProvider(before);
    const row = await repo.updateProvider(tx, id, version, { ...changes, updatedAt: ctx.now });
    if (!row) throw versionConflict();
    const provider = presentProvider(row);
    const action =
      row.isActive === before.isActive
        ? 'protection.provider.update'
        : row.isActive
          ? 'protection.provider.reactivate'
          : 'protection.provider.deactivate';
    await recordAudit(tx, ctx, {
      action,
      objectType: 'protection_provider',
      objectId: id,
      before: presentProvider(before),
      after: provider,
    });
    return provider;
  });
}

export async function createProvider(deps: Deps, ctx: RequestContext, input: z.output<typeof providerRequestSchema>) {
  return deps.db.transaction(async (tx) => {
    if (input.agencyId && !(await findAgency(tx, input.agencyId))) throw invalidField('agencyId', 'unknown_agency', 'Unknown agency');
    const provider = presentProvider(await repo.insertProvider(tx, { ...input, createdAt: ctx.now }));
    await recordAudit(tx, ctx, { action: 'protection.provider.create', objectType: 'protection_provider', objectId: provider.id, after: provider });
    return provider;
  });
}

/**
 * Refers a victim to another agency. Without recorded consent (the latest consent record says yes),
 * a referral is made only on a legal basis given in the request, and the basis is stored with it.
 */
export async function createReferral(deps: Deps, ctx: RequestContext, input: ReferralRequest): Promise<Referral> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const victim = await openVictim(tx, ctx, input.casePersonId, { write: true });
    if (input.toAgencyId === actor.agencyId) throw invalidField('toAgencyId', 'own_agency', 'Refer to another agency');
    if (!(await findAgency(tx, input.toAgencyId))) throw invalidField('toAgencyId', 'unknown_agency', 'Unknown agency');
    if (input.providerId) {
      const provider = await repo.findProvider(tx, input.providerId);
      if (!provider) throw invalidField('providerId', 'unknown_provider', 'Unknown provider');
      if (!provider.isActive)
        throw invalidField('providerId', 'provider_inactive', 'The provider is no longer active');
      if (provider.agencyId !== input.toAgencyId)
        throw invalidField('providerId', 'provider_agency_mismatch', "The provider is not the receiving agency's");
    }
    if (input.dueOn < utcDay(ctx.now)) throw invalidField('dueOn', 'in_past', 'The due date has passed');
    const consent = await repo.latestConsent(tx, input.casePersonId);
    const basis = consent?.consented ? 'consent' : input.legalBasis;
    if (!basis)
      throw invalidField('legalBasis', 'consent_required', 'No consent is recorded: give the legal basis that requires this referral');
    const row = await repo.insertReferral(tx, {
      caseId: victim.caseId,
      casePersonId: input.casePersonId,
      fromAgencyId: actor.agencyId,
      toAgencyId: input.toAgencyId,
      providerId: input.providerId,
      reason: input.reason,
      details: input.details,
      dueOn: input.dueOn,
      basis,
      status: 'pending',
      createdBy: actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const referral = presentReferral(row, ctx.now, victim.pseudonym);
    await recordAudit(tx, ctx, { action: 'protection.referral.create', objectType: 'protection_referral', objectId: row.id, after: referral });
    return referral;
  });
}

/** Moves a referral along its workflow; only the side the workflow names may make each move. */
export async function moveReferral(deps: Deps, ctx: RequestContext, id: string, input: ReferralTransition): Promise<Referral> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const row = await repo.findReferral(tx, id, { lock: true });
    const side: ReferralSide | null =
      row?.toAgencyId === actor.agencyId ? 'receiver' : row?.fromAgencyId === actor.agencyId ? 'sender' : null;
    if (!row || !side) throw notFound('Referral');
    const from = row.status as ReferralStatus;
    const check = checkReferralTransition(from, input.to, side);
    if (!check.ok)
      throw new AppError('INVALID_TRANSITION', `The ${side} cannot move a referral from ${from} to ${input.to}`, { allowed: check.allowed });
    const moved = await repo.moveReferral(tx, id, input.version, { status: input.to, statusReason: input.reason, updatedAt: ctx.now });
    if (!moved) throw versionConflict();
    const pseudonym = (await repo.pseudonymsOf(tx, [row.casePersonId])).get(row.casePersonId) ?? '';
    const referral = presentReferral(moved, ctx.now, pseudonym);
    await recordAudit(tx, ctx, {
      // The check above let the move through, and no move leads back to pending.
      action: `protection.referral.${input.to as Exclude<ReferralStatus, 'pending'>}`,
      objectType: 'protection_referral',
      objectId: id,
      reason: input.reason || undefined,
      before: presentReferral(row, ctx.now, pseudonym),
      after: referral,
    });
    return referral;
  });
}

/** One of the agency's referral lists; the read is audited (the list names victims by id). */
export async function listReferrals(deps: Deps, ctx: RequestContext, box: 'to-me' | 'by-me' | 'pending' | 'overdue') {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const rows = await repo.listReferrals(tx, actor.agencyId, box, utcDay(ctx.now));
    const pseudonyms = await repo.pseudonymsOf(tx, rows.map((r) => r.casePersonId));
    await recordAudit(tx, ctx, { action: 'protection.referral.list', details: { box, count: rows.length } });
    return { items: rows.map((r) => presentReferral(r, ctx.now, pseudonyms.get(r.casePersonId) ?? '')) };
  });
}

/**
 * The numbers behind the navigation badge: pending referrals to the caller's agency and the overdue
 * among them. Not audited: it names no victim and is polled, unlike the lists above.
 */
export async function countReferrals(deps: Deps, ctx: RequestContext): Promise<ReferralCounts> {
  return repo.countReferralsTo(deps.db, actorOf(ctx).agencyId, utcDay(ctx.now));
}
