import { registerMessageSection } from '../../lib/i18n';
import type { TipsMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    tips: TipsMessages;
  }
}

/** Loads this section's messages when a tips page is first opened. */
export function loadTipsMessages(): Promise<void> {
  return registerMessageSection('tips', {
    id: () => import('./locales/id').then((m) => m.tipsId),
    en: () => import('./locales/en').then((m) => m.tipsEn),
    ms: () => import('./locales/ms').then((m) => m.tipsMs),
  });
}
