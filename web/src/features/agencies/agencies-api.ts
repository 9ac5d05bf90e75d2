import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  agencyListSchema,
  agencySchema,
  type CreateAgencyRequest,
  type UpdateAgencyRequest,
} from '#contracts/agencies';
import { apiRequest } from '../../lib/api';

const agenciesKey = ['agencies'] as const;

export interface AgencyFilters {
  q?: string;
  includeInactive?: boolean;
}

export function useAgencies(filters: AgencyFilters = {}) {
  return useQuery({
    queryKey: [...agenciesKey, filters],
    queryFn: () =>
      apiRequest('/api/agencies', {
        query: { q: filters.q, includeInactive: filters.includeInactive ? 'true' : undefined },
        schema: agencyListSchema,
      }),
    placeholderData: (previous) => previous,
  });
}

export function useSaveAgency(agencyId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAgencyRequest | UpdateAgencyRequest) =>
      agencyId
        ? apiRequest(`/api/agencies/${agencyId}`, { method: 'PATCH', body: input, schema: agencySchema })
        : apiRequest('/api/agencies', { method: 'POST', body: input, schema: agencySchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agenciesKey }),
  });
}

/** Fetches the list again, e.g. after someone else changed an agency being edited. */
export function useReloadAgencies() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: agenciesKey });
}
