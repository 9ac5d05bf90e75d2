import { normalizeName } from '../people';

/*
 * Value normalisation per role. Names go through the people feature's search-key rules (titles,
 * degrees, Muhammad spellings, pre-1972 spellings, binti forms) so linkage and person search agree
 * on what "the same name" means; linkage then drops the bin/binti word itself, which carries no
 * identity (the father's name after it does).
 */

/**
 * Name tokens for linkage: the search key's words without `bin`/`binti`. Between two names, ibn and
 * a word one typing slip (a letter replaced, dropped, doubled or two swapped) from binti, or from
 * bin when it starts with b, y read as i (binty, inti, bni, bini, bintti), is the same patronymic
 * link misspelled and goes too: left in, it reads as a name part that the other record lacks.
 */
export function nameTokens(raw: string): string[] {
  const words = normalizeName(raw)
    .split(' ')
    .filter((word) => word !== '');
  return words.filter(
    (word, i) =>
      word !== 'bin' && word !== 'binti' && !(i > 0 && i < words.length - 1 && isPatronymicLink(word)),
  );
}

function isPatronymicLink(word: string): boolean {
  const spelled = word.replace(/y/g, 'i');
  return (
    spelled === 'ibn' ||
    (spelled[0] === 'b' && oneSlipApart(spelled, 'bin')) ||
    (spelled.length >= 4 && oneSlipApart(spelled, 'binti'))
  );
}

/** At most one letter replaced, dropped, added or two neighbours swapped (optimal string alignment ≤ 1). */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A phonetic key for Indonesian/Malay (and other Latin-script) names: spellings that sound alike
 * meet (Rizki/Rizky, Syamsul/Samsul, Fadhil/Fadil, Zulkifli/Dzulkifli, Hasanah/Hassanah). The first
 * letter's sound class is kept, later vowels and h are dropped, and repeated letters collapse.
 */
export function phoneticKey(word: string): string {
  const spelled = word
    .replace(/kh/g, 'h')
    .replace(/sy|sh/g, 's')
    .replace(/dh/g, 'd')
    .replace(/dz/g, 'z')
    .replace(/th/g, 't')
    .replace(/ph|v/g, 'f')
    .replace(/q|ck|c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/x/g, 'ks')
    .replace(/[^a-z0-9]/g, '');
  if (spelled === '') return '';
  let key = spelled[0]!;
  let previous = key;
  for (let i = 1; i < spelled.length; i++) {
    const ch = spelled[i]!;
    if (ch === previous) continue;
    previous = ch;
    if ('aeiouh'.includes(ch)) continue;
    key += ch;
  }
  return key;
}

/** An identifier as compared: letters and digits only, upper case (spaces, dots and dashes vary by clerk). */
export function normaliseIdentifier(raw: string): string {
  return raw.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/**
 * A phone number as compared: digits only, without the country code (62 Indonesia, 60 Malaysia,
 * 65 Singapore) or trunk 0, so +62 812… and 0812… meet.
 */
export function normalisePhone(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  const national = digits.replace(/^(?:00)?(?:62|60|65)(?=\d{8})/, '').replace(/^0+/, '');
  return national;
}

/** Sex as `m` or `f` from the codes and words agencies use (L/P, laki-laki/perempuan, lelaki, male/female); '' when unknown. */
export function normaliseSex(raw: string): string {
  const value = raw.trim().toLowerCase();
  if (/^(m|l|male|man|laki|laki-laki|lelaki|pria|1)$/.test(value)) return 'm';
  if (/^(f|p|w|female|woman|perempuan|wanita|2)$/.test(value)) return 'f';
  return '';
}

/** Free text (address, city, region, other): lower case, accents and punctuation gone, spaces collapsed. */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
