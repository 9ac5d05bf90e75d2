import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The simplified kecamatan outlines of Kepri, built by scripts/build-geo-layers.mjs (served by the geo feature too). */
const kecamatanFile = path.resolve(import.meta.dirname, '../../../seeds/geo/kecamatan.geojson');

export interface Kecamatan {
  code: string;
  /** Its label point. */
  lat: number;
  lng: number;
  bbox: [number, number, number, number];
  rings: number[][][];
}
let kecamatanShapes: Kecamatan[] | null = null;

const kecamatanLayer = () =>
  JSON.parse(readFileSync(kecamatanFile, 'utf8')) as { features: { properties: { kode: string; lat: number; lng: number }; geometry: { coordinates: number[][][][] } }[] };

/**
 * The kecamatan a point falls in (ray casting over the simplified outlines, bbox first), or null at
 * sea. Reference data, so that both the map and the case facets (a place recorded by coordinates
 * only) place a point the same way.
 */
export function kecamatanAt(lng: number, lat: number): Kecamatan | null {
  kecamatanShapes ??= kecamatanLayer().features.map((f) => {
    const rings = f.geometry.coordinates.flat();
    const xs = rings.flat().map((p) => p[0]!);
    const ys = rings.flat().map((p) => p[1]!);
    return { code: f.properties.kode, lat: f.properties.lat, lng: f.properties.lng, rings, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
  for (const shape of kecamatanShapes) {
    const [w, s, e, n] = shape.bbox;
    if (lng < w || lng > e || lat < s || lat > n) continue;
    let inside = false;
    for (const ring of shape.rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi! > lat !== yj! > lat && lng < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!) inside = !inside;
      }
    }
    if (inside) return shape;
  }
  return null;
}
