import type { CaseListQuery, CaseSummary } from '#contracts/cases';
import type { RequestContext, Actor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/database';
import { agencyNamesById } from '../agencies';
import { recordAudit } from '../audit';
import { actorOf } from './case-access';
import { accessFromFacts } from './cases.policy';
import { caseFilterCondition, filtersOf } from './cases.list.filters';
import { decodeCursor, encodeCursor } from './cases.list.cursor';
import { casePageQuery, type CasePageRow } from './cases.list.repository';
import { searchMayTouchIdentity } from './cases.search';

/**
 * One page of the cases the actor may see, filtered, searched and sorted, with a cursor for the
 * next page. A search that may match protected people's names is recorded in the audit log
 * (`case.search.identity`, with the query) in the same transaction as the read.
 */
export async function listCases(deps: Deps, ctx: RequestContext, query: CaseListQuery): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
  const actor = actorOf(ctx);
  const after = query.cursor ? decodeCursor(query.sort, query.cursor) : null;
  const read = async (db: Executor) => {
    const where = caseFilterCondition(actor, ctx.now, filtersOf(query));
    const rows = await casePageQuery(db, actor, ctx.now, { where, sort: query.sort, after, limit: query.limit });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > query.limit && last ? encodeCursor(query.sort, last.sortKey) : null;
    return { items: await presentSummaries(db, actor, page), nextCursor };
  };
  if (!query.q || !searchMayTouchIdentity(actor)) return read(deps.db);
  return deps.db.transaction(async (tx) => {
    const result = await read(tx);
    await recordAudit(tx, ctx, {
      action: 'case.search.identity',
      objectType: 'case',
      details: { q: query.q, filters: filtersOf(query), sort: query.sort, page: query.cursor ? 'next' : 'first', resultCount: result.items.length },
    });
    return result;
  });
}

async function presentSummaries(db: Executor, actor: Actor, rows: CasePageRow[]): Promise<CaseSummary[]> {
  const agencies = await agencyNamesById(
    db,
    rows.map((r) => r.owningAgencyId),
  );
  return rows.map((r) => {
    const access = accessFromFacts(actor, { owningAgencyId: r.owningAgencyId, sensitivity: r.sensitivity, shareAccess: r.shareAccess });
    // Every row passed visibleCases; a case without access here means the two rules drifted apart.
    if (!access) throw new Error(`visibleCases and accessFromFacts disagree on case ${r.id}`);
    return {
      id: r.id,
      number: r.number,
      title: r.title,
      status: r.status as CaseSummary['status'],
      sensitivity: r.sensitivity as CaseSummary['sensitivity'],
      reportedOn: r.reportedOn,
      discoveryChannel: r.discoveryChannel as CaseSummary['discoveryChannel'],
      owningAgency: { id: r.owningAgencyId, name: agencies.get(r.owningAgencyId)?.name ?? '' },
      victimCount: r.victimCount,
      suspectCount: r.suspectCount,
      exploitationTypes: r.exploitationTypes as CaseSummary['exploitationTypes'],
      updatedAt: r.updatedAt.toISOString(),
      access,
    };
  });
}
