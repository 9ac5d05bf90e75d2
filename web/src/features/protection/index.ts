export { ReferralsPage } from './referrals-page';
export { loadProtectionMessages } from './messages';
