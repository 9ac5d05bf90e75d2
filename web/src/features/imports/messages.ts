import { registerMessageSection } from '../../lib/i18n';
import type { ImportsMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    imports: ImportsMessages;
  }
}

/** Loads this section's messages when an imports page is first opened. */
export function loadImportsMessages(): Promise<void> {
  return registerMessageSection('imports', {
    id: () => import('./locales/id').then((m) => m.importsId),
    en: () => import('./locales/en').then((m) => m.importsEn),
    ms: () => import('./locales/ms').then((m) => m.importsMs),
  });
}
