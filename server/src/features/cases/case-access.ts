import type { Actor, RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { AppError, forbidden, notFound } from '../../platform/http/app-error';
import { accessFromFacts, canEditCase, type CaseAccess } from './cases.policy';
import * as repo from './cases.repository';

/** A case the actor may see, and how. */
export interface OpenCase {
  row: repo.CaseRow;
  access: CaseAccess;
}

/** The signed-in actor; every case route requires one (the route's permission already did). */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return ctx.actor;
}

/**
 * Loads a case the actor may see. A case they may not see answers 404 exactly like one that does
 * not exist, so case ids cannot be probed. `lock` is for changes (see `findCaseWithShare`).
 */
export async function openCase(
  db: Executor,
  ctx: RequestContext,
  id: string,
  options: { lock?: boolean } = {},
): Promise<OpenCase> {
  const actor = actorOf(ctx);
  const found = await repo.findCaseWithShare(db, id, actor.agencyId, ctx.now, options);
  const access = found
    ? accessFromFacts(actor, {
        owningAgencyId: found.row.owningAgencyId,
        sensitivity: found.row.sensitivity,
        shareAccess: found.shareAccess,
      })
    : null;
  if (!found || !access) throw notFound('Case');
  return { row: found.row, access };
}

/** Opens a case for a change by the actor: visible, locked, and theirs to edit. */
export async function openCaseForEdit(db: Executor, ctx: RequestContext, id: string): Promise<OpenCase> {
  const opened = await openCase(db, ctx, id, { lock: true });
  if (!canEditCase(actorOf(ctx), opened.access)) throw forbidden('You may read this case but not change it');
  return opened;
}
