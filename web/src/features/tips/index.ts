export { TipQueuePage } from './tip-queue-page';
export { TipDetailPage } from './tip-detail-page';
export { NewTipPage } from './new-tip-page';
export { CaseTipsCard } from './case-tips-card';
export { loadTipsMessages } from './messages';
