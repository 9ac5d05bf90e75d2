import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { linkFiles, type LinkFilesOptions } from './link-files';
import { runCli } from '../../cli';

/** `benteng link` over small files written here: FEBRL-style spaces after commas, Indonesian names. */
let dir: string;
const file = (name: string) => path.join(dir, name);

const duplicates = [
  ['p1', 'Muhammad Rizki Santoso', '17/05/1990', 'L', '2171011705900001'],
  ['p1b', 'M. Rizky Santoso', '17/05/1990', 'laki-laki', '2171011705900001'],
  ['p2', 'Siti Aminah', '03/02/1988', 'P', '2171014302880002'],
  ['p2b', 'Hj. Siti Aminah', '03/02/1988', 'perempuan', '2171014302880002'],
  ['p3', 'Ahmad bin Ismail', '01/12/1979', 'L', ''],
  ['p3b', 'Achmad Ismail', '01/12/1979', 'L', '2171010112790004'],
];
const given =
  'Agus Bambang Dewi Eko Fitri Gita Hendra Indah Joko Kartika Lukman Maya Nanda Oki Putri Rahmat Sri Taufik Utami Wahyu'.split(
    ' ',
  );
const family =
  'Wijaya Saputra Lestari Hidayat Nasution Siregar Purba Gunawan Halim Kusuma Pratama Rahayu Setiawan Tanjung Utomo Wibowo Yulianti Zainal Batubara Chandra Daulay Effendi Fauzi'.split(
    ' ',
  );
// Different people: each (given, family) combination once, birth dates spread over decades.
const others = Array.from({ length: 200 }, (_, i) => [
  `o${i}`,
  `${given[i % 20]} ${family[(i * 7) % 23]}`,
  `${1 + (i % 28)}/${1 + ((i * 5) % 12)}/${1950 + ((i * 13) % 50)}`,
  i % 2 ? 'L' : 'P',
  String((i * 2_654_435_761) % 1e16).padStart(16, '1'),
]);
const header = 'record_id, nama, tgl_lahir, jk, nik';
const toCsv = (rows: string[][]) => [header, ...rows.map((r) => r.join(', '))].join('\n');

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-link-'));
  fs.writeFileSync(file('one.csv'), toCsv([...duplicates, ...others]));
  fs.writeFileSync(
    file('a.csv'),
    toCsv([duplicates[0]!, duplicates[2]!, duplicates[4]!, ...others.slice(0, 100)]),
  );
  fs.writeFileSync(
    file('b.csv'),
    toCsv([duplicates[1]!, duplicates[3]!, duplicates[5]!, ...others.slice(100)]),
  );
  fs.writeFileSync(
    file('ragged.csv'),
    `${header}\nx1, Budi, 01/01/1990, L, 1\nx2, Ani, 02/02/1990, P, 2, extra\n`,
  );
  fs.writeFileSync(file('empty.csv'), '');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fields = ['full_name=nama', 'birth_date=tgl_lahir', 'sex=jk', 'nik=nik'];
const options = (overrides: Partial<LinkFilesOptions>): LinkFilesOptions => ({
  files: [file('one.csv')],
  idColumn: 'record_id',
  fields,
  out: file('pairs.csv'),
  clusters: file('clusters.csv'),
  threshold: 0.5,
  dateFormat: 'auto',
  ...overrides,
});
const readCsv = (name: string) =>
  parse<Record<string, string>>(fs.readFileSync(file(name)), { columns: true });

