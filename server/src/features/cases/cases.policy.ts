import { and, eq, exists, gt, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context';
import { cases, caseShares } from './cases.schema';

/** How the actor may use a case; null when they may not see it at all. */
export type CaseAccess = 'owner' | 'contribute' | 'read' | 'coordinator';

/** An unrevoked, unexpired share of the case (given as SQL) with the agency. */
function activeShare(caseId: SQL | typeof cases.id, agencyId: string, now: Date, access?: 'contribute'): SQL {
  return exists(
    sql`(SELECT 1 FROM ${caseShares} WHERE ${and(
      eq(caseShares.caseId, caseId),
      eq(caseShares.agencyId, agencyId),
      isNull(caseShares.revokedAt),
      or(isNull(caseShares.expiresAt), gt(caseShares.expiresAt, now)),
      access ? eq(caseShares.access, access) : undefined,
    )})`,
  );
}

/**
 * The cases an actor may see, as a WHERE condition on `cases`, used by every list, search, count
 * and export so none of them can show more than the case page would.
 * - scope `agency`: cases their agency owns or that are shared with it;
 * - scope `all` (BPPD coordinator): every case except restricted ones not owned by or shared with them;
 * - scope `none`: nothing.
 */
export function visibleCases(actor: Actor, now: Date): SQL {
  const ownOrShared = or(eq(cases.owningAgencyId, actor.agencyId), activeShare(cases.id, actor.agencyId, now))!;
  switch (actor.scope) {
    case 'agency':
      return ownOrShared;
    case 'all':
      return or(ne(cases.sensitivity, 'restricted'), ownOrShared)!;
    case 'none':
      return sql`false`;
  }
}

/** The actor's access to one case, from its owning agency, sensitivity and active shares. */
export function accessFromFacts(
  actor: Actor,
  facts: { owningAgencyId: string; sensitivity: string; shareAccess: 'read' | 'contribute' | null },
): CaseAccess | null {
  if (actor.scope === 'none') return null;
  if (facts.owningAgencyId === actor.agencyId) return 'owner';
  if (facts.shareAccess) return facts.shareAccess;
  if (actor.scope === 'all' && facts.sensitivity !== 'restricted') return 'coordinator';
  return null;
}

export const canEditCase = (actor: Actor, access: CaseAccess | null) =>
  actor.permissions.has('cases.update') && (access === 'owner' || access === 'contribute');

export const canShareCase = (actor: Actor, access: CaseAccess | null) => actor.permissions.has('cases.share') && access === 'owner';

export const canCommentOnCase = (actor: Actor, access: CaseAccess | null) =>
  actor.permissions.has('cases.comment') && access !== null;

/** Identity of protected people: only with the permission, and only on a case the actor may open. */
export const canRevealIdentity = (actor: Actor, access: CaseAccess | null) =>
  actor.permissions.has('cases.identity.view') && access !== null && access !== 'coordinator';

export { activeShare };
