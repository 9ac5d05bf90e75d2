import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { meSchema, mfaEnrolmentSchema, mfaEnrolResponseSchema, signInResponseSchema } from '#contracts/auth';
import { okSchema, type Locale, type TimeZone } from '#contracts/common';
import { systemInfoSchema } from '#contracts/system';
import { apiRequest } from '../../lib/api';
import { applyLocale, currentLocale, rememberLocale } from '../../lib/i18n';
import { sessionKey, type SessionStage } from '../../lib/query-client';

// The server declares this answer inline in its route, so the client states the same shape here.
const sessionStateSchema = z.object({ stage: z.enum(['none', 'mfa', 'mfa-enrol', 'active', 'expired']) });
const meKey = ['me'] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: () => apiRequest('/api/auth/session', { schema: sessionStateSchema }),
    // Sign-in steps move the stage explicitly; refetching could drop the one-time recovery codes.
    staleTime: Infinity,
  });
}

const fetchMe = () => apiRequest('/api/me', { schema: meSchema });

export function useMe(isEnabled = true) {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, enabled: isEnabled });
}

export function useSystemInfo() {
  return useQuery({
    queryKey: ['system-info'],
    queryFn: () => apiRequest('/api/system/info', { schema: systemInfoSchema }),
    staleTime: Infinity,
  });
}

function useSetStage() {
  const queryClient = useQueryClient();
  return (stage: SessionStage) => queryClient.setQueryData(sessionKey, { stage });
}

export function useLogin() {
  const setStage = useSetStage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      apiRequest('/api/auth/login', { method: 'POST', body: input, schema: signInResponseSchema }),
    onSuccess: ({ next }) => {
      if (next === 'done') return queryClient.invalidateQueries({ queryKey: sessionKey });
      setStage(next);
    },
  });
}

export function useVerifySecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiRequest('/api/auth/mfa', { method: 'POST', body: { code }, schema: signInResponseSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}

export function useEnrolment() {
  return useQuery({
    queryKey: ['mfa-enrolment'],
    queryFn: () => apiRequest('/api/auth/mfa/enrolment', { schema: mfaEnrolmentSchema }),
    staleTime: Infinity,
  });
}

/** Confirms the authenticator; the caller shows the recovery codes before moving on. */
export function useConfirmEnrolment() {
  return useMutation({
    mutationFn: (code: string) =>
      apiRequest('/api/auth/mfa/enrol', { method: 'POST', body: { code }, schema: mfaEnrolResponseSchema }),
  });
}

/** Called once the user says the recovery codes are saved: the full session begins. */
export function useFinishSignIn() {
  const queryClient = useQueryClient();
  return () => {
    queryClient.removeQueries({ queryKey: ['mfa-enrolment'] });
    return queryClient.invalidateQueries({ queryKey: sessionKey });
  };
}

export function useLogout() {
  const queryClient = useQueryClient();
  const setStage = useSetStage();
  return useMutation({
    mutationFn: () => apiRequest('/api/auth/logout', { method: 'POST', schema: okSchema }),
    onSettled: () => {
      // The server's Clear-Site-Data also wipes the language chosen on this device; it is not
      // personal, so it is kept for the sign-in page.
      rememberLocale(currentLocale());
      // The session entry stays (its observers would be orphaned by clear()); everything else goes.
      setStage('none');
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      apiRequest('/api/auth/password', { method: 'POST', body: input, schema: okSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: { locale?: Locale; timeZone?: TimeZone }) =>
      apiRequest('/api/me/preferences', { method: 'PATCH', body: changes, schema: meSchema }),
    onSuccess: (updated) => queryClient.setQueryData(meKey, updated),
  });
}

/**
 * Changes the interface language: saved to the account when signed in (so it follows the user to
 * any device), and on this device in any case.
 */
export function useChangeLocale() {
  // Reads the cached account without fetching: before sign-in there is none and nothing to save.
  const me = useQuery({ queryKey: meKey, queryFn: fetchMe, enabled: false }).data;
  const save = useSavePreferences();
  const change = async (locale: Locale) => {
    await applyLocale(locale);
    if (me && me.locale !== locale) await save.mutateAsync({ locale });
  };
  return { change, error: save.error, isPending: save.isPending };
}

export function useChangeTimeZone() {
  const save = useSavePreferences();
  return { ...save, mutate: (timeZone: TimeZone) => save.mutate({ timeZone }) };
}
