import type { z } from 'zod';
import type { savedFilterRequestSchema, savedFilterSchema } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { actorOf } from './case-access';
import { filtersOf } from './cases.list.filters';
import * as repo from './saved-filters.repository';

type SavedFilter = z.infer<typeof savedFilterSchema>;
type SavedFilterRequest = z.infer<typeof savedFilterRequestSchema>;

/** Enough for every regular view of a desk; more usually means filters nobody opens again. */
export const maxSavedFiltersPerUser = 50;

function present(row: repo.SavedFilterRow): SavedFilter {
  return { id: row.id, name: row.name, query: row.query as Record<string, unknown>, createdAt: row.createdAt.toISOString() };
}

/** The caller's own saved filters, by name. */
export async function listSavedFilters(deps: Deps, ctx: RequestContext): Promise<SavedFilter[]> {
  return (await repo.listSavedFilters(deps.db, actorOf(ctx).userId)).map(present);
}

/**
 * Saves a named case-list query for the caller. Names are unique per user (any letter case). The
 * query is stored as validated, so opening it later gives the same list.
 */
export async function saveFilter(deps: Deps, ctx: RequestContext, input: SavedFilterRequest): Promise<SavedFilter> {
  const userId = actorOf(ctx).userId;
  return deps.db.transaction(async (tx) => {
    if (await repo.findSavedFilterByName(tx, userId, input.name)) {
      throw new AppError('CONFLICT', 'You already have a saved filter with this name');
    }
    if ((await repo.countSavedFilters(tx, userId)) >= maxSavedFiltersPerUser) {
      throw new AppError('CONFLICT', `You have ${maxSavedFiltersPerUser} saved filters; delete one first`);
    }
    const query = { ...filtersOf(input.query), sort: input.query.sort };
    const row = await repo.insertSavedFilter(tx, { userId, name: input.name, query, createdAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'case.filter.save', objectType: 'saved_case_filter', objectId: row.id, after: present(row) });
    return present(row);
  });
}

/** Deletes one of the caller's own filters; someone else's answers NOT_FOUND, as if it did not exist. */
export async function deleteSavedFilter(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const userId = actorOf(ctx).userId;
  await deps.db.transaction(async (tx) => {
    const row = await repo.deleteSavedFilter(tx, userId, id);
    if (!row) throw notFound('Saved filter');
    await recordAudit(tx, ctx, { action: 'case.filter.delete', objectType: 'saved_case_filter', objectId: id, before: present(row) });
  });
}
