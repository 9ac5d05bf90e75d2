import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { CaseListQuery } from '#contracts/cases';
import type { Actor } from '../../platform/context';
import { visibleCases } from './cases.policy';
import { cases } from './cases.schema';
import { searchCondition } from './cases.search';

/** The filters a list, a saved filter and an export share (no paging). */
export type CaseFilters = Omit<CaseListQuery, 'sort' | 'cursor' | 'limit'>;

const contains = (column: SQL, value: string) => sql`${column} @> ARRAY[${value}]::text[]`;

/**
 * The WHERE clause for the cases an actor asked for: always within what they may see
 * (`visibleCases`), then each filter given. Array filters use the denormalised facet columns and
 * their GIN indexes; `region_codes` holds every ancestor, so a kabupaten finds its villages' cases.
 */
export function caseFilterCondition(actor: Actor, now: Date, filters: CaseFilters): SQL {
  const conditions: (SQL | undefined)[] = [visibleCases(actor, now)];
  if (filters.status?.length) conditions.push(inArray(cases.status, filters.status));
  if (filters.from) conditions.push(gte(cases.reportedOn, filters.from));
  if (filters.to) conditions.push(lte(cases.reportedOn, filters.to));
  if (filters.regionCode) conditions.push(contains(sql`${cases.regionCodes}`, filters.regionCode));
  if (filters.portId) conditions.push(contains(sql`${cases.portIds}`, filters.portId));
  if (filters.recruitmentMethod) conditions.push(contains(sql`${cases.recruitmentMethods}`, filters.recruitmentMethod));
  if (filters.meansOfControl) conditions.push(contains(sql`${cases.meansOfControl}`, filters.meansOfControl));
  if (filters.exploitationType) conditions.push(contains(sql`${cases.exploitationTypes}`, filters.exploitationType));
  if (filters.agencyId) conditions.push(eq(cases.owningAgencyId, filters.agencyId));
  if (filters.sensitivity) conditions.push(eq(cases.sensitivity, filters.sensitivity));
  if (filters.q) conditions.push(searchCondition(actor, now, filters.q));
  return and(...conditions)!;
}

/** The filters without paging and sort, as saved with a filter or recorded in the audit log. */
export function filtersOf(query: Partial<CaseListQuery>): CaseFilters {
  const { sort: _sort, cursor: _cursor, limit: _limit, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
}
