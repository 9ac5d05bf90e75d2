import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  revokedCountSchema,
  sessionListSchema,
  userListSchema,
  userSchema,
  userWithTemporaryPasswordSchema,
  type CreateUserRequest,
  type UpdateUserRequest,
} from '#contracts/users';
import { apiRequest } from '../../lib/api';

const usersKey = ['users'] as const;

export interface UserFilters {
  q?: string;
  agencyId?: string;
  role?: string;
  status?: 'active' | 'disabled' | 'all';
}

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, 'list', filters],
    queryFn: () => apiRequest('/api/users', { query: { ...filters }, schema: userListSchema }),
    placeholderData: (previous) => previous,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: [...usersKey, 'one', id],
    queryFn: () => apiRequest(`/api/users/${id}`, { schema: userSchema }),
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: usersKey });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateUserRequest) =>
      apiRequest('/api/users', { method: 'POST', body: input, schema: userWithTemporaryPasswordSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateUser(id: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: UpdateUserRequest) =>
      apiRequest(`/api/users/${id}`, { method: 'PATCH', body: input, schema: userSchema }),
    onSuccess: invalidate,
  });
}

/** Fetches the account again, e.g. after someone else changed it first. */
export function useReloadUsers() {
  return useInvalidateUsers();
}

export function useResetPassword(id: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: () =>
      apiRequest(`/api/users/${id}/reset-password`, {
        method: 'POST',
        schema: userWithTemporaryPasswordSchema,
      }),
    onSuccess: invalidate,
  });
}

export function useResetMfa(id: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: () => apiRequest(`/api/users/${id}/reset-mfa`, { method: 'POST', schema: userSchema }),
    onSuccess: invalidate,
  });
}

export function useUserSessions(id: string) {
  return useQuery({
    queryKey: [...usersKey, 'sessions', id],
    queryFn: () => apiRequest(`/api/users/${id}/sessions`, { schema: sessionListSchema }),
  });
}

export function useRevokeSessions(id: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: () =>
      apiRequest(`/api/users/${id}/sessions/revoke`, { method: 'POST', schema: revokedCountSchema }),
    onSuccess: invalidate,
  });
}
