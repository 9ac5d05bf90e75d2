/**
 * Person linkage accuracy and speed, in one run: FEBRL 1–3 and Splink's fake_1000 (labelled
 * benchmarks, bench/data/linkage/README.md) and a synthetic Indonesian/Malay population at 10k,
 * 100k and 1M records. Each data set runs end to end through `benteng link` (CSV in, pairs.csv and
 * clusters.csv out) in its own process, so wall time and peak memory are its own. No labels are
 * used for training; they only score the result.
 *
 *   npm run bench:linkage                          (all data sets; the 1M run takes minutes)
 *   npm run bench:linkage -- --sizes 10000,100000  (shorter synthetic set)
 *
 * Baseline measured in the same run: a plain per-pair JavaScript scorer (objects per record,
 * allocating Jaro–Winkler) over the same candidate pairs, as pairs per second.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { linkFiles, type LinkFilesSummary } from '../server/src/features/linkage';
import { syntheticPopulation } from './linkage-synthetic';
import { report, round } from './lib';
import { naivePairsPerSecond } from './linkage-naive';

const dataDir = path.join(import.meta.dirname, 'data/linkage');
const threshold = 0.5;
const febrlFields = ['given_name=given_name', 'family_name=surname', 'other=street_number', 'address=address_1', 'address=address_2', 'city=suburb', 'postcode=postcode', 'region=state', 'birth_date=date_of_birth', 'id_number=soc_sec_id'];

interface DataSet {
  file: string;
  id: string;
  fields: string[];
  /** The true entity of each row, in file order. */
  truth: () => string[] | Int32Array;
}

const csvRows = (file: string) => parse<Record<string, string>>(fs.readFileSync(file), { columns: true, trim: true });

function dataSet(name: string, workDir: string): DataSet {
  const febrl = /^febrl([123])$/.exec(name);
  if (febrl) {
    const file = path.join(dataDir, `febrl_dataset${febrl[1]}.csv`);
    return { file, id: 'rec_id', fields: febrlFields, truth: () => csvRows(file).map((r) => r.rec_id!.split('-')[1]!) };
  }
  if (name === 'fake_1000') {
    const file = path.join(dataDir, 'splink_fake_1000.csv');
    return { file, id: 'unique_id', fields: ['given_name=first_name', 'family_name=surname', 'birth_date=dob', 'city=city', 'other=email'], truth: () => csvRows(file).map((r) => r.cluster!) };
  }
  const size = Number(/^synthetic-(\d+)$/.exec(name)?.[1]);
  const population = syntheticPopulation(size);
  const file = path.join(workDir, `${name}.csv`);
  const { columns } = population;
  const keys = Object.keys(columns) as (keyof typeof columns)[];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [keys.join(',')];
  for (let i = 0; i < size; i++) lines.push(keys.map((k) => quote(columns[k][i]!)).join(','));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, id: 'id', fields: ['full_name=name', 'birth_date=birth_date', 'sex=sex', 'nik=nik', 'phone=phone', 'city=city'], truth: () => population.entity };
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}
const scores = (tp: number, fp: number, truePairs: number): Scores => {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = truePairs > 0 ? tp / truePairs : 1;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Pairwise scores of the scored pairs at the threshold and at the best threshold; pairs blocking missed count as false negatives. */
function evaluate(summary: LinkFilesSummary, truth: ArrayLike<string | number>) {
  const { left, right, probability, clusters } = summary.result;
  const sizes = new Map<string | number, number>();
  for (let i = 0; i < truth.length; i++) sizes.set(truth[i]!, (sizes.get(truth[i]!) ?? 0) + 1);
  let truePairs = 0;
  for (const k of sizes.values()) truePairs += (k * (k - 1)) / 2;
  const isTrue = new Uint8Array(probability.length);
  let kept = 0;
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < probability.length; k++) {
    isTrue[k] = truth[left[k]!] === truth[right[k]!] ? 1 : 0;
    kept += isTrue[k]!;
    if (probability[k]! >= threshold) {
      if (isTrue[k]) tp++;
      else fp++;
    }
  }
  const order = Array.from(probability.keys()).sort((a, b) => probability[b]! - probability[a]!);
  let best = { threshold: 1, ...scores(0, 0, truePairs) };
  let runningTp = 0;
  for (let n = 0; n < order.length; n++) {
    runningTp += isTrue[order[n]!]!;
    const p = probability[order[n]!]!;
    if (n + 1 < order.length && probability[order[n + 1]!] === p) continue;
    const s = scores(runningTp, n + 1 - runningTp, truePairs);
    if (s.f1 > best.f1) best = { threshold: p, ...s };
  }
  return { truePairs, blockingRecall: kept / truePairs, atThreshold: scores(tp, fp, truePairs), best, clusters: clusterScores(clusters, truth, truePairs) };
}

