/*
 * Birth dates as agencies write them: 1990-05-17, 17/05/1990, 05/17/1990, 19900517, 17 Mei 1990,
 * 17 Ogos 1990, Excel serial days. Every date becomes the 8-character text `YYYYMMDD` so equality,
 * day/month swaps and single-digit typos are cheap to test. Impossible dates (month 13, from a
 * typo) keep their digits rather than being dropped: the digits still say something.
 */

/** The order of day, month and year in numeric dates. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

const monthNames: Record<string, number> = {};
const monthLists = [
  // Indonesian, Malay and English names and their usual abbreviations.
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb', 'pebruari', 'peb'],
  ['maret', 'mac', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'julai', 'july', 'jul'],
  ['agustus', 'ogos', 'august', 'agu', 'agt', 'aug', 'ogo'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'disember', 'december', 'des', 'dis', 'dec'],
];
monthLists.forEach((names, index) => names.forEach((name) => (monthNames[name] = index + 1)));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Two-digit years: 00–30 are this century, the rest the last (birth dates of living people). */
const fullYear = (year: number, digits: number) =>
  digits > 2 ? year : year <= 30 ? 2000 + year : 1900 + year;

/** The day/month/year order a `--date-format` pattern such as `DD/MM/YYYY` describes, or 'auto'. */
export function dateOrderOf(pattern: string): DateOrder | 'auto' {
  const upper = pattern.trim().toUpperCase();
  if (upper === 'AUTO' || upper === '') return 'auto';
  const y = upper.indexOf('Y');
  const m = upper.indexOf('M');
  const d = upper.indexOf('D');
  if (y < 0 || m < 0 || d < 0)
    throw new Error(`Unknown date format "${pattern}": use e.g. YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY or auto`);
  if (y < m && m < d) return 'ymd';
  if (d < m && m < y) return 'dmy';
  if (m < d && d < y) return 'mdy';
  throw new Error(`Unsupported date format "${pattern}": the year must come first or last`);
}

function fromExcelSerial(serial: number): string {
  // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** One date as `YYYYMMDD`, or '' when it cannot be read. */
export function parseDate(raw: string, order: DateOrder): string {
  const value = raw.trim().toLowerCase();
  if (value === '') return '';
  if (/^\d{8}$/.test(value)) {
    if (order === 'ymd') return value;
    return order === 'dmy'
      ? `${value.slice(4)}${value.slice(2, 4)}${value.slice(0, 2)}`
      : `${value.slice(4)}${value.slice(0, 2)}${value.slice(2, 4)}`;
  }
  if (/^\d{5}(\.\d+)?$/.test(value)) return fromExcelSerial(Math.floor(Number(value)));
  const parts = value.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (parts.length < 3) return '';
  const named = parts.findIndex((part) => monthNames[part] !== undefined);
  if (named >= 0) {
    const numbers = parts.filter((_, i) => i !== named).map(Number);
    if (numbers.length < 2 || numbers.some(Number.isNaN)) return '';
    const yearFirst = String(parts[named === 0 ? 1 : 0]).length === 4 && named !== 0;
    const [year, day] = yearFirst ? [numbers[0]!, numbers[1]!] : [numbers[numbers.length - 1]!, numbers[0]!];
    const yearDigits = String(yearFirst ? parts[0] : parts[parts.length - 1]).length;
    return `${fullYear(year, yearDigits)}${pad(monthNames[parts[named]!]!)}${pad(day)}`;
  }
  if (!parts.slice(0, 3).every((part) => /^\d+$/.test(part))) return '';
  const [a, b, c] = parts as [string, string, string];
  const effective: DateOrder = a.length === 4 ? 'ymd' : order === 'ymd' ? 'dmy' : order;
  const [year, month, day] = effective === 'ymd' ? [a, b, c] : effective === 'dmy' ? [c, b, a] : [c, a, b];
  return `${fullYear(Number(year), year.length)}${pad(Number(month))}${pad(Number(day))}`;
}

/**
 * The order numeric dates in a column use, guessed from the values: year first when the first
 * part has four digits; month first only when some second part exceeds 12 and no first part does;
 * day first otherwise (the Indonesian and Malaysian habit).
 */
export function detectDateOrder(values: readonly string[]): DateOrder {
  let yearFirst = 0;
  let dayFirstEvidence = 0;
  let monthFirstEvidence = 0;
  let eightDigitYearFirst = 0;
  for (const raw of values) {
    const value = raw.trim();
    if (/^\d{8}$/.test(value)) {
      const year = Number(value.slice(0, 4));
      if (year >= 1850 && year <= 2100) eightDigitYearFirst++;
      else dayFirstEvidence++;
      continue;
    }
    const parts = value.split(/\D+/).filter(Boolean);
    if (parts.length < 3) continue;
    if (parts[0]!.length === 4) yearFirst++;
    else if (Number(parts[0]) > 12) dayFirstEvidence++;
    else if (Number(parts[1]) > 12) monthFirstEvidence++;
  }
  if (eightDigitYearFirst + yearFirst > dayFirstEvidence + monthFirstEvidence) return 'ymd';
  return monthFirstEvidence > 0 && dayFirstEvidence === 0 ? 'mdy' : 'dmy';
}
