import type { Comparison } from './comparisons';

/*
 * Fellegi–Sunter without labels, as Splink does it: u (how often two different people agree at a
 * level) from random pairs, which are almost all non-matches; then m (how often the records of
 * one person agree at a level) and λ (the share of candidate pairs that match) by
 * expectation–maximisation over the candidate pairs, with u held fixed. EM runs over distinct
 * agreement patterns with their counts, not over pairs: millions of pairs share a few thousand.
 */

/** A small seeded generator (sfc32) for the random pairs: the same data always gives the same model. */
export function seededGenerator(seed: number): () => number {
  let a = seed | 0;
  let b = 0x9e3779b9;
  let c = 0x243f6a88;
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

/** Level shares per comparison among `samples` random pairs (across the files when linking), with every level given a little mass. */
export function estimateU(
  comparisons: readonly Comparison[],
  count: number,
  source: Uint8Array | null,
  samples: number,
  seed = 1,
): Float64Array[] {
  const random = seededGenerator(seed);
  const tallies = comparisons.map((c) => new Float64Array(c.levels.length));
  const pick = (side: number) => {
    for (;;) {
      const i = Math.floor(random() * count);
      if (!source || source[i] === side) return i;
    }
  };
  for (let s = 0; s < samples; s++) {
    const i = pick(0);
    let j = pick(1);
    while (j === i) j = pick(1);
    for (let c = 0; c < comparisons.length; c++) tallies[c]![comparisons[c]!.level(i, j)]!++;
  }
  return tallies.map((tally) => {
    let observed = 0;
    for (let l = 1; l < tally.length; l++) observed += tally[l]!;
    const u = new Float64Array(tally.length);
    // Half a pair of pseudo-count: a level never seen among random pairs is rare, not impossible.
    for (let l = 1; l < tally.length; l++) u[l] = (tally[l]! + 0.5) / (observed + 0.5 * (tally.length - 1));
    return u;
  });
}

/** Distinct agreement patterns (levels per comparison, 0 = ignored) with how many pairs show each. */
export interface Patterns {
  comparisons: number;
  levels: Uint8Array;
  counts: Float64Array;
}

export interface EmResult {
  lambda: number;
  m: Float64Array[];
  iterations: number;
}

/** Initial m: agreement is likely for a match, increasingly so at higher levels. */
function initialM(levelCounts: readonly number[]): Float64Array[] {
  return levelCounts.map((levels) => {
    const m = new Float64Array(levels);
    let total = 0;
    for (let l = 1; l < levels; l++) total += m[l] = 4 ** l;
    for (let l = 1; l < levels; l++) m[l]! /= total;
    return m;
  });
}

/** Per pattern, the natural log of P(levels | match) / P(levels | non-match). */
function logLikelihoodRatios(
  patterns: Patterns,
  m: readonly Float64Array[],
  u: readonly Float64Array[],
): Float64Array {
  const C = patterns.comparisons;
  const logRatio = m.map((values, c) =>
    values.map((v, l) => Math.log(Math.max(v, 1e-12)) - Math.log(Math.max(u[c]![l]!, 1e-12))),
  );
  const ratios = new Float64Array(patterns.counts.length);
  for (let p = 0; p < ratios.length; p++) {
    let weight = 0;
    for (let c = 0; c < C; c++) {
      const level = patterns.levels[p * C + c]!;
      if (level > 0) weight += logRatio[c]![level]!;
    }
    ratios[p] = weight;
  }
  return ratios;
}

/** Estimates λ and m by EM over the patterns with u fixed; stops when no m moves by more than 1e-6. */
export function expectationMaximisation(
  patterns: Patterns,
  levelCounts: readonly number[],
  u: readonly Float64Array[],
  maxIterations = 200,
): EmResult {
  const C = patterns.comparisons;
  const P = patterns.counts.length;
  let m = initialM(levelCounts);
  let lambda = 0.1;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const ratios = logLikelihoodRatios(patterns, m, u);
    const prior = Math.log(lambda) - Math.log(1 - lambda);
    const sums = levelCounts.map((levels) => new Float64Array(levels));
    let matched = 0;
    let total = 0;
    for (let p = 0; p < P; p++) {
      const posterior = 1 / (1 + Math.exp(-(prior + ratios[p]!)));
      const expected = posterior * patterns.counts[p]!;
      matched += expected;
      total += patterns.counts[p]!;
      for (let c = 0; c < C; c++) sums[c]![patterns.levels[p * C + c]!]! += expected;
    }
    let change = 0;
    const next = sums.map((tally, c) => {
      let observed = 0;
      for (let l = 1; l < tally.length; l++) observed += tally[l]!;
      const values = new Float64Array(tally.length);
      // One pair's worth of pseudo-count spread over the levels: a level no match showed in a small
      // file (a day/month swap) stays unlikely for matches instead of becoming impossible.
      for (let l = 1; l < tally.length; l++) {
        values[l] = observed > 0 ? (tally[l]! + 1 / (tally.length - 1)) / (observed + 1) : m[c]![l]!;
        change = Math.max(change, Math.abs(values[l]! - m[c]![l]!));
      }
      return values;
    });
    m = next;
    lambda = Math.min(Math.max(matched / total, 1e-9), 1 - 1e-9);
    if (change < 1e-6) break;
  }
  return { lambda, m, iterations };
}

/** λ among the candidate pairs with m and u fixed (training counted pairs once per rule, so its λ is not this one). */
export function matchShare(
  patterns: Patterns,
  m: readonly Float64Array[],
  u: readonly Float64Array[],
  iterations = 100,
): number {
  const P = patterns.counts.length;
  const ratio = logLikelihoodRatios(patterns, m, u);
  let total = 0;
  for (let p = 0; p < P; p++) total += patterns.counts[p]!;
  let lambda = 0.1;
  for (let i = 0; i < iterations; i++) {
    let matched = 0;
    const prior = Math.log(lambda) - Math.log(1 - lambda);
    for (let p = 0; p < P; p++) matched += patterns.counts[p]! / (1 + Math.exp(-(prior + ratio[p]!)));
    const next = Math.min(Math.max(matched / total, 1e-9), 1 - 1e-9);
    if (Math.abs(next - lambda) < 1e-9) return next;
    lambda = next;
  }
  return lambda;
}
