import type { NikWarning } from '#contracts/cases';
import type { Random } from './random';
import type { Sex } from './person-names';

/*
 * NIK (16 digits): kecamatan code (6), birth date DDMMYY with 40 added to the day for women (6),
 * serial (4). A synthetic NIK is built from the person's origin kecamatan, birth date and sex, so
 * it passes the structure check; a few are made wrong on purpose, one problem each, to exercise
 * the warnings the registry shows for messy field data.
 */

/** The problem a flawed NIK carries: the warning the structure check must give for it. */
export type NikFlaw = NikWarning;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function encodedDate(birthDate: string, sex: Sex): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  return `${pad(sex === 'female' ? day + 40 : day)}${pad(month)}${pad(year % 100)}`;
}

/**
 * A NIK for someone registered in `kecamatanCode` (`PP.RR.DD`), born on `birthDate`, of `sex`.
 * With a flaw: `unknown-region` uses a kecamatan number the regency does not have (`isKnown` says
 * which exist); `invalid-birth-date` a month 13–19; `birth-date-mismatch` a birth year one or two
 * years off (the age falsification brokers use to make minors look adult); `sex-mismatch` the
 * other sex's day encoding.
 */
export function makeNik(
  rng: Random,
  person: { kecamatanCode: string; birthDate: string; sex: Sex },
  flaw: NikFlaw | null,
  isKnown: (kecamatanCode: string) => boolean,
): string {
  let region = person.kecamatanCode.replaceAll('.', '');
  let date = encodedDate(person.birthDate, person.sex);
  switch (flaw) {
    case null:
      break;
    case 'unknown-region': {
      const regency = person.kecamatanCode.slice(0, 5);
      let district = 99;
      while (district > 1 && isKnown(`${regency}.${pad(district)}`)) district -= 1;
      region = `${regency.replace('.', '')}${pad(district)}`;
      break;
    }
    case 'invalid-birth-date':
      date = `${date.slice(0, 2)}${rng.int(13, 19)}${date.slice(4)}`;
      break;
    case 'birth-date-mismatch': {
      const year = Number(person.birthDate.slice(0, 4)) - rng.int(1, 2);
      date = encodedDate(`${year}${person.birthDate.slice(4)}`.replace(/-02-29$/, '-02-28'), person.sex);
      break;
    }
    case 'sex-mismatch':
      date = encodedDate(person.birthDate, person.sex === 'female' ? 'male' : 'female');
      break;
  }
  return `${region}${date}${pad(rng.int(1, 9999), 4)}`;
}

/** An Indonesian passport number as printed (a letter and seven digits). */
export function indonesianPassport(rng: Random): string {
  return `${rng.pick(['B', 'C', 'E', 'X'])}${pad(rng.int(0, 9_999_999), 7)}`;
}

/** A Malaysian passport number (A or H and eight digits). */
export function malaysianPassport(rng: Random): string {
  return `${rng.pick(['A', 'H'])}${pad(rng.int(0, 99_999_999), 8)}`;
}
