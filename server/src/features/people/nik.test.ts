import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNik, readNik } from './nik';

const known = new Set(['21.71.10', '52.03.01']);
const regionExists = (code: string) => known.has(code);

/** A NIK for the kecamatan `region` (digits only), born `day`/`month`/`yy`, female adds 40 to the day. */
function nik(
  region: string,
  day: number,
  month: number,
  yy: number,
  sex: 'male' | 'female',
  serial = '0001',
): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${region}${pad(sex === 'female' ? day + 40 : day)}${pad(month)}${pad(yy)}${serial}`;
}

describe('readNik', () => {
  it('reads region, birth date and sex', () => {
    expect(readNik('2171105708950001')).toEqual({
      kecamatanCode: '21.71.10',
      birth: { day: 17, month: 8, yearOfCentury: 95 },
      sex: 'female',
    });
    expect(readNik('5203011708950001')).toEqual({
      kecamatanCode: '52.03.01',
      birth: { day: 17, month: 8, yearOfCentury: 95 },
      sex: 'male',
    });
  });

  it('accepts 29 February of a year 00 (2000 was a leap year)', () => {
    expect(readNik(nik('217110', 29, 2, 0, 'male')).birth).toEqual({ day: 29, month: 2, yearOfCentury: 0 });
  });
});

describe('checkNik', () => {
  it('has no warning for a consistent NIK', async () => {
    expect(
      await checkNik(
        nik('217110', 17, 8, 95, 'female'),
        { sex: 'female', birthDate: '1995-08-17' },
        regionExists,
      ),
    ).toEqual([]);
    expect(
      await checkNik(nik('520301', 3, 12, 4, 'male'), { sex: 'male', birthDate: '2004-12-03' }, regionExists),
    ).toEqual([]);
  });

  it('warns about an unknown kecamatan', async () => {
    expect(
      await checkNik(nik('999999', 1, 1, 90, 'male'), { sex: 'unknown', birthDate: null }, regionExists),
    ).toEqual(['unknown-region']);
  });

  it.each([
    ['day 00', nik('217110', 0, 5, 90, 'male')],
    ['day 35 (neither a man’s nor a woman’s day)', '2171103505900001'],
    ['month 13', nik('217110', 10, 13, 90, 'male')],
    ['31 April', nik('217110', 31, 4, 90, 'female')],
    ['29 February 1999', nik('217110', 29, 2, 99, 'male')],
  ])('warns about an impossible birth date: %s', async (_, value) => {
    expect(await checkNik(value, { sex: 'unknown', birthDate: '1990-01-01' }, regionExists)).toEqual([
      'invalid-birth-date',
    ]);
  });

  it('warns when the birth date or sex disagrees with the record', async () => {
    const value = nik('217110', 17, 8, 95, 'female');
    expect(await checkNik(value, { sex: 'female', birthDate: '1995-08-18' }, regionExists)).toEqual([
      'birth-date-mismatch',
    ]);
    expect(await checkNik(value, { sex: 'female', birthDate: '1985-08-17' }, regionExists)).toEqual([
      'birth-date-mismatch',
    ]);
    expect(await checkNik(value, { sex: 'male', birthDate: '1995-08-17' }, regionExists)).toEqual([
      'sex-mismatch',
    ]);
    expect(await checkNik(value, { sex: 'male', birthDate: '1995-08-18' }, regionExists)).toEqual([
      'birth-date-mismatch',
      'sex-mismatch',
    ]);
  });

  it('does not compare sex for gender codes a KTP does not record', async () => {
    const value = nik('217110', 17, 8, 95, 'female');
    for (const sex of ['unknown', 'transgender_male', 'non_conforming']) {
      expect(await checkNik(value, { sex, birthDate: null }, regionExists)).toEqual([]);
    }
  });

  it('agrees with the birth date and sex it was built from (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date('1930-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        fc.constantFrom('male' as const, 'female' as const),
        async (date, sex) => {
          const birthDate = date.toISOString().slice(0, 10);
          const value = nik(
            '217110',
            date.getUTCDate(),
            date.getUTCMonth() + 1,
            date.getUTCFullYear() % 100,
            sex,
          );
          return (await checkNik(value, { sex, birthDate }, regionExists)).length === 0;
        },
      ),
    );
  });

  it('reports each problem at most once, and only known warnings (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^\d{16}$/),
        fc.constantFrom('male', 'female', 'unknown'),
        async (value, sex) => {
          const warnings = await checkNik(value, { sex, birthDate: '1990-06-15' }, regionExists);
          return (
            new Set(warnings).size === warnings.length &&
            warnings.every((w) =>
              ['unknown-region', 'invalid-birth-date', 'birth-date-mismatch', 'sex-mismatch'].includes(w),
            )
          );
        },
      ),
    );
  });
});
