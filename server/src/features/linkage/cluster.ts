/*
 * Clusters from scored pairs, resisting chaining. Plain connected components at the threshold let
 * one wrong link glue two people together (A–B and B–C above the threshold while A and C are
 * clearly different). So links are taken strongest first, like single-linkage agglomeration, and a
 * merge is refused when any two records across the two clusters were compared and scored below
 * `cannotLinkBelow`: strong evidence that they are different people outweighs a chain of weaker
 * links. Records never compared with each other do not block a merge (nothing is known about them).
 */

export interface ClusterOptions {
  threshold: number;
  cannotLinkBelow: number;
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
  const conflicts = conflictLists(count, left, right, probability, linked, options.cannotLinkBelow);
  strong.sort((a, b) => probability[b]! - probability[a]! || a - b);
  let refusedMerges = 0;
  for (const k of strong) {
    let a = find(left[k]!);
    let b = find(right[k]!);
    if (a === b) continue;
    if (size[a]! > size[b]!) [a, b] = [b, a];
    if (hasConflict(a, b, next, conflicts, find)) {
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

interface ConflictLists {
  starts: Int32Array;
  others: Int32Array;
}

/** For records with at least one strong link: the records they were compared with and scored clearly different from. */
function conflictLists(
  count: number,
  left: Int32Array,
  right: Int32Array,
  probability: Float64Array,
  linked: Uint8Array,
  below: number,
): ConflictLists {
  const starts = new Int32Array(count + 1);
  const relevant = (k: number) =>
    probability[k]! < below && linked[left[k]!] === 1 && linked[right[k]!] === 1;
  for (let k = 0; k < probability.length; k++) {
    if (!relevant(k)) continue;
    starts[left[k]! + 1]!++;
    starts[right[k]! + 1]!++;
  }
  for (let i = 0; i < count; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, count);
  const others = new Int32Array(starts[count]!);
  for (let k = 0; k < probability.length; k++) {
    if (!relevant(k)) continue;
    others[fill[left[k]!]!++] = right[k]!;
    others[fill[right[k]!]!++] = left[k]!;
  }
  return { starts, others };
}

/** Whether a member of the (smaller) cluster `a` is in conflict with a member of cluster `b`. */
function hasConflict(
  a: number,
  b: number,
  next: Int32Array,
  conflicts: ConflictLists,
  find: (x: number) => number,
): boolean {
  for (let member = a; member !== -1; member = next[member]!) {
    for (let c = conflicts.starts[member]!; c < conflicts.starts[member + 1]!; c++) {
      if (find(conflicts.others[c]!) === b) return true;
    }
  }
  return false;
}
