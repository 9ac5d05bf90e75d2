import type { TFunction } from 'i18next';
import { agencyTypes } from '#contracts/agencies';

/** Countries named in the form; any other is typed as its ISO 3166-1 alpha-2 code. */
export const namedCountries = ['ID', 'MY', 'SG'] as const;
type NamedCountry = (typeof namedCountries)[number];

export function isNamedCountry(code: string): code is NamedCountry {
  return (namedCountries as readonly string[]).includes(code);
}

export function countryName(t: TFunction, code: string): string {
  return isNamedCountry(code) ? t(`countries.${code}`) : code;
}

export function agencyTypeOptions(t: TFunction) {
  return agencyTypes.map((type) => ({ value: type, label: t(`agencyTypes.${type}`) }));
}

export function countryOptions(t: TFunction) {
  return [
    ...namedCountries.map((code) => ({ value: code, label: t(`countries.${code}`) })),
    { value: 'other', label: t('countries.other') },
  ];
}
