import { describe, expect, it } from 'vitest';
import { expectationMaximisation, matchShare, seededGenerator, type Patterns } from './model';

/** Draws `count` pairs from a known two-class model and tallies their agreement patterns. */
function simulate(count: number, lambda: number, m: number[][], u: number[][]): Patterns {
  const random = seededGenerator(7);
  const draw = (shares: number[]) => {
    let r = random();
    for (let l = 1; l < shares.length; l++) if ((r -= shares[l]!) < 0) return l;
    return shares.length - 1;
  };
  const tally = new Map<string, number>();
  for (let k = 0; k < count; k++) {
    const shares = random() < lambda ? m : u;
    const key = shares.map(draw).join('');
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const C = m.length;
  const levels = new Uint8Array(tally.size * C);
  const counts = new Float64Array(tally.size);
  [...tally].forEach(([key, n], p) => {
    for (let c = 0; c < C; c++) levels[p * C + c] = Number(key[c]);
    counts[p] = n;
  });
  return { comparisons: C, levels, counts };
}

describe('EM estimation of m and λ with u from random pairs', () => {
  // Level 0 (missing) has no mass; levels 1.. are different, close, exact.
  const m = [
    [0, 0.05, 0.15, 0.8],
    [0, 0.1, 0.2, 0.7],
    [0, 0.02, 0.08, 0.9],
    [0, 0.2, 0.8],
  ];
  const u = [
    [0, 0.9, 0.08, 0.02],
    [0, 0.85, 0.1, 0.05],
    [0, 0.97, 0.02, 0.01],
    [0, 0.5, 0.5],
  ];

  it('recovers the m values and the share of matches it was simulated from', () => {
    const patterns = simulate(200_000, 0.2, m, u);
    const result = expectationMaximisation(
      patterns,
      m.map((levels) => levels.length),
      u.map((v) => Float64Array.from(v)),
    );
    expect(result.lambda).toBeCloseTo(0.2, 2);
    m.forEach((levels, c) =>
      levels.forEach((value, l) => expect(Math.abs(result.m[c]![l]! - value)).toBeLessThan(0.02)),
    );
    expect(result.iterations).toBeGreaterThan(1);
  });

  it('estimates the share of matches among candidates with m and u fixed', () => {
    const patterns = simulate(100_000, 0.05, m, u);
    const lambda = matchShare(
      patterns,
      m.map((v) => Float64Array.from(v)),
      u.map((v) => Float64Array.from(v)),
    );
    expect(Math.abs(lambda - 0.05)).toBeLessThan(0.005);
  });
});
