import { registerMessageSection } from '../../lib/i18n';
import type { PublicInfoMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    publicInfo: PublicInfoMessages;
  }
}

/** Loads this section's messages when the page is first opened (administrators only need them). */
export function loadPublicInfoMessages(): Promise<void> {
  return registerMessageSection('publicInfo', {
    id: () => import('./locales/id').then((m) => m.publicInfoId),
    en: () => import('./locales/en').then((m) => m.publicInfoEn),
    ms: () => import('./locales/ms').then((m) => m.publicInfoMs),
  });
}