describe('benteng link', () => {
  it('de-duplicates one file: pairs with their probability, clusters at the threshold', async () => {
    const summary = await linkFiles(options({}));
    expect(summary.records).toEqual([206]);
    const pairs = readCsv('pairs.csv');
    expect(Object.keys(pairs[0]!)).toEqual(['left_id', 'right_id', 'probability']);
    const probability = (a: string, b: string) =>
      Number(
        pairs.find((p) => (p.left_id === a && p.right_id === b) || (p.left_id === b && p.right_id === a))
          ?.probability ?? 0,
      );
    for (const [a, b] of [
      ['p1', 'p1b'],
      ['p2', 'p2b'],
      ['p3', 'p3b'],
    ])
      expect(probability(a!, b!)).toBeGreaterThan(0.5);
    expect(pairs.every((p) => Number(p.probability) >= 0.01)).toBe(true);
    const clusters = new Map(readCsv('clusters.csv').map((r) => [r.id!, r.cluster_id!]));
    expect(clusters.size).toBe(206);
    expect(clusters.get('p1b')).toBe(clusters.get('p1'));
    expect(clusters.get('p3b')).toBe(clusters.get('p3'));
    expect(clusters.get('p2')).not.toBe(clusters.get('p1'));
    expect(summary.clusters).toBe(3);
  });

  it('links two files: every pair joins a record of the first file to one of the second', async () => {
    await linkFiles(options({ files: [file('a.csv'), file('b.csv')], clusters: undefined }));
    const pairs = readCsv('pairs.csv');
    const inA = new Set(readCsv('a.csv').map((r) => r.record_id));
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every((p) => inA.has(p.left_id) && !inA.has(p.right_id))).toBe(true);
    expect(
      pairs
        .filter((p) => Number(p.probability) >= 0.5)
        .map((p) => `${p.left_id}-${p.right_id}`)
        .sort(),
    ).toEqual(['p1-p1b', 'p2-p2b', 'p3-p3b']);
  });

  it('names what is wrong: a missing column, a missing file, a bad role or format, a ragged row, an empty file', async () => {
    await expect(linkFiles(options({ fields: ['full_name=name'] }))).rejects.toThrow(
      /one\.csv has no column "name"; its columns are: record_id, nama/,
    );
    await expect(linkFiles(options({ files: [file('missing.csv')] }))).rejects.toThrow(
      /Cannot read .*missing\.csv: no such file/,
    );
    await expect(linkFiles(options({ fields: ['surname=nama'] }))).rejects.toThrow(/Unknown role "surname"/);
    await expect(linkFiles(options({ fields: ['nama'] }))).rejects.toThrow(/is not <role>=<column>/);
    await expect(linkFiles(options({ dateFormat: 'YYYY/DD' }))).rejects.toThrow(/Unknown date format/);
    await expect(linkFiles(options({ threshold: 1.5 }))).rejects.toThrow(/--threshold/);
    await expect(linkFiles(options({ files: [file('ragged.csv')] }))).rejects.toThrow(
      /ragged\.csv is not a readable CSV file: .*line 3/,
    );
    await expect(linkFiles(options({ files: [file('empty.csv')] }))).rejects.toThrow(/empty\.csv is empty/);
  });

  it('runs as `benteng link` and ends with one clear line and exit code 2 on bad input', async () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    const benteng = (...args: string[]) =>
      runCli(['node', 'benteng', 'link', file('one.csv'), '--id', 'record_id', ...args]);
    try {
      await benteng(
        ...fields.flatMap((f) => ['--field', f]),
        '--out',
        file('cli-pairs.csv'),
        '--clusters',
        file('cli-clusters.csv'),
      );
      expect(process.exitCode ?? 0).toBe(0);
      expect(printed.join('\n')).toContain('De-duplicated 206 records');
      expect(printed.join('\n')).toContain('At 0.5: 3 people with more than one record (6 records)');
      expect(readCsv('cli-clusters.csv')).toHaveLength(206);
      printed.length = 0;
      await benteng('--field', 'full_name=nama', '--field', 'role=x', '--out', file('x.csv'));
      expect(printed).toEqual([
        'benteng: Unknown role "role" in --field role=x; roles: given_name, family_name, full_name, birth_date, sex, nik, passport, id_number, address, city, postcode, region, phone, other',
      ]);
      expect(process.exitCode).toBe(2);
    } finally {
      process.exitCode = 0;
      log.mockRestore();
      error.mockRestore();
    }
  });
});
