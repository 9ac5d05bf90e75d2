import { describe, expect, it } from 'vitest';
import { referralStatus } from '#contracts/codes/protection';
import type { ReferralSide, ReferralStatus } from '#contracts/protection';
import { allowedMoves, checkReferralTransition, isOverdue } from './referral-workflow';

/** Written out independently of `referralWorkflow`: every move that must be allowed, and by whom. */
const allowed: [ReferralStatus, ReferralStatus, ReferralSide][] = [
  ['pending', 'accepted', 'receiver'],
  ['pending', 'declined', 'receiver'],
  ['pending', 'revoked', 'sender'],
  ['accepted', 'revoked', 'sender'],
  ['accepted', 'completed', 'receiver'],
];
const sides: ReferralSide[] = ['sender', 'receiver'];
const everyMove = referralStatus.codes.flatMap((from) =>
  referralStatus.codes.flatMap((to) => sides.map((side) => [from, to, side] as [ReferralStatus, ReferralStatus, ReferralSide])),
);
const isAllowed = (from: string, to: string, side: string) =>
  allowed.some(([f, t, s]) => f === from && t === to && s === side);

describe('referral transitions', () => {
  it('checks all 50 combinations of from, to and side', () => {
    expect(everyMove).toHaveLength(50);
  });

  it.each(allowed)('allows %s → %s by the %s', (from, to, side) => {
    expect(checkReferralTransition(from, to, side)).toEqual({ ok: true });
  });

  it.each(everyMove.filter(([f, t, s]) => !isAllowed(f, t, s)))(
    'refuses %s → %s by the %s, naming the moves that side has',
    (from, to, side) => {
      const expectedAllowed = allowed.filter(([f, , s]) => f === from && s === side).map(([, t]) => t);
      expect(checkReferralTransition(from, to, side)).toEqual({ ok: false, allowed: expectedAllowed });
    },
  );

  it('leaves declined, revoked and completed referrals with no moves for either side', () => {
    for (const final of ['declined', 'revoked', 'completed'] as const)
      for (const side of sides) expect(allowedMoves(final, side)).toEqual([]);
  });
});

describe('overdue', () => {
  const at = (iso: string) => new Date(iso);

  it('is overdue only once the due day has ended (UTC)', () => {
    const r = { status: 'pending' as const, dueOn: '2026-03-10' };
    expect(isOverdue(r, at('2026-03-09T23:59:59Z'))).toBe(false);
    expect(isOverdue(r, at('2026-03-10T00:00:00Z'))).toBe(false);
    expect(isOverdue(r, at('2026-03-10T23:59:59.999Z'))).toBe(false);
    expect(isOverdue(r, at('2026-03-11T00:00:00Z'))).toBe(true);
  });

  it.each(['accepted', 'declined', 'revoked', 'completed'] as const)('never flags a %s referral', (status) => {
    expect(isOverdue({ status, dueOn: '2020-01-01' }, at('2026-03-11T00:00:00Z'))).toBe(false);
  });
});
