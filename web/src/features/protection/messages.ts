import { registerMessageSection } from '../../lib/i18n';
import type { ProtectionMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    protection: ProtectionMessages;
  }
}

/** Loads this section's messages when the page is first opened. */
export function loadProtectionMessages(): Promise<void> {
  return registerMessageSection('protection', {
    id: () => import('./locales/id').then((m) => m.protectionId),
    en: () => import('./locales/en').then((m) => m.protectionEn),
    ms: () => import('./locales/ms').then((m) => m.protectionMs),
  });
}
