/**
 * Where the linkage engine's pairwise errors are on the synthetic population, and how far any
 * scorer with the same comparison levels could go (labels are used only to sort and count here,
 * never to fit anything):
 *
 *   npm run bench:linkage-errors -- [size]   (default 100000; 1000000 takes a few minutes)
 *
 * Every scored pair with probability ≥ 0.01 is grouped by its pattern (the level reached on each
 * compared field). "Pattern ceiling" is the F1 of a scorer that knew, per pattern, whether its true
 * pairs outnumber its false ones and called the whole pattern accordingly: no model that sees only
 * these levels can do better (term-frequency adjustments aside, which split a pattern further).
 */
import { linkRecords } from '../server/src/features/linkage/link';
import { syntheticPopulation } from './linkage-synthetic';
import { report } from './lib';

const size = Number(process.argv[2] ?? 100_000);
const threshold = 0.5;
const population = syntheticPopulation(size);
const roles = [
  ['full_name', 'name'],
  ['birth_date', 'birth_date'],
  ['sex', 'sex'],
  ['nik', 'nik'],
  ['phone', 'phone'],
  ['city', 'city'],
] as const;
const result = linkRecords(
  {
    count: size,
    source: null,
    columns: roles.map(([role, name]) => ({ role, name, values: population.columns[name] })),
  },
  { dateFormat: 'auto', threshold },
);

const truth = population.entity;
const perPerson = new Map<number, number>();
for (const person of truth) perPerson.set(person, (perPerson.get(person) ?? 0) + 1);
let truePairs = 0;
for (const n of perPerson.values()) truePairs += (n * (n - 1)) / 2;

interface Tally {
  truePairs: number;
  falsePairs: number;
  trueAbove: number;
  falseAbove: number;
}
const patterns = new Map<string, Tally>();
for (let k = 0; k < result.probability.length; k++) {
  const p = result.probability[k]!;
  if (p < 0.01) continue;
  const key = result
    .explain(k)
    .fields.map((f) => `${f.name}: ${f.level}`)
    .join(' · ');
  const tally = patterns.get(key) ?? { truePairs: 0, falsePairs: 0, trueAbove: 0, falseAbove: 0 };
  const same = truth[result.left[k]!] === truth[result.right[k]!];
  if (same) tally.truePairs++;
  else tally.falsePairs++;
  if (p >= threshold) {
    if (same) tally.trueAbove++;
    else tally.falseAbove++;
  }
  patterns.set(key, tally);
}

const f1 = (tp: number, fp: number) => {
  const precision = tp / (tp + fp);
  const recall = tp / truePairs;
  return {
    truePositives: tp,
    falsePositives: fp,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
  };
};
let tp = 0;
let fp = 0;
let ceilingTp = 0;
let ceilingFp = 0;
for (const tally of patterns.values()) {
  tp += tally.trueAbove;
  fp += tally.falseAbove;
  if (tally.truePairs > tally.falsePairs) {
    ceilingTp += tally.truePairs;
    ceilingFp += tally.falsePairs;
  }
}
const rows = [...patterns].map(([pattern, t]) => ({ pattern, ...t }));
const top = (list: typeof rows, by: (r: (typeof rows)[number]) => number) =>
  list
    .sort((a, b) => by(b) - by(a))
    .slice(0, 12)
    .filter((r) => by(r) > 0);

report('linkage-errors', {
  size,
  threshold,
  candidatePairs: result.probability.length,
  truePairs,
  model: f1(tp, fp),
  patternCeiling: f1(ceilingTp, ceilingFp),
  falsePositivesByPattern: top(rows, (r) => r.falseAbove),
  falseNegativesByPattern: top(rows, (r) => r.truePairs - r.trueAbove),
});
