import { ValueDictionary } from './dictionary';
import { encodeColumn, type LinkageColumn } from './encode';
import { buildComparisons, type Comparison } from './comparisons';
import {
  blockingRulesFor,
  candidatePairs,
  countOf,
  type BlockingRule,
  type CandidatePairs,
} from './blocking';
import { estimateU, expectationMaximisation, matchShare, type Patterns } from './model';
import { clusterPairs } from './cluster';
import { fillFromNik } from './nik-facts';
import type { DateOrder } from './dates';

export interface LinkageInput {
  /** Number of records. */
  count: number;
  /** Linking two files: 0 or 1 per record; null to de-duplicate one file. */
  source: Uint8Array | null;
  columns: LinkageColumn[];
}

export interface LinkageOptions {
  /** Probability at and above which two records are clustered as one person (default 0.5). */
  threshold?: number;
  dateFormat?: DateOrder | 'auto';
  maxBlockSize?: number;
  allPairsLimit?: number;
  /** Random pairs drawn to estimate u (default 300,000). */
  uSamples?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface FittedComparison {
  name: string;
  levels: { label: string; m: number; u: number }[];
}

export interface LinkageResult {
  /** Every scored candidate pair (record indexes) and its match probability. */
  left: Int32Array;
  right: Int32Array;
  probability: Float64Array;
  /** Cluster id per record (index of the cluster's first record). */
  clusters: Int32Array;
  /** λ: share of matches among the compared pairs; prior: chance that two random records match. */
  model: { lambda: number; prior: number; emIterations: number; comparisons: FittedComparison[] };
  blocking: CandidatePairs['perRule'];
  refusedMerges: number;
  /**
   * Why pair `k` scored as it did: per comparison, the level reached and its weight in bits
   * (log2 m/u, with the term-frequency adjustment on an exact agreement). The prior's weight and
   * these add up to the pair's log-odds.
   */
  explain(k: number): { priorWeight: number; fields: PairEvidence[] };
  seconds: Record<'encode' | 'block' | 'compare' | 'estimate' | 'score' | 'cluster', number>;
}

export interface PairEvidence {
  /** The column's name as given in the input. */
  name: string;
  level: string;
  weight: number;
}

const radix = 8; // every comparison has at most 8 levels

interface Compared {
  /** Per pair, the index of its pattern of levels (what scoring needs). */
  patternOf: Int32Array;
  patternLevels: number[];
  patternCounts: number[];
  /** What EM learns from: per blocking rule that joins a pair, its levels with the rule's own columns ignored. */
  training: Map<string, number>;
}

function levelsKey(levels: ArrayLike<number>, rule: readonly number[]): string {
  let key = '';
  for (let c = 0; c < levels.length; c++) key += rule.includes(c) ? '0' : String(levels[c]);
  return key;
}

/**
 * Levels of every candidate pair, stored as the index of its pattern. For training, a pair counts
 * once for every rule that joins it, with that rule's columns ignored, as Splink trains one
 * session per blocking rule: a column a rule forces to agree says nothing about m within it.
 */
function compareAll(
  comparisons: readonly Comparison[],
  pairs: CandidatePairs,
  rules: readonly BlockingRule[],
  onProgress?: LinkageOptions['onProgress'],
): Compared {
  const C = comparisons.length;
  const total = pairs.left.length;
  const patternOf = new Int32Array(total);
  const index = new Map<number, number>();
  const compared: Compared = { patternOf, patternLevels: [], patternCounts: [], training: new Map() };
  const perRule = rules.map(() => new Map<number, number>());
  const everyPair = new Map<number, number>();
  const levels = new Uint8Array(C);
  for (let k = 0; k < total; k++) {
    const i = pairs.left[k]!;
    const j = pairs.right[k]!;
    let key = 0;
    for (let c = 0, factor = 1; c < C; c++, factor *= radix) {
      const level = comparisons[c]!.level(i, j);
      levels[c] = level;
      key += level * factor;
    }
    let pattern = index.get(key);
    if (pattern === undefined) {
      pattern = compared.patternCounts.length;
      index.set(key, pattern);
      compared.patternLevels.push(...levels);
      compared.patternCounts.push(0);
    }
    compared.patternCounts[pattern]!++;
    patternOf[k] = pattern;
    if (pairs.rule[k] === 255) everyPair.set(pattern, (everyPair.get(pattern) ?? 0) + 1);
    for (let r = 0; r < rules.length && pairs.rule[k] !== 255; r++) {
      const ruleKey = rules[r]!.keys[i]!;
      if (ruleKey >= 0 && ruleKey === rules[r]!.keys[j])
        perRule[r]!.set(pattern, (perRule[r]!.get(pattern) ?? 0) + 1);
    }
    if (onProgress && (k + 1) % 1_000_000 === 0) onProgress('comparing', k + 1, total);
  }
  const addTraining = (counts: Map<number, number>, covers: readonly number[]) => {
    for (const [pattern, count] of counts) {
      const key = levelsKey(compared.patternLevels.slice(pattern * C, pattern * C + C), covers);
      compared.training.set(key, (compared.training.get(key) ?? 0) + count);
    }
  };
  addTraining(everyPair, []);
  perRule.forEach((counts, r) => addTraining(counts, rules[r]!.covers));
  return compared;
}

function trainingPatterns(compared: Compared, C: number): Patterns {
  const levels = new Uint8Array(compared.training.size * C);
  const counts = new Float64Array(compared.training.size);
  let p = 0;
  for (const [key, count] of compared.training) {
    for (let c = 0; c < C; c++) levels[p * C + c] = key.charCodeAt(c) - 48;
    counts[p++] = count;
  }
  return { comparisons: C, levels, counts };
}

/** The patterns of the candidate pairs themselves (for the share of matches among them). */
function candidatePatterns(compared: Compared, C: number): Patterns {
  return {
    comparisons: C,
    levels: Uint8Array.from(compared.patternLevels),
    counts: Float64Array.from(compared.patternCounts),
  };
}

/**
 * Per value code, how much its frequency moves the weight. `exact`: log2 of (u at the exact level ÷
 * the share of records with this value), so common values weigh less. `fuzzy`: log2 of (the chance
 * that two records share a value, Σ share², ÷ this value's share), for levels short of exact.
 */
interface FrequencyAdjustments {
  exact: Float32Array;
  fuzzy: Float32Array;
}

function termFrequencyAdjustments(
  comparison: Comparison,
  uExact: number,
  dictionarySize: number,
): FrequencyAdjustments | null {
  if (comparison.tfLevel < 0) return null;
  const counts = new Float64Array(dictionarySize);
  let present = 0;
  for (const code of comparison.field.codes) {
    if (code < 0) continue;
    counts[code]!++;
    present++;
  }
  let sameValue = 0;
  for (let code = 0; code < dictionarySize; code++) sameValue += (counts[code]! / present) ** 2;
  const exact = new Float32Array(dictionarySize);
  const fuzzy = new Float32Array(dictionarySize);
  for (let code = 0; code < dictionarySize; code++) {
    if (counts[code]! === 0) continue;
    const share = counts[code]! / present;
    exact[code] = Math.log2(uExact / share);
    fuzzy[code] = Math.log2(sameValue / share);
  }
  return { exact, fuzzy };
}

const now = () => performance.now() / 1000;

/** Finds the records of the same person: candidate pairs, unsupervised Fellegi–Sunter scores, clusters. */
export function linkRecords(input: LinkageInput, options: LinkageOptions = {}): LinkageResult {
  const { threshold = 0.5, onProgress } = options;
  const t0 = now();
  const dictionary = new ValueDictionary();
  const fields = input.columns.map((column) =>
    encodeColumn(dictionary, column, options.dateFormat ?? 'auto'),
  );
  fillFromNik(dictionary, fields);
  dictionary.freeze();
  const comparisons = buildComparisons(dictionary, fields);
  const t1 = now();
  const rules = blockingRulesFor(fields, input.count, dictionary);
  const pairs = candidatePairs(rules, input.count, input.source, {
    maxBlockSize: options.maxBlockSize ?? 100,
    allPairsLimit: options.allPairsLimit ?? 1_000_000,
  });
  onProgress?.('blocking', pairs.left.length, pairs.left.length);
  const t2 = now();
  const compared = compareAll(comparisons, pairs, rules, onProgress);
  const t3 = now();
  const C = comparisons.length;
  const u = estimateU(
    comparisons,
    input.count,
    input.source,
    Math.min(options.uSamples ?? 300_000, Math.max(10_000, input.count * 20)),
  );
  const trained = expectationMaximisation(
    trainingPatterns(compared, C),
    comparisons.map((c) => c.levels.length),
    u,
  );
  const lambda = matchShare(candidatePatterns(compared, C), trained.m, u);
  // The prior is the chance that two records drawn at random match (as u is measured on random
  // pairs), not the share among candidates: blocking already chose candidates for agreeing, and
  // counting that agreement again in the prior would make a shared common name look decisive.
  const possiblePairs = input.source
    ? countOf(input.source, 0) * countOf(input.source, 1)
    : (input.count * (input.count - 1)) / 2;
  const prior = Math.min((lambda * pairs.left.length) / Math.max(possiblePairs, 1), 0.5);
  const em = { ...trained, lambda: prior };
  const t4 = now();
  const adjustments = comparisons.map((c, ci) =>
    termFrequencyAdjustments(c, c.tfLevel >= 0 ? u[ci]![c.tfLevel]! : 0, dictionary.size),
  );
  const probability = score(comparisons, compared, pairs, u, em, adjustments);
  const t5 = now();
  const { clusters, refusedMerges } = clusterPairs(input.count, pairs.left, pairs.right, probability, {
    threshold,
  });
  const t6 = now();
  return {
    left: pairs.left,
    right: pairs.right,
    probability,
    clusters,
    model: {
      lambda,
      prior,
      emIterations: em.iterations,
      comparisons: comparisons.map((c, ci) => ({
        name: c.name,
        levels: c.levels.map((label, l) => ({ label, m: em.m[ci]![l]!, u: u[ci]![l]! })),
      })),
    },
    blocking: pairs.perRule,
    refusedMerges,
    explain: (k) => ({
      priorWeight: Math.log2(em.lambda / (1 - em.lambda)),
      fields: explainPair(comparisons, compared, pairs, k, u, em.m, adjustments),
    }),
    seconds: {
      encode: t1 - t0,
      block: t2 - t1,
      compare: t3 - t2,
      estimate: t4 - t3,
      score: t5 - t4,
      cluster: t6 - t5,
    },
  };
}

/** One pair's level and weight per comparison (the same arithmetic as `score`, kept per field). */
function explainPair(
  comparisons: readonly Comparison[],
  compared: Compared,
  pairs: CandidatePairs,
  k: number,
  u: readonly Float64Array[],
  m: readonly Float64Array[],
  adjustments: readonly (FrequencyAdjustments | null)[],
): PairEvidence[] {
  const C = comparisons.length;
  const p = compared.patternOf[k]!;
  return comparisons.map((comparison, c) => {
    const level = compared.patternLevels[p * C + c]!;
    let weight = level === 0 ? 0 : Math.log2(Math.max(m[c]![level]!, 1e-12) / u[c]![level]!);
    if (level !== 0)
      weight += frequencyAdjustment(comparison, adjustments[c]!, level, pairs.left[k]!, pairs.right[k]!);
    return { name: comparison.name, level: comparison.levels[level]!, weight };
  });
}

/**
 * The term-frequency adjustment of one comparison at `level` (0 where none applies): on exact
 * agreement, how rare the shared value is; on a fuzzy level that takes one, how much more common
 * than the typical value the more common of the two is, lowering the weight and never raising it
 * (two rare misspellings are not rarer evidence than the name they misspell).
 */
function frequencyAdjustment(
  comparison: Comparison,
  adjustments: FrequencyAdjustments | null,
  level: number,
  left: number,
  right: number,
): number {
  if (!adjustments) return 0;
  const codes = comparison.field.codes;
  if (level === comparison.tfLevel) return adjustments.exact[codes[left]!]!;
  if (!comparison.tfFuzzyLevels.includes(level)) return 0;
  const own = comparison.fuzzyAdjustment?.(level, left, right);
  if (own !== null && own !== undefined) return own;
  return Math.min(0, adjustments.fuzzy[codes[left]!]!, adjustments.fuzzy[codes[right]!]!);
}

/** Match probability per pair: prior odds × each level's m/u, with exact agreement on common values weighing less. */
function score(
  comparisons: readonly Comparison[],
  compared: Compared,
  pairs: CandidatePairs,
  u: readonly Float64Array[],
  em: { lambda: number; m: Float64Array[] },
  adjustments: readonly (FrequencyAdjustments | null)[],
): Float64Array {
  const C = comparisons.length;
  const patternCount = compared.patternCounts.length;
  const patternWeight = new Float64Array(patternCount);
  const tfStarts = new Int32Array(patternCount + 1);
  const tfComparisons: number[] = [];
  const tfLevels: number[] = [];
  for (let p = 0; p < patternCount; p++) {
    let weight = Math.log2(em.lambda / (1 - em.lambda));
    for (let c = 0; c < C; c++) {
      const level = compared.patternLevels[p * C + c]!;
      if (level === 0) continue;
      weight += Math.log2(Math.max(em.m[c]![level]!, 1e-12) / u[c]![level]!);
      const comparison = comparisons[c]!;
      if (level === comparison.tfLevel || comparison.tfFuzzyLevels.includes(level)) {
        tfComparisons.push(c);
        tfLevels.push(level);
      }
    }
    patternWeight[p] = weight;
    tfStarts[p + 1] = tfComparisons.length;
  }
  const probability = new Float64Array(pairs.left.length);
  for (let k = 0; k < probability.length; k++) {
    const p = compared.patternOf[k]!;
    let weight = patternWeight[p]!;
    for (let t = tfStarts[p]!; t < tfStarts[p + 1]!; t++) {
      const c = tfComparisons[t]!;
      weight += frequencyAdjustment(
        comparisons[c]!,
        adjustments[c]!,
        tfLevels[t]!,
        pairs.left[k]!,
        pairs.right[k]!,
      );
    }
    probability[k] = 1 / (1 + 2 ** -weight);
  }
  return probability;
}
