import type { CaseListQuery } from '#contracts/cases';
import {
  caseStatus,
  exploitationType,
  meansOfControl,
  recruitmentMethod,
  sensitivity,
} from '#contracts/codes/cases';
import { asCode } from '../code-labels';
import type { CaseFilters } from '../cases-api';

export const sorts = [
  'reported_desc',
  'reported_asc',
  'updated_desc',
  'number_asc',
] as const satisfies readonly CaseListQuery['sort'][];
export type CaseSort = (typeof sorts)[number];

const isDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const isUuid = (value: string | null) =>
  value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value : undefined;
const isRegion = (value: string | null) =>
  value && /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(value) ? value : undefined;

/**
 * The list's filters from the address (the same names the API takes). Anything malformed is
 * dropped rather than sent, so an edited or outdated link still opens a list.
 */
export function filtersFromParams(params: URLSearchParams): CaseFilters {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const status = (params.get('status') ?? '')
    .split(',')
    .map((code) => asCode(caseStatus, code))
    .filter((code) => code !== undefined);
  const q = text('q');
  const sort = params.get('sort');
  return {
    q: q && q.length >= 2 ? q.slice(0, 200) : undefined,
    status: status.length > 0 ? status : undefined,
    from: isDate(params.get('from')),
    to: isDate(params.get('to')),
    regionCode: isRegion(params.get('regionCode')),
    portId: text('portId')?.slice(0, 40),
    recruitmentMethod: asCode(recruitmentMethod, params.get('recruitmentMethod')),
    meansOfControl: asCode(meansOfControl, params.get('meansOfControl')),
    exploitationType: asCode(exploitationType, params.get('exploitationType')),
    agencyId: isUuid(params.get('agencyId')),
    sensitivity: asCode(sensitivity, params.get('sensitivity')),
    sort: sorts.find((s) => s === sort),
  };
}

/** The address form of filters (defaults left out, so links stay short). */
export function paramsFromFilters(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'sort' && value === 'reported_desc') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else if (typeof value === 'string' && value) params.set(key, value);
  }
  return params;
}

/** A saved filter's stored query (validated by the server when saved) as filters. */
export function filtersFromSaved(query: Record<string, unknown>): CaseFilters {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) params.set(key, value.map(String).join(','));
    else if (typeof value === 'string') params.set(key, value);
  }
  return filtersFromParams(params);
}

/** How many filters narrow the list (search and sort are not counted). */
export function activeFilterCount(filters: CaseFilters): number {
  const { q: _q, sort: _sort, ...rest } = filters;
  return Object.values(rest).filter((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value)))
    .length;
}
