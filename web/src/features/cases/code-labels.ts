import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeList } from '#contracts/codes/code-list';
import { currentLocale, isLocale } from '../../lib/i18n';

/**
 * Labels of the contracts' code lists in the interface language. The lists carry their own
 * trilingual labels (shared with exports), so they are never copied into the message files.
 */
export function useCodes() {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : currentLocale();
  const label = useCallback(
    <C extends string>(list: CodeList<C>, code: C): string => list.label(code, locale),
    [locale],
  );
  const options = useCallback(
    <C extends string>(list: CodeList<C>) =>
      list.entries.map((entry) => ({ value: entry.code, label: entry.label[locale] })),
    [locale],
  );
  /** Labels of several codes, in the list's order, joined for reading. */
  const labels = useCallback(
    <C extends string>(list: CodeList<C>, codes: readonly C[]): string =>
      list.codes
        .filter((code) => codes.includes(code))
        .map((code) => list.label(code, locale))
        .join(', '),
    [locale],
  );
  /** A label for a value read from stored data (history, saved filters): unknown codes show as they are. */
  const labelOf = useCallback(
    <C extends string>(list: CodeList<C>, value: string): string => {
      const code = asCode(list, value);
      return code ? list.label(code, locale) : value;
    },
    [locale],
  );
  /** A label inside a sentence ("Tambah korban"): its first letter in lower case. */
  const labelInText = useCallback(
    <C extends string>(list: CodeList<C>, code: C): string => {
      const text = list.label(code, locale);
      return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
    },
    [locale],
  );
  return { label, labelOf, labelInText, options, labels, locale };
}

/** Narrows a string from a form or the address to a code of the list, or undefined. */
export function asCode<C extends string>(list: CodeList<C>, value: string | null | undefined): C | undefined {
  return value && (list.codes as readonly string[]).includes(value) ? (value as C) : undefined;
}
