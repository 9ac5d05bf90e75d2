import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Prints a result table and saves it as JSON under bench/results/ (ignored by git). */
export function report(name: string, result: Record<string, unknown>): void {
  const dir = path.resolve(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const record = { bench: name, at: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`, node: process.version, ...result };
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(record, null, 2));
  console.log(JSON.stringify(record, null, 2));
}
