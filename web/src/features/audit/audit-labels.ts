import type { TFunction } from 'i18next';
import { id } from '../../locales/id';

type ActionKey = keyof typeof id.audit.actions;

/**
 * The translation key of an action the client has a label for. Keys cannot contain the key
 * separator, so `auth.login.success` is stored as `auth_login_success`.
 */
function keyOf(action: string): ActionKey | null {
  const key = action.replace(/\./g, '_');
  return key in id.audit.actions ? (key as ActionKey) : null;
}

/** A readable label for an action; an action added later shows its code until it gets one. */
export function actionLabel(t: TFunction, action: string): string {
  const key = keyOf(action);
  return key ? t(`audit.actions.${key}`) : action;
}

export const actionPrefixes = ['case.', 'auth.', 'user.', 'agency.', 'audit.', 'access.', 'system.'] as const;
export type ActionPrefix = (typeof actionPrefixes)[number];

export function prefixLabel(t: TFunction, prefix: ActionPrefix): string {
  return t(
    `audit.prefixes.${prefix.slice(0, -1) as 'case' | 'auth' | 'user' | 'agency' | 'audit' | 'access' | 'system'}`,
  );
}
