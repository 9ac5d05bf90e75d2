import { describe, expect, it } from 'vitest';
import { kAnonymous, kAnonymousGroups, publicCell, suppressAdditive, suppressCell } from './suppression';

describe('small-cell suppression', () => {
  it('withholds counts from 1 to minimum − 1, never zero', () => {
    expect(suppressCell(0, 3)).toEqual({ count: 0, suppressed: false });
    expect(suppressCell(1, 3)).toEqual({ count: null, suppressed: true });
    expect(suppressCell(2, 3)).toEqual({ count: null, suppressed: true });
    expect(suppressCell(3, 3)).toEqual({ count: 3, suppressed: false });
  });

  it('withholds the complement that would give a single withheld cell away', () => {
    // 5 + 4 + 1 = 10 published: 1 withheld alone would be 10 − 5 − 4, so 4 (next smallest) goes too.
    expect(suppressAdditive([{ n: 5 }, { n: 4 }, { n: 1 }], 3, false).map((c) => c.count)).toEqual([5, null, null]);
    // Two small cells already hide each other.
    expect(suppressAdditive([{ n: 7 }, { n: 2 }, { n: 1 }], 3, false).map((c) => c.count)).toEqual([7, null, null]);
    // Nothing small: nothing withheld.
    expect(suppressAdditive([{ n: 7 }, { n: 3 }, { n: 0 }], 3, false).map((c) => c.count)).toEqual([7, 3, 0]);
    // The total withheld: every non-zero cell is.
    expect(suppressAdditive([{ n: 2 }, { n: 0 }], 3, true).map((c) => c.count)).toEqual([null, 0]);
  });

  it('rounds public counts down to the step and withholds those below the minimum', () => {
    expect(publicCell(0, 10, 5)).toEqual({ count: 0, suppressed: false });
    expect(publicCell(9, 10, 5)).toEqual({ count: null, suppressed: true });
    expect(publicCell(10, 10, 5)).toEqual({ count: 10, suppressed: false });
    expect(publicCell(14, 10, 5)).toEqual({ count: 10, suppressed: false });
    expect(publicCell(15, 10, 5)).toEqual({ count: 15, suppressed: false });
    expect(publicCell(2603, 10, 5)).toEqual({ count: 2600, suppressed: false });
  });
});

describe('k-anonymity over quasi-identifiers', () => {
  const r = (year: number, sex: string, age: string, kab: string, extra = '') => ({ year, sex, age, kab, extra });
  // Three records share A, two share C, one is alone in B; `extra` is not a quasi-identifier.
  const records = [
    r(2024, 'female', '18-24', '21.71', 'x'),
    r(2024, 'female', '18-24', '21.71', 'y'),
    r(2024, 'female', '18-24', '21.71', 'z'),
    r(2024, 'male', '25-34', '21.71'),
    r(2025, 'female', '18-24', '21.71'),
    r(2025, 'female', '18-24', '21.71'),
  ];
  const qi = ['year', 'sex', 'age', 'kab'] as const;

  it('keeps only records whose combination is shared by at least k', () => {
    const k2 = kAnonymous(records, [...qi], 2);
    expect(k2.kept).toHaveLength(5);
    expect(k2.withheld).toBe(1);
    expect(k2.kept.some((x) => x.sex === 'male')).toBe(false);
    const k3 = kAnonymous(records, [...qi], 3);
    expect(k3.kept.map((x) => x.extra)).toEqual(['x', 'y', 'z']);
    expect(k3.withheld).toBe(3);
    // Every kept record has at least k − 1 others with the same quasi-identifiers.
    for (const x of k3.kept) expect(k3.kept.filter((y) => qi.every((q) => y[q] === x[q])).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the same answer on records grouped beforehand', () => {
    const groups = [
      { key: 'A', n: 3 },
      { key: 'B', n: 1 },
      { key: 'C', n: 2 },
    ];
    expect(kAnonymousGroups(groups, 2)).toEqual({ kept: [groups[0], groups[2]], withheld: 1 });
    expect(kAnonymousGroups(groups, 3)).toEqual({ kept: [groups[0]], withheld: 3 });
    expect(kAnonymousGroups(groups, 4)).toEqual({ kept: [], withheld: 6 });
  });
});
