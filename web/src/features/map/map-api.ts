import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  mapLayersSchema,
  vulnerabilityFormulaSchema,
  vulnerabilityIndexSchema,
  type MapQuery,
  type VulnerabilityWeights,
} from '#contracts/map';
import { patrolAreaListSchema } from '#contracts/patrols';
import { apiRequest } from '../../lib/api';

/** Points, landings and flows of the cases the user may see, narrowed by the map's filters. */
export function useMapLayers(filters: MapQuery) {
  return useQuery({
    queryKey: ['map', 'layers', filters],
    queryFn: () => apiRequest('/api/map/layers', { query: { ...filters }, schema: mapLayersSchema }),
    placeholderData: (previous) => previous,
  });
}

const vulnerabilityKey = ['map', 'vulnerability'] as const;

/** The vulnerability index per kabupaten/kota with its formula and the formula's versions. */
export function useVulnerability() {
  return useQuery({
    queryKey: vulnerabilityKey,
    queryFn: () => apiRequest('/api/map/vulnerability', { schema: vulnerabilityIndexSchema }),
  });
}

/** Saves new weights as the next version; a stale version answers VERSION_CONFLICT. */
export function useSaveFormula() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { weights: VulnerabilityWeights; note: string; version: number }) =>
      apiRequest('/api/map/vulnerability/formula', {
        method: 'PUT',
        body: input,
        schema: vulnerabilityFormulaSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vulnerabilityKey }),
  });
}

export function useReloadVulnerability() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: vulnerabilityKey });
}

/** Areas of the patrols the user may see in the map's period (and of the chosen agency); only asked when `enabled`. */
export function usePatrolAreas(filters: MapQuery, enabled: boolean) {
  const query = { from: filters.from, to: filters.to, agencyId: filters.agencyId };
  return useQuery({
    queryKey: ['map', 'patrols', query],
    queryFn: () => apiRequest('/api/patrols/areas', { query, schema: patrolAreaListSchema }),
    placeholderData: (previous) => previous,
    enabled,
  });
}
