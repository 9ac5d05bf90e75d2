import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { auditPageSchema, auditVerificationSchema, type AuditOutcome } from '#contracts/audit';
import { apiRequest } from '../../lib/api';

export interface AuditFilters {
  actionPrefix?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
  objectType?: string;
  objectId?: string;
  actorUserId?: string;
}

const pageSize = 50;

/** The audit log newest first, a page at a time ("load more" follows `nextBefore`). */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) =>
      apiRequest('/api/audit', {
        query: { ...filters, before: pageParam, limit: pageSize },
        schema: auditPageSchema,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useVerifyAudit() {
  return useMutation({
    mutationFn: () => apiRequest('/api/audit/verify', { method: 'POST', schema: auditVerificationSchema }),
  });
}
