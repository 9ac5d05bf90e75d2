import { useMemo } from 'react';
import { useCodes } from './code-labels';

/**
 * Countries offered in pickers: the border's three, the other ASEAN states, and the places
 * Indonesian and Malaysian trafficking cases most often lead to (a stored value outside the list
 * is still shown).
 */
export const commonCountries = [
  'ID',
  'MY',
  'SG',
  'BN',
  'TH',
  'PH',
  'VN',
  'KH',
  'LA',
  'MM',
  'TL',
  'CN',
  'HK',
  'TW',
  'KR',
  'JP',
  'SA',
  'AE',
  'QA',
  'KW',
  'OM',
  'JO',
  'TR',
  'AU',
] as const;

/** Country names in the interface language, from the browser's own data (no list to maintain). */
export function useCountryNames() {
  const { locale } = useCodes();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale === 'ms' ? 'ms-MY' : locale], { type: 'region' });
    const name = (code: string) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
    const options = (extra: readonly string[] = []) =>
      [...new Set([...commonCountries, ...extra.filter(Boolean)])]
        .map((code) => ({ value: code, label: name(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale));
    return { name, options };
  }, [locale]);
}
