import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { referralListSchema, referralSchema, type referralBoxes, type ReferralStatus } from '#contracts/protection';
import { apiRequest } from '../../lib/api';

export type ReferralBox = (typeof referralBoxes)[number];
const key = ['protection', 'referrals'] as const;

export function useReferrals(box: ReferralBox) {
  return useQuery({
    queryKey: [...key, box],
    queryFn: () => apiRequest(`/api/protection/referrals?box=${box}`, { schema: referralListSchema }),
  });
}

/** Accepts or declines (with a reason) a referral to the user's agency. */
export function useMoveReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; to: ReferralStatus; reason: string; version: number }) =>
      apiRequest(`/api/protection/referrals/${input.id}/transitions`, {
        method: 'POST',
        body: { to: input.to, reason: input.reason, version: input.version },
        schema: referralSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
