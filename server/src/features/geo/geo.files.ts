import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { geoLayers } from '#contracts/map';

/** The simplified boundary layers and the indicators, built by scripts/build-geo-layers.mjs (see its README). */
export const geoDataDir = path.resolve(import.meta.dirname, '../../../seeds/geo');

export interface GeoFile {
  body: Buffer;
  etag: string;
}
const cache = new Map<string, GeoFile>();

/** A layer's GeoJSON, read once and kept (they are small and never change while the server runs). */
export function geoFile(layer: (typeof geoLayers)[number]): GeoFile {
  let file = cache.get(layer);
  if (!file) {
    const body = readFileSync(path.join(geoDataDir, `${layer}.geojson`));
    file = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
    cache.set(layer, file);
  }
  return file;
}

export interface KabkotaIndicators {
  code: string;
  name: string;
  population: number | null;
  povertyPct: number | null;
  unemploymentPct: number | null;
}

const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v));

/** Latest indicators per kabupaten/kota: poverty March 2024, open unemployment August 2024 (else August 2023). */
export function kabkotaIndicators(): KabkotaIndicators[] {
  const rows = parse<Record<string, string>>(readFileSync(path.join(geoDataDir, 'kepri_kabkota_profil_ringkas.csv')), { columns: true });
  return rows
    .filter((r) => r.kode !== '21')
    .map((r) => ({
      code: r.kode!,
      name: r.nama!,
      population: num(r.population_kemendagri_2025),
      povertyPct: num(r.poverty_rate_pct_2024_03),
      unemploymentPct: num(r.open_unemployment_pct_2024_08) ?? num(r.open_unemployment_pct_2023_08),
    }));
}
