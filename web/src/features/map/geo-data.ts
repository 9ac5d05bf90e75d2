import { useQueries, useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import type { BoundaryLayer, GeoData } from './map-style';

// Only the envelope is checked: the files are Benteng's own reference data (GET /api/geo/:layer).
const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.record(z.string(), z.unknown()).nullable(),
      geometry: z.object({ type: z.string() }).loose(),
    }),
  ),
});

const fetchLayer = async (layer: BoundaryLayer | 'desa') =>
  (await apiRequest(`/api/geo/${layer}`, { schema: featureCollectionSchema })) as unknown as FeatureCollection;

// The boundaries never change while the page is open.
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

const baseLayers: BoundaryLayer[] = ['land', 'countries', 'provinces', 'johor', 'singapore', 'kabkota', 'kecamatan', 'ports'];

/** Every boundary layer the map starts with, or undefined while one is still loading. */
// A stable `combine` keeps the same object while the layers are unchanged (the map is made once per object).
const combineLayers = (results: { data?: FeatureCollection; isError: boolean }[]) => ({
  isError: results.some((r) => r.isError),
  data: results.every((r) => r.data)
    ? (Object.fromEntries(baseLayers.map((layer, i) => [layer, results[i]!.data!])) as GeoData)
    : undefined,
});

export function useGeoData(): { data: GeoData | undefined; isError: boolean } {
  return useQueries({
    queries: baseLayers.map((layer) => ({ queryKey: ['geo', layer], queryFn: () => fetchLayer(layer), ...forever })),
    combine: combineLayers,
  });
}

/** Desa/kelurahan outlines (170 kB compressed): fetched only once the map is zoomed in. */
export function useDesa(isWanted: boolean) {
  return useQuery({ queryKey: ['geo', 'desa'], queryFn: () => fetchLayer('desa'), enabled: isWanted, ...forever });
}

/** Names of Kepri's kecamatan and kabupaten/kota by Kemendagri code (for the drill-down lists). */
export function placeNames(data: GeoData): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of [...data.kabkota.features, ...data.kecamatan.features]) {
    const p = f.properties;
    if (typeof p?.kode === 'string' && typeof p.nama === 'string') names.set(p.kode, p.nama);
  }
  return names;
}

/** Names of Kepri's kabupaten/kota by Kemendagri code, from the boundary layer the map also draws. */
export function useKabkotaNames(): Map<string, string> {
  const layer = useQuery({ queryKey: ['geo', 'kabkota'], queryFn: () => fetchLayer('kabkota'), ...forever });
  const names = new Map<string, string>();
  for (const f of layer.data?.features ?? []) {
    const p = f.properties;
    if (typeof p?.kode === 'string' && typeof p.nama === 'string') names.set(p.kode, p.nama);
  }
  return names;
}
