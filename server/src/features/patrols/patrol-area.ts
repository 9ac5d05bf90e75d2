import type { Polygon, Position } from '#contracts/patrols';
import { geoFile } from '../geo';

interface Kabkota {
  code: string;
  name: string;
  /** Outer rings of the islands that make it up. */
  rings: Position[][];
  bbox: [number, number, number, number];
}
let shapes: Kabkota[] | null = null;

/** The seven kabupaten/kota of Kepri from the simplified boundary layer, read once. */
export function kabkotaShapes(): Kabkota[] {
  shapes ??= (
    JSON.parse(geoFile('kabkota').body.toString('utf8')) as {
      features: { properties: { kode: string; nama: string }; geometry: { coordinates: Position[][][] } }[];
    }
  ).features.map((f) => {
    const rings = f.geometry.coordinates.map((polygon) => polygon[0]!);
    const points = rings.flat();
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { code: f.properties.kode, name: f.properties.nama, rings, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
  return shapes;
}

/** Ray casting: whether [lng, lat] lies inside the ring. */
export function inRing(point: Position, ring: readonly Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the polygon: inside its outer ring and in none of its holes. */
export const inPolygon = (point: Position, polygon: Polygon) => inRing(point, polygon.coordinates[0]!) && !polygon.coordinates.slice(1).some((hole) => inRing(point, hole));

const centroidOf = (ring: readonly Position[]): Position => {
  const open = ring.slice(0, -1);
  return [open.reduce((s, p) => s + p[0], 0) / open.length, open.reduce((s, p) => s + p[1], 0) / open.length];
};

/**
 * The kabupaten/kota a patrol area lies in: those with land inside the area or that hold one of
 * its corners. An area wholly at sea (most patrols are) belongs to the kab/kota whose coast is
 * nearest to its centre, so that every patrol counts somewhere in the statistics per area.
 */
export function kabkotaOfArea(area: Polygon): string[] {
  const outer = area.coordinates[0]!;
  const touched = kabkotaShapes().filter((k) => outer.some((corner) => k.rings.some((ring) => inRing(corner, ring))) || k.rings.some((ring) => ring.some((p) => inPolygon(p, area))));
  if (touched.length > 0) return touched.map((k) => k.code).sort();
  const [cx, cy] = centroidOf(outer);
  let nearest = { code: '', d: Infinity };
  for (const k of kabkotaShapes())
    for (const ring of k.rings)
      for (const [x, y] of ring) {
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if (d < nearest.d) nearest = { code: k.code, d };
      }
  return [nearest.code];
}

export const kabkotaNames = (): Map<string, string> => new Map(kabkotaShapes().map((k) => [k.code, k.name]));
