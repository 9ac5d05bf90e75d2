import type { TFunction } from 'i18next';
import { registerMessageSection } from '../../lib/i18n';
import { loadLinkageMessages } from '../linkage';
import type { CaseMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    cases: CaseMessages;
  }
}

/**
 * Loads the case registry's messages (a section of their own, so they are not part of the first
 * page load) for the current language and any language chosen later.
 */
export async function loadCaseMessages(): Promise<void> {
  await Promise.all([
    registerMessageSection('cases', {
      id: () => import('./locales/id').then((m) => m.casesId),
      en: () => import('./locales/en').then((m) => m.casesEn),
      ms: () => import('./locales/ms').then((m) => m.casesMs),
    }),
    // Person suggestions appear in the case pages' person form.
    loadLinkageMessages(),
  ]);
}

/**
 * A message whose key is built from data (an action or a field name of the history); when there
 * is none, the fallback (usually the raw code) is shown rather than a key.
 */
export function messageOr(t: TFunction, key: string, fallback: string): string {
  const text = t(key as never, { defaultValue: '' });
  return typeof text === 'string' && text !== '' ? text : fallback;
}
