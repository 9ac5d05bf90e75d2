import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '#contracts/common';
import {
  infoContentAdminSchema,
  jobCheckAdminSchema,
  recruiterFlagSchema,
  recruiterFlagsSchema,
  recruiterListSchema,
  recruiterListsSchema,
  type CreateRecruiterFlagRequest,
  type InfoContentSlug,
  type SaveInfoContentRequest,
  type SaveJobCheckRulesRequest,
} from '#contracts/public-info';
import { apiRequest } from '../../lib/api';

const key = ['public-info'] as const;

export function useRecruiterLists() {
  return useQuery({
    queryKey: [...key, 'recruiter-lists'],
    queryFn: () => apiRequest('/api/public-info/recruiter-lists', { schema: recruiterListsSchema }),
  });
}

/** Reads a file as base64 (the upload contract carries the bytes in JSON; lists are small). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function useUploadRecruiterList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      apiRequest('/api/public-info/recruiter-lists', {
        method: 'POST',
        body: { fileName: file.name, contentBase64: await base64Of(file), isSample: false },
        schema: recruiterListSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'recruiter-lists'] }),
  });
}

export function useInfoContent(slug: InfoContentSlug, language: Locale) {
  return useQuery({
    queryKey: [...key, 'content', slug, language],
    queryFn: () => apiRequest(`/api/public-info/content/${slug}/${language}`, { schema: infoContentAdminSchema }),
  });
}

export function useSaveInfoContent(slug: InfoContentSlug, language: Locale) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveInfoContentRequest) =>
      apiRequest(`/api/public-info/content/${slug}/${language}/versions`, { method: 'POST', body: input, schema: infoContentAdminSchema }),
    onSuccess: (data) => queryClient.setQueryData([...key, 'content', slug, language], data),
  });
}

export function useJobCheckRules() {
  return useQuery({ queryKey: [...key, 'job-check'], queryFn: () => apiRequest('/api/public-info/job-check', { schema: jobCheckAdminSchema }) });
}

export function useSaveJobCheckRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveJobCheckRulesRequest) =>
      apiRequest('/api/public-info/job-check/versions', { method: 'POST', body: input, schema: jobCheckAdminSchema }),
    onSuccess: (data) => queryClient.setQueryData([...key, 'job-check'], data),
  });
}

export function useRecruiterFlags() {
  return useQuery({ queryKey: [...key, 'flags'], queryFn: () => apiRequest('/api/public-info/recruiter-flags', { schema: recruiterFlagsSchema }) });
}

export function useFlagRecruiter(run: <T>(action: () => Promise<T>) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRecruiterFlagRequest) =>
      run(() => apiRequest('/api/public-info/recruiter-flags', { method: 'POST', body: input, schema: recruiterFlagSchema })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'flags'] }),
  });
}

export function useWithdrawFlag(run: <T>(action: () => Promise<T>) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; reason: string }) =>
      run(() => apiRequest(`/api/public-info/recruiter-flags/${input.id}/withdraw`, { method: 'POST', body: { reason: input.reason }, schema: recruiterFlagSchema })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'flags'] }),
  });
}