/** Pairwise scores of the clusters (every pair inside a cluster counts as predicted). */
function clusterScores(clusters: Int32Array, truth: ArrayLike<string | number>, truePairs: number): Scores {
  const bySize = (keyOf: (i: number) => string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < clusters.length; i++) counts.set(keyOf(i), (counts.get(keyOf(i)) ?? 0) + 1);
    let pairs = 0;
    for (const k of counts.values()) pairs += (k * (k - 1)) / 2;
    return pairs;
  };
  const predicted = bySize((i) => String(clusters[i]));
  const correct = bySize((i) => `${clusters[i]}|${truth[i]}`);
  return scores(correct, predicted - correct, truePairs);
}

async function runOne(name: string): Promise<Record<string, unknown>> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-linkage-bench-'));
  try {
    const set = dataSet(name, workDir);
    const started = performance.now();
    const summary = await linkFiles({ files: [set.file], idColumn: set.id, fields: set.fields, out: path.join(workDir, 'pairs.csv'), clusters: path.join(workDir, 'clusters.csv'), threshold, dateFormat: 'auto', onProgress: (line) => console.error(`  [${name}] ${line}`) });
    const wallSeconds = (performance.now() - started) / 1000;
    const peakMemoryMiB = process.resourceUsage().maxRSS / 1024;
    const evaluation = evaluate(summary, set.truth());
    const { seconds } = summary.result;
    const scoredPairsPerSecond = summary.candidatePairs / (seconds.compare + seconds.score);
    const naive = naivePairsPerSecond(set.file, set.fields, summary.result.left, summary.result.right);
    return { name, records: summary.records[0], candidatePairs: summary.candidatePairs, ...evaluation, scoredPairsPerSecond, naivePairsPerSecond: naive, speedup: scoredPairsPerSecond / naive, wallSeconds, stageSeconds: seconds, peakMemoryMiB, lambda: summary.result.model.lambda, refusedMerges: summary.result.refusedMerges, blocking: summary.result.blocking };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

const pct = (s: Scores) => `P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`;

async function main() {
  const at = process.argv.indexOf('--run');
  if (at >= 0) {
    // Child: one data set, result as the last line of stdout.
    console.log(JSON.stringify(await runOne(process.argv[at + 1]!)));
    return;
  }
  const sizesAt = process.argv.indexOf('--sizes');
  const sizes = sizesAt >= 0 ? process.argv[sizesAt + 1]!.split(',').map(Number) : [10_000, 100_000, 1_000_000];
  const names = ['febrl1', 'febrl2', 'febrl3', 'fake_1000', ...sizes.map((n) => `synthetic-${n}`)];
  const results: Record<string, any>[] = [];
  for (const name of names) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=3800', '--import', 'tsx', import.meta.filename, '--run', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`${name} failed (exit ${child.status})`);
    const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
    results.push(result);
    console.error(
      `${name}: ${result.records} records, ${result.candidatePairs} pairs; at ${threshold}: ${pct(result.atThreshold)}; best (p ≥ ${round(result.best.threshold, 4)}): ${pct(result.best)}; ` +
        `clusters: ${pct(result.clusters)}; blocking recall ${result.blockingRecall.toFixed(4)}; ${Math.round(result.scoredPairsPerSecond)} pairs/s (naive ${Math.round(result.naivePairsPerSecond)}, ×${round(result.speedup)}); ` +
        `${round(result.wallSeconds, 2)} s; peak ${Math.round(result.peakMemoryMiB)} MiB`,
    );
  }
  const byName = (n: string) => results.find((r) => r.name === n);
  const million = byName('synthetic-1000000');
  const goals = {
    'FEBRL3 F1 ≥ 0.996 at the best threshold': byName('febrl3')?.best.f1,
    'FEBRL3 F1 ≥ 0.993 at 0.5': byName('febrl3')?.atThreshold.f1,
    'fake_1000 F1 ≥ 0.90 (best threshold)': byName('fake_1000')?.best.f1,
    'synthetic F1 ≥ 0.98 at 0.5': Object.fromEntries(results.filter((r) => r.name.startsWith('synthetic')).map((r) => [r.name, r.atThreshold.f1])),
    'synthetic F1 ≥ 0.98, clusters at 0.5': Object.fromEntries(results.filter((r) => r.name.startsWith('synthetic')).map((r) => [r.name, r.clusters.f1])),
    '1M records ≤ 600 s, ≤ 4096 MiB': million ? { seconds: million.wallSeconds, peakMemoryMiB: million.peakMemoryMiB } : 'not run',
    '≥ 300,000 scored pairs/s': Object.fromEntries(results.map((r) => [r.name, Math.round(r.scoredPairsPerSecond)])),
  };
  report('linkage', { threshold, goals, results });
}

await main();
