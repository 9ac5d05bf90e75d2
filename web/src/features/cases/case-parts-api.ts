import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  caseAttachmentListSchema,
  caseAttachmentSchema,
  caseCommentListSchema,
  caseCommentSchema,
  casePersonSchema,
  caseShareSchema,
  personIdentitySchema,
  routeEventSchema,
  routeSchema,
  type AddPersonRequest,
  type RouteEvent,
  type RouteEventRequest,
  type UpdatePersonRequest,
} from '#contracts/cases';
import { apiDownload, apiRequest } from '../../lib/api';
import { casesKey, useInvalidateCase } from './cases-api';

// People

export function useAddPerson(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (input: AddPersonRequest) =>
      apiRequest(`/api/cases/${caseId}/people`, { method: 'POST', body: input, schema: casePersonSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdatePerson(caseId: string, casePersonId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (input: UpdatePersonRequest) =>
      apiRequest(`/api/cases/${caseId}/people/${casePersonId}`, {
        method: 'PATCH',
        body: input,
        schema: casePersonSchema,
      }),
    onSuccess: invalidate,
  });
}

/**
 * Reveals a protected person's identity with a reason (audited by the server). The answer is
 * kept by the caller for this page visit only: never in the query cache or any storage.
 */
export function useRevealIdentity(caseId: string, casePersonId: string) {
  return useMutation({
    mutationFn: (reason: string) =>
      apiRequest(`/api/cases/${caseId}/people/${casePersonId}/identity`, {
        method: 'POST',
        body: { reason },
        schema: personIdentitySchema,
      }),
  });
}

// Route

/** Adds a step, or corrects `event` (sent with the version it was read at). */
export function useSaveRouteEvent(caseId: string, event: RouteEvent | null) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (input: RouteEventRequest) =>
      event
        ? apiRequest(`/api/cases/${caseId}/route/${event.id}`, {
            method: 'PATCH',
            body: { ...input, version: event.version },
            schema: routeEventSchema,
          })
        : apiRequest(`/api/cases/${caseId}/route`, { method: 'POST', body: input, schema: routeEventSchema }),
    onSuccess: invalidate,
  });
}

export function useDeleteRouteEvent(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (eventId: string) =>
      apiRequest(`/api/cases/${caseId}/route/${eventId}`, { method: 'DELETE', schema: routeSchema }),
    onSuccess: invalidate,
  });
}

export function useReorderRoute(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (ids: string[]) =>
      apiRequest(`/api/cases/${caseId}/route/order`, { method: 'POST', body: { ids }, schema: routeSchema }),
    onSuccess: invalidate,
  });
}

// Sharing

export function useShareCase(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (input: {
      agencyId: string;
      access: 'read' | 'contribute';
      reason: string;
      expiresAt: string | null;
    }) => apiRequest(`/api/cases/${caseId}/shares`, { method: 'POST', body: input, schema: caseShareSchema }),
    onSuccess: invalidate,
  });
}

export function useRevokeShare(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: ({ shareId, reason }: { shareId: string; reason: string }) =>
      apiRequest(`/api/cases/${caseId}/shares/${shareId}/revoke`, {
        method: 'POST',
        body: { reason },
        schema: caseShareSchema,
      }),
    onSuccess: invalidate,
  });
}

// Comments

const commentsKey = (caseId: string) => [...casesKey, 'comments', caseId] as const;

export function useComments(caseId: string) {
  return useQuery({
    queryKey: commentsKey(caseId),
    queryFn: () => apiRequest(`/api/cases/${caseId}/comments`, { schema: caseCommentListSchema }),
  });
}

export function useAddComment(caseId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (body: string) =>
      apiRequest(`/api/cases/${caseId}/comments`, {
        method: 'POST',
        body: { body },
        schema: caseCommentSchema,
      }),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: commentsKey(caseId) }), invalidate()]),
  });
}

// Attachments

const attachmentsKey = (caseId: string) => [...casesKey, 'attachments', caseId] as const;

export function useAttachments(caseId: string) {
  return useQuery({
    queryKey: attachmentsKey(caseId),
    queryFn: () => apiRequest(`/api/cases/${caseId}/attachments`, { schema: caseAttachmentListSchema }),
  });
}

export function useUploadAttachment(caseId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: ({ file, casePersonId }: { file: File; casePersonId: string | null }) => {
      const form = new FormData();
      // The field before the file: the server reads the parts in order.
      if (casePersonId) form.append('casePersonId', casePersonId);
      form.append('file', file, file.name);
      return apiRequest(`/api/cases/${caseId}/attachments`, {
        method: 'POST',
        body: form,
        schema: caseAttachmentSchema,
      });
    },
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: attachmentsKey(caseId) }), invalidate()]),
  });
}

/** A file's content; identity documents need a reason (sent in the body, never in the address). */
export function downloadAttachment(caseId: string, attachmentId: string, reason: string | null) {
  const path = `/api/cases/${caseId}/attachments/${attachmentId}/content`;
  return reason === null ? apiDownload(path) : apiDownload(path, { method: 'POST', body: { reason } });
}
