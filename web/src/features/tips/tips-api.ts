import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  staffTipCreatedSchema,
  tipContactSchema,
  tipDetailSchema,
  tipListSchema,
  tipOfficerListSchema,
  type assignTipRequestSchema,
  type linkTipToCaseRequestSchema,
  type staffTipRequestSchema,
  type tipTransitionRequestSchema,
} from '#contracts/tips';
import { caseListSchema } from '#contracts/cases';
import { apiRequest } from '../../lib/api';

const tipsKey = ['tips'] as const;
const tipKey = (id: string) => [...tipsKey, 'detail', id] as const;

export interface TipFilters {
  status?: string;
  open?: 'true';
  overdue?: 'true';
  assignedToMe?: 'true';
  caseId?: string;
}

/** The triage queue as the server sorts it: highest computed priority first. */
export function useTips(filters: TipFilters) {
  return useQuery({
    queryKey: [...tipsKey, 'list', filters],
    queryFn: () => apiRequest('/api/tips', { query: { ...filters, limit: 200 }, schema: tipListSchema }),
    placeholderData: (previous) => previous,
  });
}

export function useTip(id: string) {
  return useQuery({ queryKey: tipKey(id), queryFn: () => apiRequest(`/api/tips/${id}`, { schema: tipDetailSchema }) });
}

/** A change to one tip: the answer is the tip as it now is; the queue is fetched again. */
function useTipChange<I>(id: string, path: string, toBody: (input: I) => unknown = (input) => input) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => apiRequest(`/api/tips/${id}/${path}`, { method: 'POST', body: toBody(input), schema: tipDetailSchema }),
    onSuccess: async (tip) => {
      queryClient.setQueryData(tipKey(id), tip);
      await queryClient.invalidateQueries({ queryKey: [...tipsKey, 'list'] });
    },
  });
}

export const useAssignTip = (id: string) => useTipChange<z.input<typeof assignTipRequestSchema>>(id, 'assign');
export const useMoveTip = (id: string) => useTipChange<z.input<typeof tipTransitionRequestSchema>>(id, 'transitions');
export const useTipMessage = (id: string) => useTipChange<{ kind: 'reply' | 'note'; body: string }>(id, 'messages');
export const useGroupTip = (id: string) => useTipChange<{ withTipId: string; version: number }>(id, 'group');
export const useLinkTipToCase = (id: string) => useTipChange<z.input<typeof linkTipToCaseRequestSchema>>(id, 'case');

/** The reporter's contact details: asked for with a reason, which the server audits. */
export function useRevealContact(id: string) {
  return useMutation({
    mutationFn: (reason: string) => apiRequest(`/api/tips/${id}/contact`, { method: 'POST', body: { reason }, schema: tipContactSchema }),
  });
}

export function useCreateStaffTip() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof staffTipRequestSchema>) => apiRequest('/api/tips', { method: 'POST', body: input, schema: staffTipCreatedSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...tipsKey, 'list'] }),
  });
}

export const attachmentUrl = (tipId: string, attachmentId: string) => `/api/tips/${tipId}/attachments/${attachmentId}/content`;

/** Cases the user may see to attach a tip to: the newest, or those matching `q` (title, number, names). */
export function useCaseChoices(enabled: boolean, q: string) {
  const search = q.length >= 2 ? q : undefined;
  return useQuery({
    queryKey: ['cases', 'list', 'tip-choices', search ?? ''],
    queryFn: () => apiRequest('/api/cases', { query: { limit: 20, ...(search ? { q: search } : {}) }, schema: caseListSchema }),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** The officers of an agency a tip can be assigned to. */
export function useTipOfficers(agencyId: string) {
  return useQuery({
    queryKey: [...tipsKey, 'officers', agencyId],
    queryFn: () => apiRequest('/api/tips/officers', { query: { agencyId }, schema: tipOfficerListSchema }),
    enabled: agencyId !== '',
  });
}
