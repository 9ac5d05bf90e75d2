import { registerMessageSection } from '../../lib/i18n';
import type { TaskforceMessages } from './locales/id';

declare module '../../lib/i18n' {
  interface FeatureMessages {
    taskforce: TaskforceMessages;
  }
}

/** Loads this section's messages when a task force page is first opened. */
export function loadTaskforceMessages(): Promise<void> {
  return registerMessageSection('taskforce', {
    id: () => import('./locales/id').then((m) => m.taskforceId),
    en: () => import('./locales/en').then((m) => m.taskforceEn),
    ms: () => import('./locales/ms').then((m) => m.taskforceMs),
  });
}
