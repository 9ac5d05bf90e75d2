import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseListSchema } from '#contracts/cases';
import {
  patrolListSchema,
  patrolSchema,
  patrolStatisticsSchema,
  type PatrolReportRequest,
  type PatrolRequest,
  type PatrolUpdate,
} from '#contracts/patrols';
import { bodyListSchema } from '#contracts/taskforce';
import { apiRequest } from '../../lib/api';

const key = ['patrols'] as const;

/** Which patrols the page shows: a period of days (WIB), both ends included, either open; and a forum. */
export interface PatrolQuery {
  from?: string;
  to?: string;
  bodyId?: string;
}

export function usePatrols(query: PatrolQuery) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: () => apiRequest('/api/patrols', { query: { ...query }, schema: patrolListSchema }),
    placeholderData: (previous) => previous,
  });
}

export function usePatrolStatistics(query: PatrolQuery) {
  return useQuery({
    queryKey: [...key, 'statistics', query],
    queryFn: () => apiRequest('/api/patrols/statistics', { query: { ...query }, schema: patrolStatisticsSchema }),
    placeholderData: (previous) => previous,
  });
}

export function usePatrol(id: string) {
  return useQuery({ queryKey: [...key, 'patrol', id], queryFn: () => apiRequest(`/api/patrols/${id}`, { schema: patrolSchema }) });
}

/** Reads every patrol query again (after a change, or to load someone else's newer version). */
export function useReloadPatrols() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function usePlanPatrol() {
  const reload = useReloadPatrols();
  return useMutation({
    mutationFn: (body: PatrolRequest) => apiRequest('/api/patrols', { method: 'POST', body, schema: patrolSchema }),
    onSuccess: reload,
  });
}

export function useUpdatePlan(id: string) {
  const reload = useReloadPatrols();
  return useMutation({
    mutationFn: (body: PatrolUpdate) => apiRequest(`/api/patrols/${id}`, { method: 'PATCH', body, schema: patrolSchema }),
    onSuccess: reload,
  });
}

export function useReportPatrol(id: string) {
  const reload = useReloadPatrols();
  return useMutation({
    mutationFn: (body: PatrolReportRequest) => apiRequest(`/api/patrols/${id}/report`, { method: 'PUT', body, schema: patrolSchema }),
    onSuccess: reload,
  });
}

/** The forums and task forces a patrol may belong to (those the user sees). */
export function useBodyChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['taskforce', 'bodies'],
    queryFn: () => apiRequest('/api/taskforce/bodies', { schema: bodyListSchema }),
    enabled,
  });
}

/** Cases the user may see to link to a report: the newest, or those matching `q` (title, number, names). */
export function useCaseChoices(q: string) {
  const search = q.length >= 2 ? q : undefined;
  return useQuery({
    queryKey: ['cases', 'list', 'patrol-choices', search ?? ''],
    queryFn: () => apiRequest('/api/cases', { query: { limit: 10, ...(search ? { q: search } : {}) }, schema: caseListSchema }),
    placeholderData: (previous) => previous,
  });
}
