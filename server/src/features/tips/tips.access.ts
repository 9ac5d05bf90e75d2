import type { Actor, RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import * as repo from './tips.repository';

export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return ctx.actor;
}

/**
 * Who sees a tip: roles with the `all` scope (the BPPD coordinator, who triages) every tip;
 * agency-scoped roles the tips assigned to their agency. Anything else answers 404 like a tip
 * that does not exist.
 */
export function canSeeTip(actor: Actor, row: Pick<repo.TipRow, 'agencyId'>): boolean {
  if (actor.scope === 'all') return true;
  return actor.scope === 'agency' && row.agencyId === actor.agencyId;
}

export async function openTip(db: Executor, ctx: RequestContext, id: string, options: { lock?: boolean } = {}): Promise<repo.TipRow> {
  const row = await repo.findTip(db, id, options);
  if (!row || !canSeeTip(actorOf(ctx), row)) throw notFound('Tip');
  return row;
}

/** The list filter that gives the same answer as `canSeeTip`. */
export function scopeFilter(actor: Actor): { agencyId?: string } {
  if (actor.scope === 'none') throw new AppError('FORBIDDEN', 'Your role does not see tips');
  return actor.scope === 'all' ? {} : { agencyId: actor.agencyId };
}
