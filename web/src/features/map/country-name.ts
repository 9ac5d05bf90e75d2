import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A country's name in the interface language, from its ISO 3166 code (the browser knows them all). */
export function useCountryName() {
  const { i18n } = useTranslation();
  return useCallback(
    (code: string) => {
      try {
        return new Intl.DisplayNames([i18n.language], { type: 'region' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
    [i18n.language],
  );
}
