import { z } from 'zod';
import type { LocalizedText } from '../common';

/** One value of a code list: a stable code, its label in each interface language, and its HTCDS value. */
export interface CodeEntry<C extends string = string> {
  code: C;
  label: LocalizedText;
  /** The HTCDS 2.0 value this code exports as, when HTCDS has one. */
  htcds?: string;
}

/** A closed list of codes with labels; `schema` validates a code, `entries` feeds pickers and exports. */
export interface CodeList<C extends string> {
  codes: readonly C[];
  entries: readonly CodeEntry<C>[];
  schema: z.ZodEnum<{ [K in C]: K }>;
  label(code: C, locale: keyof LocalizedText): string;
  htcds(code: C): string | undefined;
}

export function codeList<const C extends string>(entries: readonly CodeEntry<C>[]): CodeList<C> {
  const codes = entries.map((e) => e.code);
  const byCode = new Map(entries.map((e) => [e.code, e]));
  return {
    codes,
    entries,
    schema: z.enum(codes as [C, ...C[]]),
    label: (code, locale) => byCode.get(code)?.label[locale] ?? code,
    htcds: (code) => byCode.get(code)?.htcds,
  };
}

/** Shorthand for an entry: code, Indonesian, English, Malay, optional HTCDS value. */
export const e = <C extends string>(code: C, id: string, en: string, ms: string, htcds?: string): CodeEntry<C> => ({
  code,
  label: { id, en, ms },
  ...(htcds ? { htcds } : {}),
});
