import { readNik } from '../people';
import type { ValueDictionary } from './dictionary';
import type { EncodedField } from './encode';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A NIK carries its holder's birth date (DDMMYY, day + 40 for women) and sex. Where a record has a
 * well-formed NIK but no birth date or sex, they are read from it, so a record that lost its birth
 * date still disagrees with a namesake born on another day. The century is not in the NIK: 00–30
 * is taken as this one (people born 1931–2030). Call before the dictionary is frozen.
 */
export function fillFromNik(dictionary: ValueDictionary, fields: readonly EncodedField[]): number {
  const nik = fields.find((f) => f.role === 'nik');
  const date = fields.find((f) => f.role === 'birth_date');
  const sex = fields.find((f) => f.role === 'sex');
  if (!nik || (!date && !sex)) return 0;
  let filled = 0;
  nik.codes.forEach((code, i) => {
    const needsDate = date !== undefined && date.codes[i]! < 0;
    const needsSex = sex !== undefined && sex.codes[i]! < 0;
    if (code < 0 || (!needsDate && !needsSex)) return;
    const value = dictionary.valueOf(code);
    if (!/^\d{16}$/.test(value)) return;
    const facts = readNik(value);
    if (needsDate && facts.birth) {
      const { day, month, yearOfCentury } = facts.birth;
      const year = yearOfCentury <= 30 ? 2000 + yearOfCentury : 1900 + yearOfCentury;
      date.codes[i] = dictionary.codeOf(`${year}${pad(month)}${pad(day)}`);
      filled++;
    }
    if (needsSex && facts.sex) sex.codes[i] = dictionary.codeOf(facts.sex === 'male' ? 'm' : 'f');
  });
  return filled;
}
