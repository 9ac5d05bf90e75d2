/*
 * Cell values as agencies write them: dates in several forms (DD/MM/YYYY, `12 Januari 2024` in
 * Indonesian or Malay, Excel serial numbers), names in capitals, code values by their label.
 */

const months: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'pebruari', 'february', 'feb', 'peb']],
  [3, ['maret', 'mac', 'march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'jun', 'june']],
  [7, ['juli', 'julai', 'july', 'jul']],
  [8, ['agustus', 'ogos', 'august', 'agu', 'agt', 'ags', 'aug', 'ogo']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nopember', 'nov', 'nop']],
  [12, ['desember', 'disember', 'december', 'des', 'dis', 'dec']],
];
for (const [n, names] of monthNames) for (const name of names) months[name] = n;

const pad = (n: number) => String(n).padStart(2, '0');

function isoIfReal(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 31/02 and the like
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Excel's serial day number (1900 date system; day 60 is Excel's non-existent 29/02/1900). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 110_000) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return isoIfReal(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A date as agencies write it, as `YYYY-MM-DD`; null when it is not a real date in a known form.
 * Day first (Indonesian and Malaysian usage): `03/04/2024` is 3 April.
 */
export function parseAgencyDate(input: string): string | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(s);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoIfReal(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})$/.exec(s);
  if (m) {
    const month = months[m[2]!];
    return month ? isoIfReal(Number(m[3]), month, Number(m[1])) : null;
  }
  if (/^\d{2,6}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s));
  return null;
}

const lowerParticles = new Set(['bin', 'binti', 'bt', 'bte', 'b', 'al', 'van', 'de']);

/**
 * A name for display: names written all in capitals (`SITI AMINAH BINTI ABDULLAH`) become
 * `Siti Aminah binti Abdullah`; names already in mixed case are kept as written.
 */
export function displayName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed !== trimmed.toUpperCase() || trimmed === trimmed.toLowerCase()) return trimmed;
  return trimmed
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      i > 0 && lowerParticles.has(word.replace(/\.$/, ''))
        ? word
        : word.replace(/(^|[-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(' ');
}

/** Lower case, no accents or punctuation, single spaces: for matching headers and labels. */
export function looseKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const sexWords: Record<string, string> = {
  l: 'male', lk: 'male', m: 'male', pria: 'male', laki: 'male', 'laki laki': 'male', lelaki: 'male', male: 'male',
  p: 'female', pr: 'female', f: 'female', w: 'female', wanita: 'female', perempuan: 'female', female: 'female',
};
const roleWords: Record<string, string> = {
  korban: 'victim', mangsa: 'victim', victim: 'victim', v: 'victim',
  tersangka: 'suspect', pelaku: 'suspect', suspek: 'suspect', suspect: 'suspect', terdakwa: 'suspect',
  saksi: 'witness', witness: 'witness',
};

interface Labelled {
  codes: readonly string[];
  label: (code: never, locale: 'id' | 'en' | 'ms') => string;
}

/** Loose key → code of each code list, built once (a row looks codes up in a map, not through every label). */
const codeIndexes = new WeakMap<Labelled, Map<string, string>>();
function codeIndex(list: Labelled): Map<string, string> {
  let index = codeIndexes.get(list);
  if (!index) {
    index = new Map();
    const add = (key: string, code: string) => {
      if (key && !index!.has(key)) index!.set(key, code);
    };
    for (const code of list.codes) {
      add(looseKey(code), code);
      for (const locale of ['id', 'en', 'ms'] as const) {
        const label = list.label(code as never, locale);
        // The whole label, or its short form before a parenthesis or slash ("Patroli (laut/darat)").
        add(looseKey(label), code);
        add(looseKey(label.split(/[(/—]/)[0]!), code);
      }
    }
    codeIndexes.set(list, index);
  }
  return index;
}

/** A code of a code list from its code or its label in any of the three languages (or a known word). */
export function matchCode(list: Labelled, value: string, words: Record<string, string> = {}): string | null {
  const key = looseKey(value);
  if (!key) return null;
  if (Object.hasOwn(words, key)) return words[key]!;
  return codeIndex(list).get(key) ?? null;
}
export const matchSex = (list: Labelled, value: string) => matchCode(list, value, sexWords);
export const matchRole = (list: Labelled, value: string) => matchCode(list, value, roleWords);
