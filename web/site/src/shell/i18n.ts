// The public site's own, tiny i18n. The language is the user's choice and lives in the address
// (`?lang=en`), never in cookies or storage: the site stores nothing before the user acts, and a
// shared link opens in the language it was sent in. Bahasa Indonesia is the default and the source.

export const languages = ['id', 'en', 'ms'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'id';

/** The language names as their speakers write them (shown in the switch). */
export const languageNames: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English', ms: 'Bahasa Melayu' };

export function isLanguage(value: string | null | undefined): value is Language {
  return (languages as readonly string[]).includes(value ?? '');
}

/** The language asked for in a query string, or the default. */
export function languageOf(search: string): Language {
  const asked = new URLSearchParams(search).get('lang');
  return isLanguage(asked) ? asked : defaultLanguage;
}

/** A site address in a language (the default language adds nothing, so short links stay short). */
export function hrefIn(path: string, language: Language, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params);
  if (language !== defaultLanguage) query.set('lang', language);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A feature's messages: Indonesian is the source; English and Malay must have every key (the
 * types fail otherwise). Values are plain strings; `{name}` placeholders are filled by `format`.
 */
export function defineMessages<K extends string>(
  id: Record<K, string>,
  others: { en: Record<K, string>; ms: Record<K, string> },
): Record<Language, Record<K, string>> {
  return { id, en: others.en, ms: others.ms };
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
