import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Region } from '#contracts/reference';
import type { Executor } from '../../platform/db/database';
import { readKepriRegionCodes, upsertRegions, type RegionRow } from './reference.seed';

/*
 * Every province, regency/city and district (kecamatan) of Indonesia, from the npm package
 * idn-area-data (code MIT, data ODbL 1.0; see seeds/reference/README.md). Only its CSV files are
 * read: its JavaScript requires Node 22. Villages are not loaded (83,000 rows nobody needs for NIK
 * checks or origins); Kepri keeps its own villages, centroids and BPS codes from our file.
 */

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('idn-area-data/package.json'));

/** Which data the national rows come from; a change makes the next start load them again. */
export const nationalRegionsVersion = `idn-area-data@${(JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version}`;

function readData(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(packageDir, 'data', file)), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
}

/** `Kota Batam` is a city, everything else at that level (`Kabupaten …`) a regency. */
function regencyLevel(name: string): Region['level'] {
  return name.startsWith('Kota ') ? 'kota' : 'kabupaten';
}

/** The national rows, without the codes our own Kepri file carries (ours win: centroids, BPS codes). */
export function readNationalRegions(): RegionRow[] {
  const ours = readKepriRegionCodes();
  const row = (code: string, name: string, level: Region['level'], parentCode: string | null): RegionRow => ({
    code,
    name,
    level,
    parentCode,
    bpsCode: null,
    lat: null,
    lng: null,
  });
  const rows = [
    ...readData('provinces.csv').map((r) => row(r.code!, r.name!, 'provinsi', null)),
    ...readData('regencies.csv').map((r) => row(r.code!, r.name!, regencyLevel(r.name!), r.province_code!)),
    ...readData('districts.csv').map((r) => row(r.code!, r.name!, 'kecamatan', r.regency_code!)),
  ];
  return rows.filter((r) => !ours.has(r.code));
}

/** Upserts the national provinces, regencies and districts (about 7,750 rows); returns how many. */
export async function seedNationalRegions(db: Executor): Promise<number> {
  const rows = readNationalRegions();
  await upsertRegions(db, rows, ['name', 'level', 'parentCode']);
  return rows.length;
}
