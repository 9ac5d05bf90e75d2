import type { FeatureCollection, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { PatrolArea } from '#contracts/patrols';
import { palette } from './map-style';

const patrolLayers = ['patrols-fill', 'patrols-line'] as const;

/** The areas as polygons; each carries its patrol's id (the popup reads the rest from the list). */
export function patrolFeatures(patrols: readonly PatrolArea[]): FeatureCollection<Polygon, { id: string }> {
  return {
    type: 'FeatureCollection',
    // Oldest first, so the newest area is drawn on top where areas overlap.
    features: [...patrols].reverse().map((p) => ({ type: 'Feature', properties: { id: p.id }, geometry: p.area })),
  };
}

/** Patrol areas: a light fill with a dashed outline, beneath the route flows and the case points. */
export function addPatrolLayers(map: MapLibreMap): void {
  map.addSource('patrols', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'patrols-fill', type: 'fill', source: 'patrols', paint: { 'fill-color': palette.patrol, 'fill-opacity': 0.16 } }, 'flows');
  map.addLayer(
    {
      id: 'patrols-line',
      type: 'line',
      source: 'patrols',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.patrol, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
    'flows',
  );
}

export function setPatrolData(map: MapLibreMap, patrols: readonly PatrolArea[]): void {
  void map.getSource<GeoJSONSource>('patrols')?.setData(patrolFeatures(patrols));
}

export function setPatrolsShown(map: MapLibreMap, shown: boolean): void {
  for (const layer of patrolLayers) map.setLayoutProperty(layer, 'visibility', shown ? 'visible' : 'none');
}
