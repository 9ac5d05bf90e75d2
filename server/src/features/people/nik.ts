import type { NikWarning } from '#contracts/cases';

/**
 * What a NIK (Nomor Induk Kependudukan, 16 digits) says about its holder:
 * - digits 1–6: the kecamatan of registration, `PP.RR.DD` in Kemendagri code;
 * - digits 7–12: birth date as DDMMYY, with 40 added to the day for women;
 * - digits 13–16: a serial number.
 * Field data is messy (typos, forged KTPs, clerical errors), so problems are warnings kept with
 * the record, never a refusal.
 */
export interface NikFacts {
  kecamatanCode: string;
  /** Null when digits 7–12 are not a real date. */
  birth: { day: number; month: number; yearOfCentury: number } | null;
  /** From the day digits (1–31 male, 41–71 female); null when they are neither. */
  sex: 'male' | 'female' | null;
}

function isRealDate(day: number, month: number, year: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads the parts of a 16-digit NIK (the contract has checked the length and the digits). */
export function readNik(nik: string): NikFacts {
  const two = (from: number) => Number(nik.slice(from, from + 2));
  const rawDay = two(6);
  const month = two(8);
  const yearOfCentury = two(10);
  const sex = rawDay >= 1 && rawDay <= 31 ? 'male' : rawDay >= 41 && rawDay <= 71 ? 'female' : null;
  const day = sex === 'female' ? rawDay - 40 : rawDay;
  // The century is not encoded: a date counts as real if it exists in the 1900s or the 2000s (29 Feb 00).
  const real =
    sex !== null &&
    (isRealDate(day, month, 1900 + yearOfCentury) || isRealDate(day, month, 2000 + yearOfCentury));
  return {
    kecamatanCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    birth: real ? { day, month, yearOfCentury } : null,
    sex,
  };
}

/** The person facts a NIK is compared with. `sex` uses the contract's gender codes. */
export interface NikHolder {
  sex: string;
  birthDate: string | null;
}

/**
 * Checks a NIK's structure against the region list and the holder's recorded sex and birth date.
 * `regionExists` answers whether a kecamatan code is known (the caller queries the regions table).
 */
export async function checkNik(
  nik: string,
  holder: NikHolder,
  regionExists: (code: string) => boolean | Promise<boolean>,
): Promise<NikWarning[]> {
  const facts = readNik(nik);
  const warnings: NikWarning[] = [];
  if (!(await regionExists(facts.kecamatanCode))) warnings.push('unknown-region');
  if (!facts.birth) {
    warnings.push('invalid-birth-date');
  } else if (holder.birthDate) {
    const [year, month, day] = holder.birthDate.split('-').map(Number) as [number, number, number];
    const { birth } = facts;
    if (birth.day !== day || birth.month !== month || birth.yearOfCentury !== year % 100)
      warnings.push('birth-date-mismatch');
  }
  // Only the two sexes a KTP records can contradict it; other gender codes are not compared.
  if (facts.sex && (holder.sex === 'male' || holder.sex === 'female') && facts.sex !== holder.sex)
    warnings.push('sex-mismatch');
  return warnings;
}
