import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { AppError, forbidden, notFound } from '../../platform/http/app-error';
import { actorOf, openCase } from '../cases';
import * as repo from './protection.repository';

/** A victim whose protection record the actor may open, and what gave them access. */
export interface OpenVictim {
  casePersonId: string;
  caseId: string;
  /** The victim's pseudonym, for what the record shows instead of identity. */
  pseudonym: string;
  via: 'referral' | 'case';
}

/** The case access the actor has, or null when they cannot open the case (any other error propagates). */
async function caseAccess(db: Executor, ctx: RequestContext, caseId: string) {
  try {
    return (await openCase(db, ctx, caseId)).access;
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/**
 * Opens a victim's protection record. Any actor whose agency has a pending or accepted referral of
 * the victim may; besides, holders of `protection.case-victims` may when they can open the case
 * (the registry's own visibility rule). Case workers lack that permission, so they see only the
 * victims referred to their organisation. Everything else answers 404, like a missing record.
 * A change also needs an open referral, or owner or contributor access to the case.
 */
export async function openVictim(
  db: Executor,
  ctx: RequestContext,
  casePersonId: string,
  options: { write?: boolean } = {},
): Promise<OpenVictim> {
  const actor = actorOf(ctx);
  const victim = await repo.findVictim(db, casePersonId);
  if (!victim) throw notFound('Victim');
  const base = { casePersonId, caseId: victim.caseId, pseudonym: victim.pseudonym };
  if (await repo.hasOpenReferralTo(db, casePersonId, actor.agencyId)) return { ...base, via: 'referral' };
  if (!actor.permissions.has('protection.case-victims')) throw notFound('Victim');
  const access = await caseAccess(db, ctx, victim.caseId);
  if (!access) throw notFound('Victim');
  if (options.write && access !== 'owner' && access !== 'contribute')
    throw forbidden('You may read this protection record but not change it');
  return { ...base, via: 'case' };
}
