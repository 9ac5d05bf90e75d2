import { useQueries, useQuery } from '@tanstack/react-query';
import { portListSchema, regionListSchema, type Region } from '#contracts/reference';
import { apiRequest } from '../../lib/api';

const referenceKey = ['reference'] as const;

/** The parent of a Kemendagri code (`21.71.10` → `21.71`); null for a province. */
export function parentCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut === -1 ? null : code.slice(0, cut);
}

/** The codes from the province down to the given one: `21.71.10` → `21`, `21.71`, `21.71.10`. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, index) => parts.slice(0, index + 1).join('.'));
}

const regionsQuery = (parent: string | null) => ({
  queryKey: [...referenceKey, 'regions', parent ?? 'provinces'],
  queryFn: () =>
    apiRequest('/api/reference/regions', {
      query: parent ? { parent } : { level: 'provinsi' },
      schema: regionListSchema,
    }),
  // Reference data changes with a release, not during a visit.
  staleTime: Infinity,
});

/** The regions directly under `parent` (the provinces when it is null). */
export function useRegionChildren(parent: string | null, isEnabled = true) {
  return useQuery({ ...regionsQuery(parent), enabled: isEnabled });
}

/** Regions by code, looked up through their parents' lists (cached, so a page asks once per parent). */
export function useRegions(codes: readonly (string | null | undefined)[]): Map<string, Region> {
  const wanted = [...new Set(codes.filter((code): code is string => Boolean(code)))];
  const parents = [...new Set(wanted.map(parentCode))];
  const results = useQueries({ queries: parents.map((parent) => regionsQuery(parent)) });
  const found = new Map<string, Region>();
  for (const result of results) {
    for (const region of result.data?.items ?? [])
      if (wanted.includes(region.code)) found.set(region.code, region);
  }
  return found;
}

export function usePorts() {
  return useQuery({
    queryKey: [...referenceKey, 'ports'],
    queryFn: () => apiRequest('/api/reference/ports', { schema: portListSchema }),
    staleTime: Infinity,
  });
}

/** Where a region is, from the smallest unit up: "Sekupang, Kota Batam, Kepulauan Riau". */
export function useRegionPaths(codes: readonly (string | null | undefined)[]): Map<string, string> {
  const wanted = codes.filter((code): code is string => Boolean(code));
  const regions = useRegions(wanted.flatMap(ancestorCodes));
  const paths = new Map<string, string>();
  for (const code of wanted) {
    const names = ancestorCodes(code)
      .reverse()
      .map((ancestor) => regions.get(ancestor)?.name);
    if (names[0]) paths.set(code, names.filter(Boolean).join(', '));
  }
  return paths;
}
