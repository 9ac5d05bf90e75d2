import { describe, expect, it } from 'vitest';
import { ValueDictionary } from './dictionary';
import { encodeColumn, type LinkageColumn } from './encode';
import { buildComparisons } from './comparisons';
import { blockingRulesFor, candidatePairs } from './blocking';
import { clusterPairs } from './cluster';
import { boundedEditDistance, jaroWinkler } from './similarity';
import { linkRecords } from './link';
import { fillFromNik } from './nik-facts';

const text = (...values: string[]) => {
  const joined = values.join('');
  return Uint16Array.from(joined, (ch) => ch.charCodeAt(0));
};
const jw = (a: string, b: string) => jaroWinkler(text(a, b), 0, a.length, a.length, a.length + b.length);
const edits = (a: string, b: string, limit = 3) =>
  boundedEditDistance(text(a, b), 0, a.length, a.length, a.length + b.length, limit);

describe('string similarity', () => {
  it('computes Jaro–Winkler as published (Winkler 1990 examples)', () => {
    expect(jw('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jw('dwayne', 'duane')).toBeCloseTo(0.84, 3);
    expect(jw('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jw('abc', 'xyz')).toBe(0);
  });

  it('counts edits with neighbour swaps as one, and stops at the limit', () => {
    expect(edits('3171012345678901', '3171012345678901')).toBe(0);
    expect(edits('3171012345678901', '3171012345678902')).toBe(1);
    expect(edits('3171012345678901', '3171012345679801')).toBe(1);
    expect(edits('12345', '54321', 2)).toBe(3);
  });
});

/** Comparison levels for record 0 against each later record of the given columns. */
function levelsAgainstFirst(columns: LinkageColumn[]): number[][] {
  const dictionary = new ValueDictionary();
  const fields = columns.map((column) => encodeColumn(dictionary, column, 'auto'));
  dictionary.freeze();
  const comparisons = buildComparisons(dictionary, fields);
  return columns[0]!.values.slice(1).map((_, k) => comparisons.map((c) => c.level(0, k + 1)));
}

describe('comparison levels', () => {
  it('grades given and family names, counting a given/family swap as agreement', () => {
    const levels = levelsAgainstFirst([
      { role: 'given_name', name: 'given', values: ['Rizky', 'Rizki', 'Rizky', 'Budi', '', 'Santoso'] },
      {
        role: 'family_name',
        name: 'family',
        values: ['Santoso', 'Santoso', 'Santosa', 'Harahap', 'Santoso', 'Rizky'],
      },
    ]);
    expect(levels).toEqual([
      [3, 5], // Rizki: sounds alike (Jaro–Winkler 0.92)
      [5, 4],
      [1, 1],
      [0, 5], // a missing given name is no evidence
      [4, 4], // swapped parts
    ]);
  });

  it('grades full names by their words: order, dropped parts, single names', () => {
    const [reordered, dropped, single, typo, other] = levelsAgainstFirst([
      {
        role: 'full_name',
        name: 'name',
        values: [
          'H. Muhammad Rizki Santoso',
          'Santoso Muhamad Rizki',
          'M. Rizki Santoso Putra',
          'Rizki',
          'Muhammad Riski Santosa',
          'Siti Aminah',
        ],
      },
    ]);
    expect(reordered).toEqual([6]);
    expect(dropped).toEqual([5]);
    expect(single).toEqual([3]);
    expect(typo).toEqual([4]);
    expect(other).toEqual([1]);
  });

  it('grades full names tolerant of misspelled patronymics, run-together words, sound-alike words and a single fuzzy name', () => {
    const levelOf = (a: string, b: string) =>
      levelsAgainstFirst([{ role: 'full_name', name: 'name', values: [a, b] }])[0]![0];
    expect(levelOf('Hannim binty Azman', 'HANIM BINTI AZMAN')).toBe(4);
    expect(levelOf('Faizah Saputri', 'FAIZAHMSAPUTRI')).toBe(4);
    expect(levelOf('Rika', 'Soedjati Rikka')).toBe(3);
    expect(levelOf('Ony', 'Cici Oni')).toBe(3);
    expect(levelOf('Rika', 'Soedjati Wulan')).toBe(1);
  });

  it('weighs the words of a full name by their rarity: a shared Muhammad Nur alone is not a similar name', () => {
    // Unweighted, Muhammad Nur Rizal would be 0.94 alike (two words of three the same).
    const values = ['Muhammad Nur Rizki', 'Muhammad Nur Rizal', 'Muhammad Nur Rizky'];
    for (let i = 0; i < 40; i++) values.push(`Muhammad Nur ${['Hasan', 'Yusuf', 'Ilham', 'Arif'][i % 4]}`);
    const [rizal, rizky] = levelsAgainstFirst([{ role: 'full_name', name: 'name', values }]);
    expect(rizal).toEqual([2]);
    expect(rizky).toEqual([4]);
  });

  it('grades birth dates: exact, day/month swap, one digit in the day or elsewhere, different', () => {
    const levels = levelsAgainstFirst([
      {
        role: 'birth_date',
        name: 'dob',
        values: [
          '1990-05-07',
          '07/05/1990',
          '1990-07-05',
          '1990-05-08',
          '1980-05-07',
          '1990-06-07',
          '1975-11-30',
          '',
        ],
      },
    ]);
    expect(levels).toEqual([[6], [5], [4], [3], [3], [1], [0]]);
  });

  it('grades NIKs by wrong digits', () => {
    const levels = levelsAgainstFirst([
      {
        role: 'nik',
        name: 'nik',
        values: [
          '2171015708900001',
          '2171 0157 0890 0001',
          '2171015708900002',
          '2171015708900022',
          '3201010101010101',
        ],
      },
    ]);
    expect(levels).toEqual([[4], [3], [2], [1]]);
  });
});

describe('blocking', () => {
  it('produces each candidate pair once from the union of the rules, and joins swapped names', () => {
    const given = ['Budi', 'Budi', 'Santoso', 'Siti', 'Budi', 'Ani'];
    const family = ['Santoso', 'Santoso', 'Budi', 'Aminah', 'Santoso', 'Lestari'];
    const dates = ['1990-01-01', '1990-01-01', '1990-01-01', '1990-01-01', '1985-03-03', '1970-01-01'];
    const dictionary = new ValueDictionary();
    const fields = [
      encodeColumn(dictionary, { role: 'given_name', name: 'g', values: given }, 'auto'),
      encodeColumn(dictionary, { role: 'family_name', name: 'f', values: family }, 'auto'),
      encodeColumn(dictionary, { role: 'birth_date', name: 'd', values: dates }, 'auto'),
    ];
    const rules = blockingRulesFor(fields, given.length, dictionary);
    const pairs = candidatePairs(rules, given.length, null, { maxBlockSize: 100, allPairsLimit: 0 });
    const seen = [...pairs.left].map((l, k) => `${l}-${pairs.right[k]}`);
    expect(new Set(seen).size).toBe(seen.length);
    // Names join 0,1,2,4 (2 is swapped), the birth date and a name 0,1,2 again; Siti shares only a birth date.
    expect(seen.sort()).toEqual(['0-1', '0-2', '0-4', '1-2', '1-4', '2-4']);
    expect(pairs.perRule.map((r) => r.pairs)).toEqual([6, 0, 0]);
  });

  it('leaves the pairs of a block too large to the later rules', () => {
    const dictionary = new ValueDictionary();
    const fields = [
      encodeColumn(
        dictionary,
        { role: 'full_name', name: 'n', values: ['Siti', 'Siti', 'Siti', 'Siti'] },
        'auto',
      ),
      encodeColumn(
        dictionary,
        { role: 'birth_date', name: 'd', values: ['1990-01-01', '1990-01-01', '1991-02-02', '1992-03-03'] },
        'auto',
      ),
    ];
    const pairs = candidatePairs(blockingRulesFor(fields, 4, dictionary), 4, null, {
      maxBlockSize: 3,
      allPairsLimit: 0,
    });
    expect(pairs.perRule[0]).toEqual({ name: 'name sounds', pairs: 0, skippedBlocks: 1 });
    expect([...pairs.left].map((l, k) => `${l}-${pairs.right[k]}`)).toEqual(['0-1']);
  });

  it('links two files only across them, left from the first', () => {
    const dictionary = new ValueDictionary();
    const fields = [
      encodeColumn(
        dictionary,
        { role: 'full_name', name: 'n', values: ['Budi Santoso', 'Budi Santoso', 'Budi Santoso'] },
        'auto',
      ),
    ];
    const pairs = candidatePairs(blockingRulesFor(fields, 3, dictionary), 3, Uint8Array.from([0, 1, 0]), {
      maxBlockSize: 100,
      allPairsLimit: 0,
    });
    expect([...pairs.left]).toEqual([0, 2]);
    expect([...pairs.right]).toEqual([1, 1]);
  });
});

describe('clustering', () => {
  const left = Int32Array.from([0, 1, 0, 3]);
  const right = Int32Array.from([1, 2, 2, 4]);

  it('does not chain two people through a record that resembles both', () => {
    // 0–1 and 1–2 are likely, but 0 and 2 were compared and are clearly different people.
    const { clusters, refusedMerges } = clusterPairs(
      5,
      left,
      right,
      Float64Array.from([0.95, 0.9, 0.001, 0.8]),
      { threshold: 0.5 },
    );
    expect([...clusters]).toEqual([0, 0, 2, 3, 3]);
    expect(refusedMerges).toBe(1);
  });

  it('weighs every compared pair across two clusters, not one link alone', () => {
    // 1–3 and 2–4 are two people; record 0 resembles both. Against 0–1 (0.9) stand four pairs of
    // the two people scored unlikely (0.02–0.05), none clear enough on its own to veto the merge.
    const { clusters, refusedMerges } = clusterPairs(
      5,
      Int32Array.from([1, 2, 0, 0, 1, 3, 1, 2]),
      Int32Array.from([3, 4, 2, 1, 2, 4, 4, 3]),
      Float64Array.from([0.99, 0.99, 0.95, 0.9, 0.05, 0.02, 0.03, 0.04]),
      { threshold: 0.5 },
    );
    expect([...clusters]).toEqual([0, 1, 0, 1, 0]);
    expect(refusedMerges).toBe(1);
  });

  it('joins the chain when nothing speaks against it', () => {
    const { clusters } = clusterPairs(5, left, right, Float64Array.from([0.95, 0.9, 0.3, 0.4]), {
      threshold: 0.5,
    });
    expect([...clusters]).toEqual([0, 0, 0, 3, 4]);
  });
});

describe('linkRecords', () => {
  it('finds the same people spelled differently and keeps different people apart', () => {
    const people = [
      ['Muhammad Rizki Santoso', '1990-05-17', 'L', '2171011705900001'],
      ['M. Rizky Santoso', '17/05/1990', 'laki-laki', '2171011705900001'],
      ['Siti Aminah', '1988-02-03', 'P', '2171014302880002'],
      ['Hj. Siti Aminah', '1988-03-02', 'perempuan', ''],
      ['Siti Rahayu', '1991-07-09', 'P', '2171014907910003'],
      ['Ahmad bin Ismail', '1979-12-01', 'L', ''],
      ['Achmad Ismail', '1979-12-01', 'L', '2171010112790004'],
      ['Budi Hartono', '1965-04-04', 'L', '3201010404650005'],
    ];
    // Enough unrelated people for u to be estimated from random pairs.
    for (let i = 0; i < 300; i++)
      people.push([
        `Orang${i} Lain${i % 17}`,
        `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
        i % 2 ? 'L' : 'P',
        String((i * 2_654_435_761) % 1e16).padStart(16, '1'),
      ]);
    const columns = (['full_name', 'birth_date', 'sex', 'nik'] as const).map((role, c) => ({
      role,
      name: role,
      values: people.map((p) => p[c]!),
    }));
    const result = linkRecords({ count: people.length, source: null, columns }, { allPairsLimit: 0 });
    const probabilityOf = (a: number, b: number) =>
      result.probability[[...result.left].findIndex((l, k) => l === a && result.right[k] === b)] ?? 0;
    expect(probabilityOf(0, 1)).toBeGreaterThan(0.9);
    expect(probabilityOf(2, 3)).toBeGreaterThan(0.5);
    expect(probabilityOf(5, 6)).toBeGreaterThan(0.5);
    expect(probabilityOf(2, 4)).toBeLessThan(0.5);
    expect(result.clusters[1]).toBe(result.clusters[0]);
    expect(result.clusters[6]).toBe(result.clusters[5]);
    expect(result.clusters[4]).not.toBe(result.clusters[2]);
    expect(result.clusters[7]).toBe(7);

    // The evidence per field explains the probability exactly: prior + weights = log-odds.
    const k = [...result.left].findIndex((l, i) => l === 2 && result.right[i] === 3);
    const { priorWeight, fields } = result.explain(k);
    expect(fields.map((f) => [f.name, f.level])).toEqual([
      ['full_name', 'exact'], // "Hj." is a title: exact, with the term-frequency adjustment
      ['birth_date', 'day and month swapped'],
      ['sex', 'same'],
      ['nik', 'missing'],
    ]);
    expect(fields[3]!.weight).toBe(0);
    const logOdds = priorWeight + fields.reduce((sum, f) => sum + f.weight, 0);
    expect(1 / (1 + 2 ** -logOdds)).toBeCloseTo(result.probability[k]!, 6);
  });
});

describe('term frequencies on fuzzy name levels', () => {
  it('weighs a misspelled or partial match on a common name less than the same match on a rare name, never more than typical', () => {
    const syllables = [
      'ba',
      'di',
      'ko',
      'ru',
      'se',
      'ta',
      'ni',
      'wu',
      'ga',
      'le',
      'mo',
      'pi',
      'har',
      'sun',
      'tor',
    ];
    const word = (n: number) =>
      [n % 15, Math.floor(n / 15) % 15, Math.floor(n / 225) % 15].map((k) => syllables[k]).join('');
    const people = [
      ['Siti Aminah', '1990-05-17'],
      ['Siti Amminah', '1990-05-17'],
      ['Kinarsih Wulan', '1971-02-03'],
      ['Kinarsih Wullan', '1971-02-03'],
      ['Nur', '1985-08-09'],
      ['Nur Hidayah', '1985-08-09'],
      ['Kinanti', '1966-11-12'],
      ['Kinanti Hidayah', '1966-11-12'],
    ];
    for (let i = 0; i < 40; i++)
      people.push(
        ['Siti Aminah', `19${50 + i}-03-0${1 + (i % 9)}`],
        [`Nur ${word(i * 11 + 5)}`, `19${50 + i}-04-1${i % 10}`],
      );
    for (let i = 0; i < 300; i++)
      people.push([`${word(i)} ${word(i * 7 + 3)}`, `19${50 + (i % 40)}-0${1 + (i % 9)}-2${i % 9}`]);
    const columns = (['full_name', 'birth_date'] as const).map((role, c) => ({
      role,
      name: role,
      values: people.map((p) => p[c]!),
    }));
    const result = linkRecords({ count: people.length, source: null, columns }, { allPairsLimit: 0 });
    const nameEvidence = (a: number, b: number) => {
      const k = [...result.left].findIndex((l, i) => l === a && result.right[i] === b);
      return result.explain(k).fields[0]!;
    };
    const [siti, kinarsih, nur, kinanti] = [
      nameEvidence(0, 1),
      nameEvidence(2, 3),
      nameEvidence(4, 5),
      nameEvidence(6, 7),
    ];
    expect(siti.level).toBe(kinarsih.level);
    expect(siti.weight).toBeLessThan(kinarsih.weight - 2);
    expect(nur.level).toBe(kinanti.level);
    expect(nur.level).toMatch(/single name/);
    expect(nur.weight).toBeLessThan(kinanti.weight - 0.5);
    // Rare names get the level's own weight: a misspelling is no rarer than the name it misspells.
    const level = result.model.comparisons[0]!.levels.find((l) => l.label === kinarsih.level)!;
    expect(kinarsih.weight).toBeCloseTo(Math.log2(level.m / level.u), 6);
  });
});

describe('birth date and sex from the NIK', () => {
  it('fills a missing birth date and sex from a well-formed NIK, and leaves given values alone', () => {
    const dictionary = new ValueDictionary();
    const fields = [
      encodeColumn(
        dictionary,
        {
          role: 'nik',
          name: 'nik',
          values: ['2171015708900001', '2171011705900001', '2171015708900001', '12345'],
        },
        'auto',
      ),
      encodeColumn(
        dictionary,
        { role: 'birth_date', name: 'dob', values: ['', '', '1991-01-01', ''] },
        'auto',
      ),
      encodeColumn(dictionary, { role: 'sex', name: 'sex', values: ['', 'L', '', ''] }, 'auto'),
    ];
    expect(fillFromNik(dictionary, fields)).toBe(2);
    const value = (field: number, record: number) => dictionary.valueOf(fields[field]!.codes[record]!);
    expect([value(1, 0), value(2, 0)]).toEqual(['19900817', 'f']);
    expect([value(1, 1), value(2, 1)]).toEqual(['19900517', 'm']);
    expect([value(1, 2), value(2, 2)]).toEqual(['19910101', 'f']);
    expect([value(1, 3), value(2, 3)]).toEqual(['', '']);
  });
});
