import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { cellToBoundary, latLngToCell } from 'h3-js';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { mapPointKinds, type MapLayers, type MapPointKind } from '#contracts/map';
import { firstLabelLayer, fonts, labelPointOf, palette, type GeoData } from './map-style';

/** Where a destination country is drawn: the neighbours at their border crossings' side. */
export const destinationPoints: Record<string, [number, number]> = {
  MY: [103.55, 1.75],
  SG: [103.82, 1.36],
  BN: [114.7, 4.6],
  TH: [100.5, 6.8],
};

export interface PointProperties {
  kind: MapPointKind;
  /** Kecamatan code ('' when unknown). */
  kecamatan: string;
}

/** The points as GeoJSON for a clustered source (properties kept small: 100,000 of them). */
export function pointFeatures(points: MapLayers['points']): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: points.map(([lng, lat, kind, kecamatan]) => ({
      type: 'Feature',
      properties: { kind: mapPointKinds[kind] ?? 'incident', kecamatan },
      geometry: { type: 'Point', coordinates: [lng, lat] },
    })),
  };
}

/**
 * Each flow as a line origin → port → destination, through the parts whose place is known. An
 * origin is drawn from the neighbouring provinces' outlines; Kepri itself (the province the map
 * shows, whose label point is at sea) and far provinces start the line at the port.
 */
export function flowFeatures(flows: MapLayers['flows'], provinces: FeatureCollection): FeatureCollection<LineString, { cases: number }> {
  const features: Feature<LineString, { cases: number }>[] = [];
  const origins = new Map(
    provinces.features.flatMap((f) => {
      const at = labelPointOf(f.geometry);
      return typeof f.properties?.kode === 'string' && at ? [[f.properties.kode, at] as const] : [];
    }),
  );
  for (const flow of flows) {
    const stops: [number, number][] = [];
    const origin = flow.originCode === '21' ? undefined : origins.get(flow.originCode);
    if (origin) stops.push(origin);
    if (flow.portLng !== null && flow.portLat !== null) stops.push([flow.portLng, flow.portLat]);
    const destination = destinationPoints[flow.destination];
    if (destination) stops.push(destination);
    if (stops.length >= 2) {
      features.push({ type: 'Feature', properties: { cases: flow.cases }, geometry: { type: 'LineString', coordinates: stops } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Below this zoom the points are counted in H3 hexagons (resolution 5, about 250 km² each). */
export const hexMaxZoom = 7;
const hexResolution = 5;

export const hexOf = (lng: number, lat: number) => latLngToCell(lat, lng, hexResolution);

/** The points counted per H3 cell, as polygons (an overview when zoomed out, where clusters would pile up). */
export function hexFeatures(points: MapLayers['points']): FeatureCollection<Polygon, { cell: string; count: number }> {
  const counts = new Map<string, number>();
  for (const [lng, lat] of points) {
    const cell = hexOf(lng, lat);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return {
    type: 'FeatureCollection',
    features: [...counts].map(([cell, count]) => ({
      type: 'Feature',
      properties: { cell, count },
      geometry: { type: 'Polygon', coordinates: [cellToBoundary(cell, true)] },
    })),
  };
}

const kindColour = ['match', ['get', 'kind'], 'landing', palette.landing, 'port', palette.portPoint, palette.incident];

/** Adds ports, flows and the clustered case points above the boundaries (labels of places stay on top of flows). */
export function addCaseLayers(map: MapLibreMap, data: GeoData): void {
  map.addSource('flows', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addSource('official-ports', { type: 'geojson', data: data.ports });
  map.addSource('hexes', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addSource('cases', {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    cluster: true,
    clusterRadius: 46,
    clusterMaxZoom: 13,
  });
  map.addLayer(
    {
      id: 'flows',
      type: 'line',
      source: 'flows',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.flow,
        'line-opacity': 0.7,
        'line-width': ['interpolate', ['linear'], ['get', 'cases'], 1, 1.5, 20, 4, 200, 9],
      },
    },
    firstLabelLayer,
  );
  map.addLayer(
    {
      id: 'cases-hex',
      type: 'fill',
      source: 'hexes',
      maxzoom: hexMaxZoom,
      paint: {
        'fill-color': ['step', ['get', 'count'], palette.cluster[0], 50, palette.cluster[1], 1000, palette.cluster[2]],
        'fill-opacity': 0.8,
        'fill-outline-color': '#ffffff',
      },
    },
    firstLabelLayer,
  );
  map.addLayer({
    id: 'official-ports',
    type: 'circle',
    source: 'official-ports',
    paint: { 'circle-radius': 5, 'circle-color': palette.port, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
  });
  map.addLayer({
    id: 'official-ports-label',
    type: 'symbol',
    source: 'official-ports',
    minzoom: 9.5,
    layout: {
      'text-field': ['get', 'nama'],
      'text-font': fonts.regular,
      'text-size': 11,
      'text-offset': [0, 0.9],
      'text-anchor': 'top',
      'text-max-width': 10,
      'text-optional': true,
    },
    paint: { 'text-color': palette.port, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.4 },
  });
  map.addLayer({
    id: 'cases-clusters',
    type: 'circle',
    source: 'cases',
    minzoom: hexMaxZoom,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': ['step', ['get', 'point_count'], palette.cluster[0], 50, palette.cluster[1], 1000, palette.cluster[2]],
      'circle-radius': ['step', ['get', 'point_count'], 13, 50, 17, 1000, 22, 10000, 27],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-opacity': 0.92,
    },
  });
  map.addLayer({
    id: 'cases-count',
    type: 'symbol',
    source: 'cases',
    minzoom: hexMaxZoom,
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': fonts.bold,
      'text-size': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#1d1206' },
  });
  map.addLayer({
    id: 'cases-points',
    type: 'circle',
    source: 'cases',
    minzoom: hexMaxZoom,
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-radius': 6,
      'circle-color': kindColour as never,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
}

/** Replaces the case data (after a filter change). */
export function setCaseData(map: MapLibreMap, layers: MapLayers, geo: GeoData): void {
  void map.getSource<GeoJSONSource>('cases')?.setData(pointFeatures(layers.points));
  void map.getSource<GeoJSONSource>('hexes')?.setData(hexFeatures(layers.points));
  void map.getSource<GeoJSONSource>('flows')?.setData(flowFeatures(layers.flows, geo.provinces));
}
