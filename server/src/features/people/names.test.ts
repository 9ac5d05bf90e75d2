import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSearchKey, normalizeName } from './names';

/** Names as they reach Benteng: Latin letters with the odd accent, dots, commas, apostrophes. */
const nameText = fc.string({
  unit: fc.constantFrom(..."abcdehijkmnorstuyABDHJMSTéèüöáÁÑ .,'-/".split('')),
  maxLength: 40,
});
/** Words from the real vocabulary of the rules, so properties exercise titles, degrees and spellings. */
const vocabulary = [
  'H.',
  'Hj.',
  'Drs.',
  'Dr.',
  'Ir.',
  'S.H.',
  'S.Kom',
  'M.Si.',
  "Dato'",
  'Tan',
  'Sri',
  'Moch.',
  'M.',
  'Muhamad',
  'Soekarno',
  'Djoko',
  'Tjahjo',
  'Achmad',
  'Siti',
  'binti',
  'bin',
  'Bt',
  'Rizki',
  'Ahmad',
  'Haji',
  'Wahyu',
  'Nur',
  'Ma',
];
const realisticName = fc
  .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 })
  .map((w) => w.join(' '));
const anyName = fc.oneof(nameText, realisticName);

describe('normalizeName properties', () => {
  it('is idempotent: a key normalises to itself', () => {
    fc.assert(
      fc.property(anyName, (name) => normalizeName(normalizeName(name)) === normalizeName(name)),
      { numRuns: 2000 },
    );
  });

  it('gives only lower-case letters and digits separated by single spaces', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const key = normalizeName(name);
        return key === '' || /^[\p{Ll}\p{Lo}\p{N}ß]+( [\p{Ll}\p{Lo}\p{N}ß]+)*$/u.test(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores letter case and accents', () => {
    fc.assert(
      fc.property(realisticName, (name) => {
        const plain = name.normalize('NFKD').replace(/\p{M}/gu, '');
        return (
          normalizeName(name.toUpperCase()) === normalizeName(name) &&
          normalizeName(plain) === normalizeName(name)
        );
      }),
    );
  });

  it('never loses a name that has a letter in it', () => {
    fc.assert(
      fc.property(anyName, (name) => !/[a-z]/i.test(name) || normalizeName(name).length > 0),
      { numRuns: 2000 },
    );
  });

  it('does not depend on spacing or punctuation between words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Siti', 'Aminah', 'Wahyu', 'Rizki', 'Nur'), { minLength: 1, maxLength: 4 }),
        (parts) => normalizeName(parts.join('  ,  ')) === normalizeName(parts.join(' ')),
      ),
    );
  });

  it('removes any leading title from a name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'H.',
          'Hj.',
          'Drs.',
          'Dr.',
          'Ir.',
          'Prof.',
          "Dato'",
          'Datuk',
          'Tan Sri',
          'Puan Sri',
          'KH.',
        ),
        fc.constantFrom('Ahmad Yani', 'Siti Aminah', 'Budi'),
        (title, name) => normalizeName(`${title} ${name}`) === normalizeName(name),
      ),
    );
  });
});

describe('normalizeName examples', () => {
  it.each([
    ['Muhammad Rizki', 'muhammad rizki'],
    ['Muhamad Rizki', 'muhammad rizki'],
    ['Mohamad Rizki', 'muhammad rizki'],
    ['Mohammad Rizki', 'muhammad rizki'],
    ['Mochammad Rizki', 'muhammad rizki'],
    ['Moch. Rizki', 'muhammad rizki'],
    ['Moh. Rizki', 'muhammad rizki'],
    ['Mhd. Rizki', 'muhammad rizki'],
    ['M. Rizki', 'muhammad rizki'],
    ['M.Rizki', 'muhammad rizki'],
    ['Mohd Faizal bin Ismail', 'muhammad faizal bin ismail'],
    ['Md. Noor', 'muhammad noor'],
  ])('unifies Muhammad: %s', (name, key) => expect(normalizeName(name)).toBe(key));

  it.each([
    ['H. Ahmad Yani, S.H., M.H.', 'ahmad yani'],
    ['Hj. Siti Aminah, S.Pd.', 'siti aminah'],
    ['Drs. H. Bambang Sutrisno, M.Si', 'bambang sutrisno'],
    ['Dr. Ir. Joko Widodo', 'joko widodo'],
    ['Budi Santoso S.Kom', 'budi santoso'],
    ['Budi Santoso SH MH', 'budi santoso'],
    ['Rina Wati, A.Md.', 'rina wati'],
    ["Dato' Sri Ahmad Zahid", 'ahmad zahid'],
    ['Tan Sri Muhyiddin Yassin', 'muhyiddin yassin'],
    ['Tan Ah Kow', 'tan ah kow'],
    ['Sri Wahyuni', 'sri wahyuni'],
    ['Ahmad Haji Salleh', 'ahmad haji salleh'],
  ])('drops titles and degrees: %s', (name, key) => expect(normalizeName(name)).toBe(key));

  it.each([
    ['Soekarno', 'sukarno'],
    ['Djoko Tjahjono', 'joko cahjono'],
    ['Sjarifuddin', 'syarifuddin'],
    ['Chairul Tanjung', 'khairul tanjung'],
    ['Achmad Djunaedi', 'akhmad junaedi'],
    ['Hadji Oemar', 'umar'],
  ])('reads old spellings as today’s: %s', (name, key) => expect(normalizeName(name)).toBe(key));

  it('keeps single names, bin and binti, and unifies Bt/Bte', () => {
    expect(normalizeName('Sukarni')).toBe('sukarni');
    expect(normalizeName('Siti Nurhaliza binti Tarudin')).toBe('siti nurhaliza binti tarudin');
    expect(normalizeName('Siti Nurhaliza Bt. Tarudin')).toBe('siti nurhaliza binti tarudin');
    expect(normalizeName('Ahmad bin Abdullah')).toBe('ahmad bin abdullah');
  });

  it('removes accents and apostrophes', () => {
    expect(normalizeName('José Mário')).toBe('jose mario');
    expect(normalizeName("Ma'ruf Amin")).toBe('maruf amin');
  });

  it('keeps a name made only of a title rather than losing it', () => {
    expect(normalizeName('Haji')).toBe('haji');
    expect(normalizeName('')).toBe('');
  });

  it('makes the issue example meet: "Muhamad Rizki" and "Muhammad Rizky" differ only in the last letter', () => {
    expect(normalizeName('Muhamad Rizki')).toBe('muhammad rizki');
    expect(normalizeName('Muhammad Rizky')).toBe('muhammad rizky');
  });
});

describe('nameSearchKey', () => {
  it('joins the distinct keys of the full name and aliases', () => {
    expect(nameSearchKey('H. Moch. Soekarno', ['Muhammad Sukarno', 'Pak Karno'])).toBe(
      'muhammad sukarno | pak karno',
    );
    expect(nameSearchKey(null, ['Tekong Ali'])).toBe('tekong ali');
    expect(nameSearchKey(null, [])).toBe('');
  });

  it('contains the key of every name it was built from', () => {
    fc.assert(
      fc.property(
        fc.option(realisticName, { nil: null }),
        fc.array(realisticName, { maxLength: 4 }),
        (fullName, aliases) => {
          const parts = nameSearchKey(fullName, aliases).split(' | ');
          return [fullName ?? '', ...aliases].map(normalizeName).every((k) => k === '' || parts.includes(k));
        },
      ),
    );
  });
});
