import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { okSchema } from '#contracts/common';
import {
  dashboardReportListSchema,
  dashboardReportSchema,
  dashboardRefreshSchema,
  dashboardSchema,
  officialStatisticListSchema,
  officialStatisticSchema,
  type DashboardQuery,
  type DashboardReportRequest,
  type officialStatisticRequestSchema,
  type officialStatisticUpdateSchema,
} from '#contracts/dashboards';
import { apiRequest } from '../../lib/api';

const dashboardsKey = ['dashboards'] as const;
const officialKey = ['official-statistics'] as const;

/** The dashboard of a period; the previous period stays on screen while the next one loads. */
export function useDashboard(period: DashboardQuery) {
  return useQuery({
    queryKey: [...dashboardsKey, period.from, period.to],
    queryFn: () => apiRequest('/api/dashboards', { query: { ...period }, schema: dashboardSchema }),
    placeholderData: keepPreviousData,
  });
}

/** Every official figure recorded (for those who manage them). */
export function useOfficialStatistics(enabled: boolean) {
  return useQuery({
    queryKey: officialKey,
    queryFn: () => apiRequest('/api/official-statistics', { schema: officialStatisticListSchema }),
    enabled,
  });
}

/** A change to the official figures: the list and every dashboard (which compare with them) are fetched again. */
function useOfficialChange<I>(send: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: officialKey }),
        queryClient.invalidateQueries({ queryKey: dashboardsKey }),
      ]);
    },
  });
}

export const useCreateOfficial = () =>
  useOfficialChange((input: z.input<typeof officialStatisticRequestSchema>) =>
    apiRequest('/api/official-statistics', { method: 'POST', body: input, schema: officialStatisticSchema }),
  );

export const useUpdateOfficial = () =>
  useOfficialChange(({ id, ...input }: z.input<typeof officialStatisticUpdateSchema> & { id: string }) =>
    apiRequest(`/api/official-statistics/${id}`, { method: 'PATCH', body: input, schema: officialStatisticSchema }),
  );

export const useWithdrawOfficial = () =>
  useOfficialChange(({ id, version, reason }: { id: string; version: number; reason: string }) =>
    apiRequest(`/api/official-statistics/${id}`, { method: 'DELETE', body: { version, reason }, schema: okSchema }),
  );

/** Rebuilds the pre-aggregated figures now instead of waiting for the job. */
export const useRefreshDashboards = () =>
  useOfficialChange(() => apiRequest('/api/dashboards/refresh', { method: 'POST', schema: dashboardRefreshSchema }));

const reportsKey = ['dashboard-reports'] as const;

/** The reports the user asked for; asked again every 2 s while one is still being made. */
export function useReports() {
  return useQuery({
    queryKey: reportsKey,
    queryFn: () => apiRequest('/api/dashboards/reports', { schema: dashboardReportListSchema }),
    refetchInterval: (query) => (query.state.data?.items.some((r) => r.status === 'queued' || r.status === 'running') ? 2000 : false),
  });
}

export function useRequestReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DashboardReportRequest) => apiRequest('/api/dashboards/reports', { method: 'POST', body: input, schema: dashboardReportSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsKey }),
  });
}
