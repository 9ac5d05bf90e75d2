import { describe, expect, it } from 'vitest';
import {
  nameTokens,
  normaliseIdentifier,
  normalisePhone,
  normaliseSex,
  oneSlipApart,
  phoneticKey,
} from './normalise';
import { dateOrderOf, detectDateOrder, parseDate } from './dates';

describe('name normalisation for linkage', () => {
  it('unifies Muhammad spellings and abbreviations, old spellings, titles and degrees', () => {
    for (const written of [
      'Muhammad Sukarno',
      'Muhamad Soekarno',
      'Mohamad Sukarno',
      'Mochammad Soekarno',
      'M. Sukarno',
      'H. Moch. Soekarno, S.H.',
      'Drs. Muhammad Sukarno',
    ]) {
      expect(nameTokens(written)).toEqual(['muhammad', 'sukarno']);
    }
    expect(nameTokens('Djoko Tjahjono')).toEqual(['joko', 'cahjono']);
    expect(nameTokens('Achmad Chairul')).toEqual(['akhmad', 'khairul']);
    expect(nameTokens('Hj. Siti Aminah')).toEqual(['siti', 'aminah']);
    expect(nameTokens('Ir. Bambang')).toEqual(['bambang']);
  });

  it('drops bin/binti (and Bt.) but keeps the father’s name', () => {
    expect(nameTokens('Ahmad bin Ismail')).toEqual(['ahmad', 'ismail']);
    expect(nameTokens('Nurul Aina binti Hassan')).toEqual(['nurul', 'aina', 'hassan']);
    expect(nameTokens('Nurul Aina Bt. Hassan')).toEqual(['nurul', 'aina', 'hassan']);
  });

  it('drops bin/binti misspelled by one slip, and ibn, but only between two names', () => {
    for (const written of [
      'Hannim binty Azman',
      'Hannim bni Azman',
      'Hannim bintti Azman',
      'Hannim inti Azman',
      'Hannim ibn Azman',
      'Hannim bn Azman',
    ])
      expect(nameTokens(written)).toEqual(['hannim', 'azman']);
    expect(nameTokens('Bintang Putra')).toEqual(['bintang', 'putra']);
    expect(nameTokens('Ahmad Binty')).toEqual(['ahmad', 'binty']);
    expect(nameTokens('Rina Bunga Sari')).toEqual(['rina', 'bunga', 'sari']);
    expect(oneSlipApart('binti', 'bniti')).toBe(true);
    expect(oneSlipApart('binti', 'bintti')).toBe(true);
    expect(oneSlipApart('bin', 'bintang')).toBe(false);
  });

  it('gives spellings that sound alike the same phonetic key, and different names different keys', () => {
    const same = [
      ['rizki', 'rizky'],
      ['syamsul', 'samsul'],
      ['fadhil', 'fadil'],
      ['zulkifli', 'dzulkifli'],
      ['hasanah', 'hassanah'],
      ['khairul', 'hairul'],
    ];
    for (const [a, b] of same) expect(phoneticKey(a!)).toBe(phoneticKey(b!));
    expect(phoneticKey('budi')).not.toBe(phoneticKey('bayu'));
    expect(phoneticKey('siti')).not.toBe(phoneticKey('sari'));
  });
});

describe('identifiers, phones and sex', () => {
  it('compares identifiers without spaces, dots and dashes', () => {
    expect(normaliseIdentifier(' 3171.0123-4567 8901 ')).toBe('3171012345678901');
    expect(normaliseIdentifier('a 1234567')).toBe('A1234567');
  });

  it('drops the country code and trunk zero of phone numbers', () => {
    expect(normalisePhone('+62 812-3456-7890')).toBe('81234567890');
    expect(normalisePhone('0812 3456 7890')).toBe('81234567890');
    expect(normalisePhone('+60 12-345 6789')).toBe('123456789');
  });

  it('reads the sex codes agencies use', () => {
    expect(['L', 'laki-laki', 'Lelaki', 'M', 'male'].map(normaliseSex)).toEqual(['m', 'm', 'm', 'm', 'm']);
    expect(['P', 'Perempuan', 'wanita', 'F'].map(normaliseSex)).toEqual(['f', 'f', 'f', 'f']);
    expect(normaliseSex('?')).toBe('');
  });
});

describe('birth dates', () => {
  it('reads numeric dates in the given order, month names in Indonesian, Malay and English, and Excel serials', () => {
    expect(parseDate('1990-05-17', 'dmy')).toBe('19900517');
    expect(parseDate('17/05/1990', 'dmy')).toBe('19900517');
    expect(parseDate('05/17/1990', 'mdy')).toBe('19900517');
    expect(parseDate('19900517', 'ymd')).toBe('19900517');
    expect(parseDate('17051990', 'dmy')).toBe('19900517');
    expect(parseDate('12 Januari 2024', 'dmy')).toBe('20240112');
    expect(parseDate('3 Ogos 1985', 'dmy')).toBe('19850803');
    expect(parseDate('17-Mei-90', 'dmy')).toBe('19900517');
    expect(parseDate('32874', 'dmy')).toBe('19900101');
    expect(parseDate('unknown', 'dmy')).toBe('');
  });

  it('keeps the digits of an impossible date (a typo still carries information)', () => {
    expect(parseDate('19081309', 'ymd')).toBe('19081309');
  });

  it('detects the order of a column and reads --date-format patterns', () => {
    expect(detectDateOrder(['19900517', '20010203'])).toBe('ymd');
    expect(detectDateOrder(['17/05/1990', '03/02/2001'])).toBe('dmy');
    expect(detectDateOrder(['05/17/1990', '03/02/2001'])).toBe('mdy');
    expect(detectDateOrder(['03/02/2001'])).toBe('dmy');
    expect(dateOrderOf('DD/MM/YYYY')).toBe('dmy');
    expect(dateOrderOf('MM-DD-YYYY')).toBe('mdy');
    expect(dateOrderOf('YYYYMMDD')).toBe('ymd');
    expect(dateOrderOf('auto')).toBe('auto');
    expect(() => dateOrderOf('MM/YYYY/DD')).toThrow(/Unsupported date format/);
  });
});
