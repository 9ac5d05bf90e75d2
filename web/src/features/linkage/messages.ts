import { registerMessageSection } from '../../lib/i18n';
import type { LinkageMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    linkage: LinkageMessages;
  }
}

/** Loads the person-linkage messages (with the case pages, where suggestions appear). */
export function loadLinkageMessages(): Promise<void> {
  return registerMessageSection('linkage', {
    id: () => import('./locales/id').then((m) => m.linkageId),
    en: () => import('./locales/en').then((m) => m.linkageEn),
    ms: () => import('./locales/ms').then((m) => m.linkageMs),
  });
}
