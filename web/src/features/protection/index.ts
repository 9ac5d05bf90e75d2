export { ReferralsPage } from './referrals-page';
export { VictimProtectionPage } from './victim/victim-page';
export { loadProtectionMessages } from './messages';
export { ProvidersPage } from './providers-page';
