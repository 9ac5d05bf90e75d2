import { referralWorkflow, type ReferralSide, type ReferralStatus } from '#contracts/protection';

/** The outcome of asking to move a referral: allowed, or refused with the moves this side may make. */
export type TransitionCheck = { ok: true } | { ok: false; allowed: ReferralStatus[] };

/** The statuses the given side may move a referral to from `from`. */
export function allowedMoves(from: ReferralStatus, side: ReferralSide): ReferralStatus[] {
  return (Object.entries(referralWorkflow[from]) as [ReferralStatus, ReferralSide][])
    .filter(([, by]) => by === side)
    .map(([to]) => to);
}

/** Whether `side` may move a referral from `from` to `to` (pure; the service answers INVALID_TRANSITION). */
export function checkReferralTransition(from: ReferralStatus, to: ReferralStatus, side: ReferralSide): TransitionCheck {
  const allowed = allowedMoves(from, side);
  return allowed.includes(to) ? { ok: true } : { ok: false, allowed };
}

/** The UTC calendar day of an instant, as `YYYY-MM-DD`. */
export const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/**
 * A referral is overdue when it is still pending after its due day has ended (UTC): a referral due
 * today is not yet overdue. Accepted, declined, revoked and completed referrals never are.
 */
export function isOverdue(referral: { status: ReferralStatus; dueOn: string }, now: Date): boolean {
  return referral.status === 'pending' && referral.dueOn < utcDay(now);
}
