/**
 * The baseline for the linkage benchmark's speed: how a straightforward JavaScript scorer does the
 * same work per pair — a record object per row, lower-cased strings, a Jaro–Winkler that
 * allocates its match arrays on every call — over the same candidate pairs (at most 300,000).
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';

function naiveJaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = bMatched[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  const aChars = [...a].filter((_, i) => aMatched[i]);
  const bChars = [...b].filter((_, j) => bMatched[j]);
  const transpositions = aChars.filter((ch, k) => ch !== bChars[k]).length / 2;
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Pairs per second of the naive scorer over the first 300,000 of the given pairs. */
export function naivePairsPerSecond(file: string, fields: readonly string[], left: Int32Array, right: Int32Array): number {
  const columns = fields.map((f) => f.split('=')[1]!);
  const records = parse<Record<string, string>>(fs.readFileSync(file), { columns: true, trim: true }).map((row) => Object.fromEntries(columns.map((c) => [c, (row[c] ?? '').toLowerCase()])));
  const count = Math.min(left.length, 300_000);
  const started = performance.now();
  let sink = 0;
  for (let k = 0; k < count; k++) {
    const a = records[left[k]!]!;
    const b = records[right[k]!]!;
    let weight = 0;
    for (const column of columns) {
      const score = naiveJaroWinkler(a[column]!, b[column]!);
      weight += score === 1 ? 8 : score >= 0.9 ? 4 : score >= 0.8 ? 1 : -4;
    }
    sink += weight;
  }
  const seconds = (performance.now() - started) / 1000;
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loop from being optimised away');
  return count / seconds;
}
