import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { ringArea2, type Landing, type Polygon, type Position } from '#contracts/patrols';
import { firstLabelLayer } from '../map';

/** Patrol areas in a deep blue that stands apart from the sea and the land; landings in red. */
const colours = { area: '#14457a', vertex: '#ffffff', landing: '#b42318' } as const;
const source = 'patrol-area';

/** Corners are kept to about a metre: more digits say nothing and make the plan harder to read. */
export const roundPosition = (lng: number, lat: number): Position => [Math.round(lng * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];

/** The drawn corners as a closed polygon, or null while they do not enclose an area yet. */
export function polygonOf(corners: readonly Position[]): Polygon | null {
  if (corners.length < 3) return null;
  const ring = [...corners, corners[0]!];
  return Math.abs(ringArea2(ring)) > 1e-12 ? { type: 'Polygon', coordinates: [ring] } : null;
}

/** The area (filled once it has three corners, a line before), its corners and the landings found. */
export function areaFeatures(corners: readonly Position[], landings: readonly Landing[] = []): FeatureCollection {
  const feature = (geometry: GeoJSON.Geometry, role: string) => ({ type: 'Feature' as const, properties: { role }, geometry });
  const shape =
    corners.length >= 3
      ? [feature({ type: 'Polygon', coordinates: [[...corners, corners[0]!]] }, 'area')]
      : corners.length === 2
        ? [feature({ type: 'LineString', coordinates: [...corners] }, 'area')]
        : [];
  return {
    type: 'FeatureCollection',
    features: [
      ...shape,
      ...corners.map((c) => feature({ type: 'Point', coordinates: [...c] }, 'corner')),
      ...landings.map((l) => feature({ type: 'Point', coordinates: [l.lng, l.lat] }, 'landing')),
    ],
  };
}

/** Adds the area's source and layers below the base map's labels. */
export function addAreaLayers(map: MapLibreMap, data: FeatureCollection, options: { showCorners: boolean }) {
  map.addSource(source, { type: 'geojson', data });
  const before = map.getLayer(firstLabelLayer) ? firstLabelLayer : undefined;
  const role = (value: string) => ['==', ['get', 'role'], value] as never;
  map.addLayer({ id: 'patrol-area-fill', type: 'fill', source, filter: ['all', role('area'), ['==', ['geometry-type'], 'Polygon']] as never, paint: { 'fill-color': colours.area, 'fill-opacity': 0.22 } }, before);
  map.addLayer({ id: 'patrol-area-line', type: 'line', source, filter: role('area'), paint: { 'line-color': colours.area, 'line-width': 2.5 } }, before);
  if (options.showCorners)
    map.addLayer({ id: 'patrol-area-corners', type: 'circle', source, filter: role('corner'), paint: { 'circle-radius': 5, 'circle-color': colours.vertex, 'circle-stroke-color': colours.area, 'circle-stroke-width': 2 } }, before);
  map.addLayer({ id: 'patrol-area-landings', type: 'circle', source, filter: role('landing'), paint: { 'circle-radius': 6, 'circle-color': colours.landing, 'circle-stroke-color': colours.vertex, 'circle-stroke-width': 1.5 } }, before);
}

export function setAreaData(map: MapLibreMap, data: FeatureCollection) {
  void map.getSource<GeoJSONSource>(source)?.setData(data);
}

/** The bounding box of the corners (and landings), for fitting the map to them. */
export function boundsOf(positions: readonly Position[]): LngLatBoundsLike | null {
  if (positions.length === 0) return null;
  const xs = positions.map((p) => p[0]);
  const ys = positions.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
