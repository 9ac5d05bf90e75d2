import { registerMessageSection } from '../../lib/i18n';
import type { DashboardsMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    dashboards: DashboardsMessages;
  }
}

/** Loads this section's messages when the dashboards page is first opened. */
export function loadDashboardsMessages(): Promise<void> {
  return registerMessageSection('dashboards', {
    id: () => import('./locales/id').then((m) => m.dashboardsId),
    en: () => import('./locales/en').then((m) => m.dashboardsEn),
    ms: () => import('./locales/ms').then((m) => m.dashboardsMs),
  });
}
