import { registerMessageSection } from '../../lib/i18n';
import { loadMapMessages } from '../map';
import type { PatrolsMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    patrols: PatrolsMessages;
  }
}

/** Loads this section's messages, and the map's (the patrol area is drawn on it), when a patrol page is first opened. */
export async function loadPatrolsMessages(): Promise<void> {
  await Promise.all([
    registerMessageSection('patrols', {
      id: () => import('./locales/id').then((m) => m.patrolsId),
      en: () => import('./locales/en').then((m) => m.patrolsEn),
      ms: () => import('./locales/ms').then((m) => m.patrolsMs),
    }),
    loadMapMessages(),
  ]);
}
