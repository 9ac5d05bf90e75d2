import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { referralCountsSchema } from '#contracts/protection';
import { apiRequest } from '../../lib/api';
import { Badge } from '../../ui';

/** How often the badge asks again while the page stays open (it also asks on focus and after a move). */
const countsPollMs = 60_000;

/** Under ['protection', 'referrals'], so any change to a referral refreshes it. */
export function useReferralCounts() {
  return useQuery({
    queryKey: ['protection', 'referrals', 'counts'],
    queryFn: () => apiRequest('/api/protection/referrals/counts', { schema: referralCountsSchema }),
    refetchInterval: countsPollMs,
  });
}

/**
 * The number of referrals to the user's agency that wait for an answer, beside the nav entry; red
 * when some are overdue. It polls the count endpoint (numbers only, not audited), never the lists.
 * Its words live in the app's messages: the protection messages load only with its pages.
 */
export function ReferralBadge() {
  const { t } = useTranslation();
  const counts = useReferralCounts().data;
  if (!counts || counts.pending === 0) return null;
  const label =
    counts.overdue > 0
      ? t('nav.referralsOverdue', { count: counts.pending, overdue: counts.overdue })
      : t('nav.referralsPending', { count: counts.pending });
  return (
    <Badge tone={counts.overdue > 0 ? 'danger' : 'info'} className="main-nav__badge">
      <span aria-hidden="true">{counts.pending}</span>
      <span className="visually-hidden">{label}</span>
    </Badge>
  );
}
