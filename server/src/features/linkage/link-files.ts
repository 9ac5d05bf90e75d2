import fs from 'node:fs';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import { AppError } from '../../platform/http/app-error';
import { linkRecords, type LinkageResult } from './link';
import { isLinkageRole, linkageRoles, type LinkageRole } from './roles';
import { dateOrderOf } from './dates';
import type { LinkageColumn } from './encode';

/*
 * `benteng link`: the linkage engine over analysts' CSV files. One file is de-duplicated, two are
 * linked. Only the id column and the mapped columns are kept in memory; every field is trimmed
 * (FEBRL-style files put a space after each comma, and edge spaces never identify anyone).
 */

export interface LinkFilesOptions {
  files: string[];
  idColumn: string;
  /** `role=column` mappings as given on the command line. */
  fields: string[];
  out: string;
  clusters?: string;
  threshold: number;
  dateFormat: string;
  /** Progress lines for long runs (the command writes them to stderr). */
  onProgress?: (line: string) => void;
}

export interface LinkFilesSummary {
  records: number[];
  candidatePairs: number;
  writtenPairs: number;
  clusters: number;
  clusteredRecords: number;
  seconds: number;
  result: LinkageResult;
}

const minimumProbability = 0.01;

/** Parses `role=column` mappings, refusing unknown roles with the list of known ones. */
export function parseFieldMappings(fields: readonly string[]): { role: LinkageRole; column: string }[] {
  if (fields.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Give at least one --field <role>=<column>');
  return fields.map((mapping) => {
    const at = mapping.indexOf('=');
    const role = at > 0 ? mapping.slice(0, at).trim() : '';
    const column = at > 0 ? mapping.slice(at + 1).trim() : '';
    if (!role || !column)
      throw new AppError('VALIDATION_FAILED', `--field "${mapping}" is not <role>=<column>`);
    if (!isLinkageRole(role))
      throw new AppError(
        'VALIDATION_FAILED',
        `Unknown role "${role}" in --field ${mapping}; roles: ${linkageRoles.join(', ')}`,
      );
    return { role, column };
  });
}

/** Reads the id column and the wanted columns of one CSV file, streaming. */
async function readColumns(
  file: string,
  wanted: readonly string[],
): Promise<{ columns: Map<string, string[]>; rows: number }> {
  const stream = fs.createReadStream(file);
  const opened = once(stream, 'open').catch((e: NodeJS.ErrnoException) => {
    throw new AppError(
      'VALIDATION_FAILED',
      `Cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`,
    );
  });
  await opened;
  const parser = stream.pipe(parse({ bom: true, trim: true, skip_empty_lines: true, relax_quotes: true }));
  stream.on('error', (e) => parser.destroy(e));
  const columns = new Map(wanted.map((name) => [name, [] as string[]]));
  let positions: number[] | null = null;
  let rows = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!positions) {
        const missing = wanted.filter((name) => !record.includes(name));
        if (missing.length > 0)
          throw new AppError(
            'VALIDATION_FAILED',
            `${file} has no column ${missing.map((m) => `"${m}"`).join(', ')}; its columns are: ${record.join(', ')}`,
          );
        positions = wanted.map((name) => record.indexOf(name));
        continue;
      }
      positions.forEach((position, k) => columns.get(wanted[k]!)!.push(record[position] ?? ''));
      rows++;
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('VALIDATION_FAILED', `${file} is not a readable CSV file: ${(e as Error).message}`);
  }
  if (!positions) throw new AppError('VALIDATION_FAILED', `${file} is empty: a header row is needed`);
  return { columns, rows };
}

