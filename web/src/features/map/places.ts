import type { FeatureCollection } from 'geojson';
import { mapPointKinds, type MapLayers, type MapPointKind, type MapQuery } from '#contracts/map';

/** One place of the drill-down: an official port, or a kecamatan (where every other point is counted). */
export interface PlaceRow {
  key: string;
  name: string;
  /** The kabupaten/kota's name ('' for a port outside Kepri or an unknown place). */
  area: string;
  counts: Record<MapPointKind, number>;
  total: number;
  /** The case list's filter that finds this place's cases (none when the place is unknown). */
  caseFilter: { regionCode: string } | { portId: string } | null;
}

export interface OfficialPort {
  id: string;
  name: string;
  lng: number;
  lat: number;
}

export function officialPorts(ports: FeatureCollection): OfficialPort[] {
  return ports.features.flatMap((f) => {
    const p = f.properties;
    if (f.geometry.type !== 'Point' || typeof p?.id !== 'string') return [];
    const [lng, lat] = f.geometry.coordinates;
    return [{ id: p.id, name: typeof p.nama === 'string' ? p.nama : p.id, lng: lng!, lat: lat! }];
  });
}

/** The official port a point at a port stands on (ports keep their own coordinates on the map). */
function portAt(ports: readonly OfficialPort[], lng: number, lat: number): OfficialPort | undefined {
  return ports.find((port) => Math.abs(port.lng - lng) < 2e-4 && Math.abs(port.lat - lat) < 2e-4);
}

/**
 * Counts points per place, the largest first. `names` maps Kemendagri codes of kecamatan and
 * kabupaten/kota to their names.
 */
export function placesOf(
  points: readonly { lng: number; lat: number; kind: MapPointKind; kecamatan: string }[],
  ports: readonly OfficialPort[],
  names: ReadonlyMap<string, string>,
  unknownName: string,
): PlaceRow[] {
  const rows = new Map<string, PlaceRow>();
  for (const point of points) {
    const port = point.kind === 'port' ? portAt(ports, point.lng, point.lat) : undefined;
    const key = port ? `port:${port.id}` : `kec:${point.kecamatan}`;
    let row = rows.get(key);
    if (!row) {
      const kecamatan = point.kecamatan;
      row = {
        key,
        name: port?.name ?? (kecamatan ? (names.get(kecamatan) ?? kecamatan) : unknownName),
        area: kecamatan ? (names.get(kecamatan.slice(0, 5)) ?? '') : '',
        counts: { landing: 0, port: 0, incident: 0 },
        total: 0,
        caseFilter: port ? { portId: port.id } : kecamatan ? { regionCode: kecamatan } : null,
      };
      rows.set(key, row);
    }
    row.counts[point.kind] += 1;
    row.total += 1;
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/** The API's compact tuples as points. */
export function pointsOf(points: MapLayers['points']) {
  return points.map(([lng, lat, kind, kecamatan]) => ({ lng, lat, kind: mapPointKinds[kind] ?? 'incident', kecamatan }));
}

/** The case list's address for a place, keeping the map's filters. */
export function caseListLink(filters: MapQuery, place: NonNullable<PlaceRow['caseFilter']>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...place })) {
    if (typeof value === 'string' && value) params.set(key, value);
  }
  return `/cases?${params.toString()}`;
}
