import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  caseDetailSchema,
  caseHistorySchema,
  caseListSchema,
  savedFilterListSchema,
  savedFilterSchema,
  type CaseExportQuery,
  type CaseListQuery,
  type CreateCaseRequest,
  type UpdateCaseRequest,
} from '#contracts/cases';
import type { CaseStatus } from '#contracts/cases';
import { okSchema } from '#contracts/common';
import { apiDownload, apiRequest, isApiError } from '../../lib/api';

export const casesKey = ['cases'] as const;
export const caseKey = (id: string) => [...casesKey, 'detail', id] as const;

/** The list's filters as the API takes them (status as a comma-separated list). */
export type CaseFilters = Omit<CaseListQuery, 'cursor' | 'limit' | 'status' | 'sort'> & {
  status?: CaseStatus[];
  sort?: CaseListQuery['sort'];
};

export function filtersToQuery(filters: CaseFilters): Record<string, string | undefined> {
  const { status, ...rest } = filters;
  return { ...rest, status: status && status.length > 0 ? status.join(',') : undefined };
}

const pageSize = 25;

/** Cases a page at a time; "load more" follows the server's keyset cursor (no total is known). */
export function useCaseList(filters: CaseFilters) {
  return useInfiniteQuery({
    queryKey: [...casesKey, 'list', filters],
    queryFn: ({ pageParam }) =>
      apiRequest('/api/cases', {
        query: { ...filtersToQuery(filters), cursor: pageParam, limit: pageSize },
        schema: caseListSchema,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: () => apiRequest(`/api/cases/${id}`, { schema: caseDetailSchema }),
  });
}

/** After any change to a case: its page, its history and the lists are fetched again. */
export function useInvalidateCase(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKey(id) }),
      queryClient.invalidateQueries({ queryKey: [...casesKey, 'history', id] }),
      queryClient.invalidateQueries({ queryKey: [...casesKey, 'list'] }),
    ]);
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCaseRequest) =>
      apiRequest('/api/cases', { method: 'POST', body: input, schema: caseDetailSchema }),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKey(created.id), created);
      return queryClient.invalidateQueries({ queryKey: [...casesKey, 'list'] });
    },
  });
}

export function useUpdateCase(id: string) {
  const invalidate = useInvalidateCase(id);
  return useMutation({
    mutationFn: (input: UpdateCaseRequest) =>
      apiRequest(`/api/cases/${id}`, { method: 'PATCH', body: input, schema: caseDetailSchema }),
    onSuccess: invalidate,
  });
}

/** A refused move (someone else changed the case, or its status moved on) reloads the case too. */
export function useTransition(id: string) {
  const invalidate = useInvalidateCase(id);
  return useMutation({
    mutationFn: (input: { to: CaseStatus; reason: string; version: number }) =>
      apiRequest(`/api/cases/${id}/transitions`, { method: 'POST', body: input, schema: caseDetailSchema }),
    onSuccess: invalidate,
    onError: (error) => {
      if (isApiError(error) && (error.code === 'VERSION_CONFLICT' || error.code === 'INVALID_TRANSITION'))
        void invalidate();
    },
  });
}

export function useCaseHistory(id: string) {
  return useQuery({
    queryKey: [...casesKey, 'history', id],
    queryFn: () => apiRequest(`/api/cases/${id}/history`, { schema: caseHistorySchema }),
  });
}

const savedFiltersKey = [...casesKey, 'saved-filters'] as const;

export function useSavedFilters() {
  return useQuery({
    queryKey: savedFiltersKey,
    queryFn: () => apiRequest('/api/cases/saved-filters', { schema: savedFilterListSchema }),
  });
}

export function useSaveFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; query: Omit<CaseFilters, 'sort'> & { sort?: string } }) =>
      apiRequest('/api/cases/saved-filters', { method: 'POST', body: input, schema: savedFilterSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedFiltersKey }),
  });
}

export function useDeleteFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/api/cases/saved-filters/${id}`, { method: 'DELETE', schema: okSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedFiltersKey }),
  });
}

/** Downloads the filtered cases in a format; identity only with a reason (the server checks the right). */
export function downloadExport(
  filters: CaseFilters,
  options: Pick<CaseExportQuery, 'format'> & { includeIdentity: boolean; reason?: string },
) {
  const { sort: _sort, ...rest } = filters;
  return apiDownload('/api/cases/export', {
    query: {
      ...filtersToQuery(rest),
      format: options.format,
      includeIdentity: options.includeIdentity ? 'true' : undefined,
      reason: options.includeIdentity ? options.reason : undefined,
    },
  });
}
