import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  linkageRunSchema,
  linkageRunsSchema,
  personGroupSchema,
  revealedIdentitiesSchema,
  reviewPairSchema,
  reviewQueueSchema,
  samePersonResultSchema,
  type PairBand,
  type ReviewPair,
  type ReviewQueue,
} from '#contracts/linkage-review';
import { apiRequest } from '../../lib/api';

const linkageKey = ['linkage'] as const;

/** Pending pairs the reviewer may see, most likely first. */
export function useReviewQueue(band: PairBand | 'all') {
  return useQuery({
    queryKey: [...linkageKey, 'pairs', band],
    queryFn: () => apiRequest('/api/linkage/pairs', { query: { band, limit: 50 }, schema: reviewQueueSchema }),
    placeholderData: (previous) => previous,
  });
}

export function useLinkageRuns() {
  return useQuery({
    queryKey: [...linkageKey, 'runs'],
    queryFn: () => apiRequest('/api/linkage/runs', { schema: linkageRunsSchema }),
    // A run in progress is followed until it ends.
    refetchInterval: (query) => (query.state.data?.runs.some((r) => r.status === 'queued' || r.status === 'running') ? 3000 : false),
  });
}

export function useStartRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/api/linkage/runs', { method: 'POST', schema: linkageRunSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linkageKey }),
  });
}

/** A decision on a pair; `onDecided` runs even though the decided pair then leaves the queue (and the page). */
export function useDecidePair(onDecided: (pair: ReviewPair) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pairId, ...body }: { pairId: string; decision: 'confirm' | 'reject'; reason: string }) =>
      apiRequest(`/api/linkage/pairs/${pairId}/decision`, { method: 'POST', body, schema: reviewPairSchema }),
    onSuccess: (pair) => {
      onDecided(pair);
      return queryClient.invalidateQueries({ queryKey: linkageKey });
    },
  });
}

/**
 * Skips a pair for now (stored: it waits behind the pairs not skipped, for every reviewer). The
 * cached queue moves it to the back at once, then is fetched again in the server's order.
 */
export function useSkipPair(onSkipped: (pair: ReviewPair) => void) {
  const queryClient = useQueryClient();
  const pairsKey = [...linkageKey, 'pairs'];
  return useMutation({
    mutationFn: (pairId: string) => apiRequest(`/api/linkage/pairs/${pairId}/skip`, { method: 'POST', schema: reviewPairSchema }),
    onSuccess: (pair) => {
      queryClient.setQueriesData<ReviewQueue>({ queryKey: pairsKey }, (queue) =>
        queue ? { ...queue, items: [...queue.items.filter((p) => p.id !== pair.id), pair] } : queue,
      );
      onSkipped(pair);
      return queryClient.invalidateQueries({ queryKey: pairsKey });
    },
  });
}

/** Identities of a pair's or a group's records, revealed with a reason (audited by the server). */
export function useRevealRecords(path: string) {
  return useMutation({
    mutationFn: (reason: string) => apiRequest(`${path}/identity`, { method: 'POST', body: { reason }, schema: revealedIdentitiesSchema }),
  });
}

export function usePersonGroup(id: string) {
  return useQuery({
    queryKey: [...linkageKey, 'groups', id],
    queryFn: () => apiRequest(`/api/linkage/groups/${id}`, { schema: personGroupSchema }),
  });
}

/**
 * A change of a person group with a reason: un-merge a confirmation, detach a record, re-attach
 * a detached one. The answer's group id is null when an un-merge removed the group it created.
 */
export function useGroupChange(groupId: string, change: 'unmerge' | 'detach' | 'reattach') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { decisionId: string; reason: string } | { personId: string; reason: string }) =>
      apiRequest(`/api/linkage/groups/${groupId}/${change}`, {
        method: 'POST',
        body,
        schema: z.object({ groupId: z.string().nullable() }),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linkageKey }),
  });
}

/** From the add-person dialog: the person just added is the suggested one. */
export function useSamePerson(caseId: string) {
  return useMutation({
    mutationFn: ({ casePersonId, ...body }: { casePersonId: string; personId: string; reason: string }) =>
      apiRequest(`/api/cases/${caseId}/people/${casePersonId}/same-person`, { method: 'POST', body, schema: samePersonResultSchema }),
  });
}
