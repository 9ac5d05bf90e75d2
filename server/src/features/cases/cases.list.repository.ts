import { and, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { activeShare } from './cases.policy';
import { cases } from './cases.schema';
import { afterCursor, sortKeyOf, sortOrder, type CaseSort } from './cases.list.cursor';

/**
 * The actor's strongest active share of the case (contribute over read), or null: the SQL fact
 * `accessFromFacts` turns into the row's access.
 */
export function shareAccessOf(actor: Actor, now: Date): SQL<'read' | 'contribute' | null> {
  return sql<'read' | 'contribute' | null>`CASE
    WHEN ${activeShare(cases.id, actor.agencyId, now, 'contribute')} THEN 'contribute'
    WHEN ${activeShare(cases.id, actor.agencyId, now)} THEN 'read' END`;
}

export interface CasePage {
  where: SQL;
  sort: CaseSort;
  after: string[] | null;
  limit: number;
}

/**
 * The query of one page of cases in keyset order: `limit + 1` rows, so the caller knows if more
 * follow. Returned unexecuted so the benchmark can run the very same SQL directly.
 */
export function casePageQuery(db: Executor, actor: Actor, now: Date, page: CasePage) {
  return db
    .select({
      id: cases.id,
      number: cases.number,
      title: cases.title,
      status: cases.status,
      sensitivity: cases.sensitivity,
      reportedOn: cases.reportedOn,
      discoveryChannel: cases.discoveryChannel,
      owningAgencyId: cases.owningAgencyId,
      victimCount: cases.victimCount,
      suspectCount: cases.suspectCount,
      exploitationTypes: cases.exploitationTypes,
      updatedAt: cases.updatedAt,
      shareAccess: shareAccessOf(actor, now),
      sortKey: sortKeyOf(page.sort),
    })
    .from(cases)
    .where(page.after ? and(page.where, afterCursor(page.sort, page.after)) : page.where)
    .orderBy(...sortOrder(page.sort))
    .limit(page.limit + 1);
}

export type CasePageRow = Awaited<ReturnType<typeof casePageQuery>>[number];
