import { registerMessageSection } from '../../lib/i18n';
import type { MapMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    map: MapMessages;
  }
}

/** Loads the risk map's messages (with the map and vulnerability pages). */
export function loadMapMessages(): Promise<void> {
  return registerMessageSection('map', {
    id: () => import('./locales/id').then((m) => m.mapId),
    en: () => import('./locales/en').then((m) => m.mapEn),
    ms: () => import('./locales/ms').then((m) => m.mapMs),
  });
}
