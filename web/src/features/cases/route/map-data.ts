import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';

/** One ring: the first point, then steps from the previous point, in 1/scale degrees. */
const ringSchema = z.array(z.number().int());
const mapDataSchema = z.object({
  scale: z.number().positive(),
  bbox: z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() }),
  layers: z.object({
    indonesia: z.array(ringSchema),
    malaysia: z.array(ringSchema),
    kepri: z.array(ringSchema),
    johor: z.array(ringSchema),
    singapore: z.array(ringSchema),
  }),
});
export type MapData = z.infer<typeof mapDataSchema>;
export type LandLayer = keyof MapData['layers'];

/** The land under the route map, from our own origin (see web/public/geo/README.md); fetched once. */
export function useMapData() {
  return useQuery({
    queryKey: ['geo', 'border-region'],
    queryFn: async () => {
      const response = await fetch('/geo/border-region.json', { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`map data: HTTP ${response.status}`);
      return mapDataSchema.parse(await response.json());
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/**
 * The map's coordinates: plate carrée in thousandths of a degree, north up (y grows southward).
 * At 1°N the east–west stretch of an equirectangular projection (1/cos 1°) is 0.015 %: none.
 */
export const unitsPerDegree = 1000;
export const toX = (lng: number) => lng * unitsPerDegree;
export const toY = (lat: number) => -lat * unitsPerDegree;
export const toLng = (x: number) => x / unitsPerDegree;
export const toLat = (y: number) => -y / unitsPerDegree;

/** An SVG path of a layer's rings; the stored steps are SVG's relative line-to's. */
export function layerPath(rings: readonly (readonly number[])[], scale: number): string {
  const factor = unitsPerDegree / scale;
  return rings
    .map((ring) => {
      const parts = [`M${(ring[0] ?? 0) * factor} ${-(ring[1] ?? 0) * factor}l`];
      for (let i = 2; i < ring.length; i += 2)
        parts.push(`${(ring[i] ?? 0) * factor} ${-(ring[i + 1] ?? 0) * factor}`);
      return `${parts.join(' ')}z`;
    })
    .join('');
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area around Batam, Bintan, Singapore and southern Johor: where most routes cross. */
const straitArea = { west: 103.4, south: 0.75, east: 104.6, north: 1.65 };

/**
 * A view around the given points (with a margin, at least 0.9° by 0.6°, between 4:3 and 2:1
 * wide), or the strait when there are none.
 */
export function viewAround(points: readonly { lat: number; lng: number }[]): ViewBox {
  const lngs = points.map((p) => p.lng);
  const lats = points.map((p) => p.lat);
  let west = points.length > 0 ? Math.min(...lngs) : straitArea.west;
  let east = points.length > 0 ? Math.max(...lngs) : straitArea.east;
  let south = points.length > 0 ? Math.min(...lats) : straitArea.south;
  let north = points.length > 0 ? Math.max(...lats) : straitArea.north;
  const margin = Math.max(0.1, (east - west) * 0.2, (north - south) * 0.2);
  west -= margin;
  east += margin;
  south -= margin;
  north += margin;
  // At least the width of the strait between Batam and Johor, so a route keeps its surroundings.
  const grow = (span: number, minimum: number) => Math.max(0, minimum - span) / 2;
  const widen = grow(east - west, 0.9);
  const heighten = grow(north - south, 0.6);
  west -= widen;
  east += widen;
  south -= heighten;
  north += heighten;
  let width = east - west;
  let height = north - south;
  if (width < height * (4 / 3)) {
    const grow = height * (4 / 3) - width;
    west -= grow / 2;
    width += grow;
  } else if (width > height * 2) {
    const grow = width / 2 - height;
    south -= grow / 2;
    height += grow;
  }
  return {
    x: toX(west),
    y: toY(south + height),
    width: width * unitsPerDegree,
    height: height * unitsPerDegree,
  };
}
