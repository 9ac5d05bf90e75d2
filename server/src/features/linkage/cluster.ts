/*
 * Clusters from scored pairs, resisting chaining. Plain connected components at the threshold let
 * one wrong link glue two people together (A–B and B–C above the threshold while A and C are
 * clearly different). So links are taken strongest first, like single-linkage agglomeration, but a
 * merge must also be supported by everything known across the two clusters: every pair of their
 * records that was compared adds its log-odds against the threshold (log p/(1−p) − log t/(1−t):
 * positive above the threshold, negative below), and the clusters merge only when the sum is
 * positive. This is the correlation-clustering objective taken greedily: one strong link does not
 * outvote several records that were clearly scored as other people (three women named Hesti
 * Rahimah born in different years cannot all be the one record of that name without a birth date),
 * while a chain whose other pairs are merely uncertain still joins. Records never compared with
 * each other add nothing (nothing is known about them).
 */

export interface ClusterOptions {
  threshold: number;
}

/** Log-odds are capped so that a probability rounded to 0 or 1 does not count as infinite evidence. */
const LOG_ODDS_CAP = 30;

function logOdds(p: number): number {
  if (p <= 0) return -LOG_ODDS_CAP;
  if (p >= 1) return LOG_ODDS_CAP;
  return Math.max(-LOG_ODDS_CAP, Math.min(LOG_ODDS_CAP, Math.log(p / (1 - p))));
}

/** A cluster id per record: the index of the cluster's first record (a single record is its own cluster). */
export function clusterPairs(
  count: number,
  left: Int32Array,
  right: Int32Array,
  probability: Float64Array,
  options: ClusterOptions,
): { clusters: Int32Array; refusedMerges: number } {
  const parent = new Int32Array(count);
  const size = new Int32Array(count).fill(1);
  const next = new Int32Array(count).fill(-1); // members of a cluster as a linked list from its root
  const tail = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    parent[i] = i;
    tail[i] = i;
  }
  const find = (x: number) => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const up = parent[x]!;
      parent[x] = root;
      x = up;
    }
    return root;
  };
  const strong: number[] = [];
  const linked = new Uint8Array(count);
  for (let k = 0; k < probability.length; k++) {
    if (probability[k]! >= options.threshold) {
      strong.push(k);
      linked[left[k]!] = 1;
      linked[right[k]!] = 1;
    }
  }
  const evidence = evidenceLists(count, left, right, probability, linked, logOdds(options.threshold));
  strong.sort((a, b) => probability[b]! - probability[a]! || a - b);
  let refusedMerges = 0;
  for (const k of strong) {
    let a = find(left[k]!);
    let b = find(right[k]!);
    if (a === b) continue;
    if (size[a]! > size[b]!) [a, b] = [b, a];
    if (evidenceBetween(a, b, next, evidence, find) <= 0) {
      refusedMerges++;
      continue;
    }
    parent[a] = b;
    size[b]! += size[a]!;
    next[tail[b]!] = a;
    tail[b] = tail[a]!;
  }
  const clusters = new Int32Array(count).fill(-1);
  const first = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const root = find(i);
    if (first[root] === -1) first[root] = i;
    clusters[i] = first[root]!;
  }
  return { clusters, refusedMerges };
}

interface EvidenceLists {
  starts: Int32Array;
  others: Int32Array;
  weights: Float32Array;
}

/**
 * For records with at least one link at the threshold: every record they were compared with that
 * also has one, and the pair's log-odds against the threshold (records without such a link never
 * take part in a merge, so their pairs cannot tip one).
 */
function evidenceLists(
  count: number,
  left: Int32Array,
  right: Int32Array,
  probability: Float64Array,
  linked: Uint8Array,
  thresholdLogOdds: number,
): EvidenceLists {
  const starts = new Int32Array(count + 1);
  for (let k = 0; k < probability.length; k++) {
    if (linked[left[k]!] === 1 && linked[right[k]!] === 1) {
      starts[left[k]! + 1]!++;
      starts[right[k]! + 1]!++;
    }
  }
  for (let i = 0; i < count; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, count);
  const others = new Int32Array(starts[count]!);
  const weights = new Float32Array(starts[count]!);
  for (let k = 0; k < probability.length; k++) {
    const a = left[k]!;
    const b = right[k]!;
    if (linked[a] !== 1 || linked[b] !== 1) continue;
    const weight = logOdds(probability[k]!) - thresholdLogOdds;
    others[fill[a]!] = b;
    weights[fill[a]!++] = weight;
    others[fill[b]!] = a;
    weights[fill[b]!++] = weight;
  }
  return { starts, others, weights };
}

/** The summed log-odds of the compared pairs between the (smaller) cluster `a` and cluster `b`. */
function evidenceBetween(
  a: number,
  b: number,
  next: Int32Array,
  evidence: EvidenceLists,
  find: (x: number) => number,
): number {
  let sum = 0;
  for (let member = a; member !== -1; member = next[member]!) {
    for (let c = evidence.starts[member]!; c < evidence.starts[member + 1]!; c++) {
      if (find(evidence.others[c]!) === b) sum += evidence.weights[c]!;
    }
  }
  return sum;
}
