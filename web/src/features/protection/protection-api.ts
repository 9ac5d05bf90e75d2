import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  protectionRecordSchema,
  providerListSchema,
  providerSchema,
  referralListSchema,
  referralSchema,
  type providerRequestSchema,
  type referralBoxes,
  type ProviderUpdate,
  type ReferralStatus,
} from '#contracts/protection';
import { apiRequest } from '../../lib/api';

export type ReferralBox = (typeof referralBoxes)[number];
const key = ['protection', 'referrals'] as const;

export function useReferrals(box: ReferralBox) {
  return useQuery({
    queryKey: [...key, box],
    queryFn: () => apiRequest(`/api/protection/referrals?box=${box}`, { schema: referralListSchema }),
  });
}

/** Moves a referral: the receiver accepts, declines or completes; the sender revokes. */
export function useMoveReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; to: ReferralStatus; reason: string; version: number }) =>
      apiRequest(`/api/protection/referrals/${input.id}/transitions`, {
        method: 'POST',
        body: { to: input.to, reason: input.reason, version: input.version },
        schema: referralSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['protection'] }),
  });
}

const recordKey = (id: string) => ['protection', 'victims', id] as const;

/** A victim's protection record (every open is audited by the server). */
export function useProtectionRecord(casePersonId: string) {
  return useQuery({
    queryKey: recordKey(casePersonId),
    queryFn: () => apiRequest(`/api/protection/victims/${casePersonId}`, { schema: protectionRecordSchema }),
  });
}

export function useProviders(includeInactive = false) {
  return useQuery({
    queryKey: ['protection', 'providers', { includeInactive }],
    queryFn: () =>
      apiRequest(`/api/protection/providers${includeInactive ? '?includeInactive=true' : ''}`, {
        schema: providerListSchema,
      }),
  });
}

/** Corrects, deactivates or reactivates a provider (version-checked). */
export function useUpdateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ProviderUpdate & { id: string }) =>
      apiRequest(`/api/protection/providers/${id}`, { method: 'PATCH', body, schema: providerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['protection', 'providers'] }),
  });
}

/** Adds a provider to the directory. */
export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof providerRequestSchema>) =>
      apiRequest('/api/protection/providers', { method: 'POST', body, schema: providerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['protection', 'providers'] }),
  });
}

/** Parts of a victim's record the worker adds to, by the path under the victim. */
export type RecordPart = 'consents' | 'assessments' | 'plan-items' | 'return-steps' | 'follow-ups' | 'closure';

/** Adds to a victim's record (or refers, changes a plan item); the record reloads after. */
export function useRecordChange(casePersonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: string; method?: 'POST' | 'PATCH'; body: unknown }) =>
      apiRequest(input.path, { method: input.method ?? 'POST', body: input.body, schema: z.unknown() }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: recordKey(casePersonId) }),
        queryClient.invalidateQueries({ queryKey: key }),
      ]),
  });
}

export const partPath = (casePersonId: string, part: RecordPart) => `/api/protection/victims/${casePersonId}/${part}`;
