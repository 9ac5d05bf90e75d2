import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  actionItemListSchema,
  actionItemSchema,
  bodyListSchema,
  bodySchema,
  decisionSchema,
  matrixSchema,
  matrixVersionListSchema,
  meetingAttachmentListSchema,
  meetingAttachmentSchema,
  meetingListSchema,
  meetingSchema,
  type ActionItemRequest,
  type ActionItemUpdate,
  type decisionRequestSchema,
  type MatrixRequest,
  type MeetingRequest,
  type meetingUpdateSchema,
  type MemberRequest,
} from '#contracts/taskforce';
import { okSchema } from '#contracts/common';
import { apiDownload, apiRequest } from '../../lib/api';

const key = ['taskforce'] as const;

/** After any change the task force pages read again: agendas depend on items of other meetings. */
function useInvalidateTaskforce() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useBodies() {
  return useQuery({ queryKey: [...key, 'bodies'], queryFn: () => apiRequest('/api/taskforce/bodies', { schema: bodyListSchema }) });
}

export function useMeetings(bodyId?: string) {
  return useQuery({
    queryKey: [...key, 'meetings', bodyId ?? 'all'],
    queryFn: () => apiRequest('/api/taskforce/meetings', { query: { bodyId }, schema: meetingListSchema }),
  });
}

export function useMeeting(id: string) {
  return useQuery({ queryKey: [...key, 'meeting', id], queryFn: () => apiRequest(`/api/taskforce/meetings/${id}`, { schema: meetingSchema }) });
}

export function useActionItems(query: { bodyId?: string; overdue?: boolean }) {
  return useQuery({
    queryKey: [...key, 'action-items', query],
    queryFn: () =>
      apiRequest('/api/taskforce/action-items', {
        query: { bodyId: query.bodyId, overdue: query.overdue ? 'true' : undefined },
        schema: actionItemListSchema,
      }),
  });
}

export function useSetMember(bodyId: string) {
  const invalidate = useInvalidateTaskforce();
  return useMutation({
    mutationFn: (input: { agencyId: string; body: MemberRequest }) =>
      apiRequest(`/api/taskforce/bodies/${bodyId}/members/${input.agencyId}`, { method: 'PUT', body: input.body, schema: bodySchema }),
    onSuccess: invalidate,
  });
}

export function useCreateMeeting() {
  const invalidate = useInvalidateTaskforce();
  return useMutation({
    mutationFn: (body: MeetingRequest) => apiRequest('/api/taskforce/meetings', { method: 'POST', body, schema: meetingSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateMeeting(id: string) {
  const invalidate = useInvalidateTaskforce();
  return useMutation({
    mutationFn: (body: z.input<typeof meetingUpdateSchema>) => apiRequest(`/api/taskforce/meetings/${id}`, { method: 'PATCH', body, schema: meetingSchema }),
    onSuccess: invalidate,
  });
}

export function useAddDecision(meetingId: string) {
  const invalidate = useInvalidateTaskforce();
  return useMutation({
    mutationFn: (body: z.input<typeof decisionRequestSchema>) =>
      apiRequest(`/api/taskforce/meetings/${meetingId}/decisions`, { method: 'POST', body, schema: decisionSchema }),
    onSuccess: invalidate,
  });
}

export function useAddActionItem() {
  const invalidate = useInvalidateTaskforce();
  return useMutation({
    mutationFn: (input: { decisionId: string; body: ActionItemRequest }) =>
      apiRequest(`/api/taskforce/decisions/${input.decisionId}/action-items`, { method: 'POST', body: input.body, schema: actionItemSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateActionItem() {
  const invalidate = useInvalidateTaskforce();
  return useMutation({
    mutationFn: (input: { id: string; body: ActionItemUpdate }) =>
      apiRequest(`/api/taskforce/action-items/${input.id}`, { method: 'PATCH', body: input.body, schema: actionItemSchema }),
    onSuccess: invalidate,
  });
}

/** The matrix in force, or an earlier version when one is asked for. */
export function useMatrix(version?: number) {
  return useQuery({
    queryKey: [...key, 'matrix', version ?? 'current'],
    queryFn: () => apiRequest('/api/taskforce/matrix', { query: { version }, schema: matrixSchema }),
  });
}

export function useMatrixVersions() {
  return useQuery({ queryKey: [...key, 'matrix-versions'], queryFn: () => apiRequest('/api/taskforce/matrix/versions', { schema: matrixVersionListSchema }) });
}

export function useSaveMatrix() {
  const invalidate = useInvalidateTaskforce();
  return useMutation({
    mutationFn: (body: MatrixRequest) => apiRequest('/api/taskforce/matrix', { method: 'PUT', body, schema: matrixSchema }),
    onSuccess: invalidate,
  });
}

// Meeting attachments

const attachmentsKey = (meetingId: string) => [...key, 'attachments', meetingId] as const;

export function useMeetingAttachments(meetingId: string) {
  return useQuery({
    queryKey: attachmentsKey(meetingId),
    queryFn: () => apiRequest(`/api/taskforce/meetings/${meetingId}/attachments`, { schema: meetingAttachmentListSchema }),
  });
}

export function useUploadMeetingAttachment(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiRequest(`/api/taskforce/meetings/${meetingId}/attachments`, { method: 'POST', body: form, schema: meetingAttachmentSchema });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(meetingId) }),
  });
}

export function useDeleteMeetingAttachment(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => apiRequest(`/api/taskforce/meetings/${meetingId}/attachments/${attachmentId}`, { method: 'DELETE', schema: okSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(meetingId) }),
  });
}

export const downloadMeetingAttachment = (meetingId: string, attachmentId: string) => apiDownload(`/api/taskforce/meetings/${meetingId}/attachments/${attachmentId}/content`);