/** A CSV field, quoted when it has to be. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

async function writeLines(
  file: string,
  header: string,
  count: number,
  line: (k: number) => string,
): Promise<void> {
  const out = fs.createWriteStream(file);
  const failed = new Promise<never>((_, reject) =>
    out.on('error', (e) => reject(new AppError('VALIDATION_FAILED', `Cannot write ${file}: ${e.message}`))),
  );
  let chunk = `${header}\n`;
  for (let k = 0; k < count; k++) {
    chunk += `${line(k)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
      chunk = '';
    }
  }
  out.end(chunk);
  await Promise.race([once(out, 'finish'), failed]);
}

/** Runs the linkage over one or two CSV files and writes pairs.csv (and clusters.csv). */
export async function linkFiles(options: LinkFilesOptions): Promise<LinkFilesSummary> {
  const started = performance.now();
  if (options.files.length < 1 || options.files.length > 2)
    throw new AppError('VALIDATION_FAILED', 'Give one file to de-duplicate or two files to link');
  if (!(options.threshold > 0 && options.threshold < 1))
    throw new AppError('VALIDATION_FAILED', '--threshold must be a probability between 0 and 1');
  let dateFormat: ReturnType<typeof dateOrderOf>;
  try {
    dateFormat = dateOrderOf(options.dateFormat);
  } catch (e) {
    throw new AppError('VALIDATION_FAILED', (e as Error).message);
  }
  const mappings = parseFieldMappings(options.fields);
  const wanted = [...new Set([options.idColumn, ...mappings.map((m) => m.column)])];
  const inputs: { columns: Map<string, string[]>; rows: number }[] = [];
  for (const file of options.files) inputs.push(await readColumns(file, wanted));
  const count = inputs.reduce((sum, input) => sum + input.rows, 0);
  const joined = (name: string) => inputs.flatMap((input) => input.columns.get(name)!);
  const ids = joined(options.idColumn);
  const columns: LinkageColumn[] = mappings.map((m) => ({
    role: m.role,
    name: m.column,
    values: joined(m.column),
  }));
  const source =
    inputs.length === 2 ? Uint8Array.from({ length: count }, (_, i) => (i < inputs[0]!.rows ? 0 : 1)) : null;
  const progress = options.onProgress;
  if (progress && count >= 50_000) progress(`read ${count.toLocaleString('en')} records`);
  const result = linkRecords(
    { count, source, columns },
    {
      threshold: options.threshold,
      dateFormat,
      onProgress:
        progress && count >= 50_000
          ? (stage, done, total) =>
              progress(`${stage}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} pairs`)
          : undefined,
    },
  );
  const kept: number[] = [];
  for (let k = 0; k < result.probability.length; k++)
    if (result.probability[k]! >= minimumProbability) kept.push(k);
  kept.sort((a, b) => result.probability[b]! - result.probability[a]! || a - b);
  await writeLines(options.out, 'left_id,right_id,probability', kept.length, (n) => {
    const k = kept[n]!;
    return `${csvField(ids[result.left[k]!]!)},${csvField(ids[result.right[k]!]!)},${Number(result.probability[k]!.toFixed(6))}`;
  });
  const clusterNumbers = numberClusters(result.clusters);
  if (options.clusters)
    await writeLines(
      options.clusters,
      'id,cluster_id',
      count,
      (i) => `${csvField(ids[i]!)},${clusterNumbers.numbers[i]}`,
    );
  return {
    records: inputs.map((input) => input.rows),
    candidatePairs: result.probability.length,
    writtenPairs: kept.length,
    clusters: clusterNumbers.multi,
    clusteredRecords: clusterNumbers.multiRecords,
    seconds: (performance.now() - started) / 1000,
    result,
  };
}

/** Cluster numbers 1, 2, … in order of first appearance, and how many clusters hold two records or more. */
function numberClusters(clusters: Int32Array): { numbers: Int32Array; multi: number; multiRecords: number } {
  const numbers = new Int32Array(clusters.length);
  const sizes = new Int32Array(clusters.length);
  for (const root of clusters) sizes[root]!++;
  let next = 0;
  let multi = 0;
  let multiRecords = 0;
  const numberOf = new Int32Array(clusters.length);
  clusters.forEach((root, i) => {
    if (numberOf[root] === 0) {
      numberOf[root] = ++next;
      if (sizes[root]! > 1) {
        multi++;
        multiRecords += sizes[root]!;
      }
    }
    numbers[i] = numberOf[root]!;
  });
  return { numbers, multi, multiRecords };
}

/** The command's closing lines: what was compared, what was written, how the people came out. */
export function describeLinkSummary(
  summary: LinkFilesSummary,
  files: number,
  options: { out: string; clusters?: string; threshold: number },
): string[] {
  const { result } = summary;
  const n = (value: number) => value.toLocaleString('en');
  const perRule = result.blocking.map((rule) => `${rule.name} ${n(rule.pairs)}`).join(', ');
  return [
    `${files === 2 ? 'Linked' : 'De-duplicated'} ${summary.records.map(n).join(' + ')} records in ${summary.seconds.toFixed(1)} s: ` +
      `${n(summary.candidatePairs)} pairs compared (${perRule}); ${n(summary.writtenPairs)} with probability ≥ ${minimumProbability} written to ${options.out}.`,
    `At ${options.threshold}: ${n(summary.clusters)} people with more than one record (${n(summary.clusteredRecords)} records)` +
      `${options.clusters ? `, written to ${options.clusters}` : ''}; ${n(result.refusedMerges)} merges refused against chaining; ` +
      `estimated share of matches among compared pairs ${result.model.lambda.toPrecision(3)}.`,
  ];
}
