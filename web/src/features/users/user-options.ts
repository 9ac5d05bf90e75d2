import type { TFunction } from 'i18next';
import { roles } from '#contracts/access';
import { locales, timeZones } from '#contracts/common';

export function roleOptions(t: TFunction) {
  return roles.map((role) => ({
    value: role,
    label: t(`roles.${role}`),
    description: t(`roleDescriptions.${role}`),
  }));
}

export function localeOptions(t: TFunction) {
  return locales.map((locale) => ({ value: locale, label: t(`language.options.${locale}`) }));
}

export function timeZoneOptions(t: TFunction) {
  return timeZones.map((zone) => ({ value: zone, label: t(`timeZones.${zone}`) }));
}
