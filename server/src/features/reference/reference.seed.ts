import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { ports, regions } from './reference.schema';

export const referenceDataDir = path.resolve(import.meta.dirname, '../../../seeds/reference');

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(referenceDataDir, file)), { columns: true, skip_empty_lines: true, trim: true });
}

const numberOrNull = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));

/** The parent of a dotted Kemendagri code: `21.71.10.1003` → `21.71.10`; the province has none. */
export function parentRegionCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

export type RegionRow = typeof regions.$inferInsert;

/**
 * Inserts regions, updating the given columns of codes already there; 1,000 rows a statement
 * (7 columns stay far below PostgreSQL's 65,535 bound parameters).
 */
export async function upsertRegions(db: Executor, rows: RegionRow[], columns: readonly (keyof RegionRow & keyof typeof regions)[]): Promise<void> {
  const set = Object.fromEntries(columns.map((c) => [c, sql.raw(`excluded.${regions[c].name}`)]));
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(regions).values(rows.slice(i, i + 1000)).onConflictDoUpdate({ target: regions.code, set });
  }
}

const kepriRegionsFile = 'kepri_wilayah_kemendagri_2025.csv';

/** The codes of our own Kepri file (every level down to villages). */
export function readKepriRegionCodes(): Set<string> {
  return new Set(readCsv(kepriRegionsFile).map((r) => r.kode!));
}

/** Loads (or refreshes) the Kepri regions and the ports shipped with Benteng. Safe to run at every start. */
export async function seedReferenceData(db: Executor): Promise<{ regions: number; ports: number }> {
  const regionRows = readCsv(kepriRegionsFile).map((r) => ({
    code: r.kode!,
    name: r.nama!,
    level: r.level!,
    parentCode: parentRegionCode(r.kode!),
    bpsCode: r.kode_bps_2020 || null,
    lat: numberOrNull(r.centroid_lat),
    lng: numberOrNull(r.centroid_lng),
  }));
  const portRows = readCsv('ports_checkpoints_kepri_johor.csv').map((r) => ({
    id: r.id!,
    name: r.name!,
    country: r.country!,
    adminArea: r.admin_area!,
    type: r.type!,
    immigrationCheckpoint: r.immigration_checkpoint!,
    connectsTo: r.connects_to!,
    lat: Number(r.lat),
    lng: Number(r.lon),
    regionCode: r.kode_desa_kelurahan || null,
    coordinateUncertainty: r.coord_uncertainty || null,
    sources: r.status_source_urls || null,
  }));
  await upsertRegions(db, regionRows, ['name', 'level', 'parentCode', 'bpsCode', 'lat', 'lng']);
  await db
    .insert(ports)
    .values(portRows)
    .onConflictDoUpdate({
      target: ports.id,
      set: Object.fromEntries(
        ['name', 'country', 'admin_area', 'type', 'immigration_checkpoint', 'connects_to', 'lat', 'lng', 'region_code', 'coordinate_uncertainty', 'sources'].map(
          (c) => [c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase()), sql.raw(`excluded.${c}`)],
        ),
      ),
    });
  return { regions: regionRows.length, ports: portRows.length };
}
