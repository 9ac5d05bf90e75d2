import type { ProtectionMessages } from './id';

export const protectionEn: ProtectionMessages = {
  title: 'Victim referrals',
  intro: 'Referrals of victims from and to your agency. Accept or decline incoming referrals; referrals past their due date are flagged.',
  boxLabel: 'Show',
  boxes: { 'to-me': 'Referred to me', 'by-me': 'Referred by me', pending: 'Pending', overdue: 'Overdue' },
  caption: 'Referrals',
  victim: 'Victim',
  openCase: 'Open case',
  reason: 'Reason',
  due: 'Due',
  status: 'Status',
  overdue: 'Overdue',
  actions: 'Actions',
  accept: 'Accept',
  decline: 'Decline',
  declineReason: 'Why the referral is declined',
  confirmDecline: 'Decline referral',
  cancel: 'Cancel',
  empty: 'No referrals.',
};
