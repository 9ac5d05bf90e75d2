import { useQuery } from '@tanstack/react-query';
import { userListSchema } from '#contracts/users';
import { apiRequest } from '../../lib/api';
import { useMe } from '../auth';

/**
 * Accounts to filter the log by actor, for those allowed to list users; null for the others
 * (they can still filter by everything else).
 */
export function useUserChoices(): { value: string; label: string }[] | null {
  const me = useMe();
  const canList = me.data?.permissions.includes('users.read') ?? false;
  const users = useQuery({
    queryKey: ['users', 'list', { status: 'all' }],
    queryFn: () => apiRequest('/api/users', { query: { status: 'all' }, schema: userListSchema }),
    enabled: canList,
  });
  if (!canList) return null;
  return (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }));
}
