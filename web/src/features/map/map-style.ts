import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * The map's own style: no tile server, no outside fonts. Boundaries come from GET /api/geo/:layer,
 * label glyphs from /map/glyphs (built from Noto Sans by scripts/build-map-glyphs.mjs). Colours keep
 * water, the three countries, Kepri's kabupaten/kota and Johor apart; the legend uses the same values.
 */
export const palette = {
  water: '#b9d6ea',
  land: '#ebe7dc',
  indonesia: '#f1ead6',
  malaysia: '#dde8cf',
  singapore: '#eddbe6',
  kepri: '#fbf3dc',
  provinceLine: '#a89a78',
  kabkotaLine: '#8a5526',
  kecamatanLine: '#b89566',
  desaLine: '#d2bf9c',
  johorLine: '#5d7d3f',
  countryLine: '#6f6a5e',
  port: '#1a4f80',
  landing: '#b42318',
  incident: '#c0560b',
  portPoint: '#2f6db3',
  flow: '#6b3fa0',
  patrol: '#0b7a75',
  cluster: ['#f2b134', '#e07b28', '#b8401d'],
  labelHalo: '#ffffff',
  labelCountry: '#4a4f57',
  labelKabkota: '#5a3214',
  labelKecamatan: '#6e5a40',
  labelJohor: '#3f5a28',
} as const;

export const fonts = { regular: ['noto-sans-regular'], bold: ['noto-sans-bold'] };

export type BoundaryLayer = 'land' | 'countries' | 'provinces' | 'johor' | 'singapore' | 'kabkota' | 'kecamatan' | 'ports';
export type GeoData = Record<BoundaryLayer, FeatureCollection>;
export type LabelPoints = FeatureCollection<Geometry, { name: string; rank: number }>;

/** The first layer of labels: overlays (choropleth, case points) are inserted below it. */
export const firstLabelLayer = 'label-johor';

/** Kepri and Johor, with a little of Sumatra and Singapore around them. */
export const initialBounds: [[number, number], [number, number]] = [
  [103.0, -0.6],
  [106.4, 2.0],
];
export const maxBounds: [[number, number], [number, number]] = [
  [98, -4],
  [111, 6.5],
];

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const halo = { 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.4 };

function boundaryLayers(): LayerSpecification[] {
  return [
    { id: 'water', type: 'background', paint: { 'background-color': palette.water } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land } },
    {
      id: 'countries',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': [
          'match',
          ['get', 'nama'],
          'Indonesia',
          palette.indonesia,
          'Malaysia',
          palette.malaysia,
          'Singapore',
          palette.singapore,
          palette.land,
        ],
      },
    },
    { id: 'singapore', type: 'fill', source: 'singapore', paint: { 'fill-color': palette.singapore } },
    { id: 'johor', type: 'fill', source: 'johor', paint: { 'fill-color': palette.malaysia } },
    { id: 'kabkota', type: 'fill', source: 'kabkota', paint: { 'fill-color': palette.kepri } },
    {
      id: 'provinces-line',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': palette.provinceLine, 'line-width': 0.8 },
    },
    {
      id: 'desa-line',
      type: 'line',
      source: 'desa',
      minzoom: 10,
      paint: { 'line-color': palette.desaLine, 'line-width': 0.6, 'line-dasharray': [2, 2] },
    },
    {
      id: 'kecamatan-line',
      type: 'line',
      source: 'kecamatan',
      minzoom: 7.5,
      paint: { 'line-color': palette.kecamatanLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 12, 1.2] },
    },
    {
      id: 'johor-line',
      type: 'line',
      source: 'johor',
      paint: { 'line-color': palette.johorLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 1.6] },
    },
    {
      id: 'kabkota-line',
      type: 'line',
      source: 'kabkota',
      paint: { 'line-color': palette.kabkotaLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2.4] },
    },
    {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': palette.countryLine, 'line-width': 1 },
    },
  ];
}

function labelLayers(): LayerSpecification[] {
  const label = (
    id: string,
    filter: unknown[],
    options: { font: string[]; size: [number, number, number, number]; color: string; minzoom?: number; uppercase?: boolean },
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'labels',
    filter: filter as never,
    minzoom: options.minzoom ?? 0,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': options.font,
      'text-size': ['interpolate', ['linear'], ['zoom'], options.size[0], options.size[1], options.size[2], options.size[3]],
      'text-max-width': 8,
      'text-padding': 4,
      ...(options.uppercase ? { 'text-transform': 'uppercase', 'text-letter-spacing': 0.12 } : {}),
    },
    paint: { 'text-color': options.color, ...halo },
  });
  return [
    label('label-johor', ['==', ['get', 'kind'], 'johor'], { font: fonts.regular, size: [7, 10, 11, 14], color: palette.labelJohor, minzoom: 7.5 }),
    label('label-desa', ['==', ['get', 'kind'], 'desa'], { font: fonts.regular, size: [11, 10, 14, 13], color: palette.labelKecamatan, minzoom: 11.5 }),
    label('label-kecamatan', ['==', ['get', 'kind'], 'kecamatan'], { font: fonts.regular, size: [9, 10, 12, 14], color: palette.labelKecamatan, minzoom: 9 }),
    label('label-kabkota', ['==', ['get', 'kind'], 'kabkota'], { font: fonts.bold, size: [6, 10, 10, 15], color: palette.labelKabkota }),
    label('label-country', ['==', ['get', 'kind'], 'country'], { font: fonts.bold, size: [5, 11, 9, 16], color: palette.labelCountry, uppercase: true }),
  ];
}

/** The whole base style; `origin` makes the glyph URL absolute (MapLibre fetches it from a worker). */
export function baseStyle(origin: string, data: GeoData, labels: LabelPoints): StyleSpecification {
  const source = (layer: BoundaryLayer) => ({ type: 'geojson' as const, data: data[layer] });
  return {
    version: 8,
    glyphs: `${origin}/map/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      land: source('land'),
      countries: source('countries'),
      provinces: source('provinces'),
      singapore: source('singapore'),
      johor: source('johor'),
      kabkota: source('kabkota'),
      kecamatan: source('kecamatan'),
      desa: { type: 'geojson', data: empty },
      labels: { type: 'geojson', data: labels },
    },
    layers: [...boundaryLayers(), ...labelLayers()],
  };
}

type Properties = Record<string, unknown> | null;
const textOf = (p: Properties, key: string) => (typeof p?.[key] === 'string' ? p[key] : '');

/** A point inside-ish a polygon for its label: the vertex mean of its largest ring. */
export function labelPointOf(geometry: Geometry): [number, number] | null {
  const rings =
    geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
  const largest = rings.reduce<number[][]>((best, ring) => (ring.length > best.length ? ring : best), []);
  if (largest.length === 0) return null;
  const sum = largest.reduce((acc, p) => [acc[0]! + p[0]!, acc[1]! + p[1]!], [0, 0]);
  return [sum[0]! / largest.length, sum[1]! / largest.length];
}

/** Label points: Kepri areas at their reference label points, Johor's daerah, and the countries. */
export function labelPoints(
  layers: { kabkota: FeatureCollection; kecamatan: FeatureCollection; johor: FeatureCollection; desa?: FeatureCollection },
  countries: { name: string; lng: number; lat: number }[],
): FeatureCollection {
  const point = (kind: string, name: string, lng: number, lat: number) => ({
    type: 'Feature' as const,
    properties: { kind, name },
    geometry: { type: 'Point' as const, coordinates: [lng, lat] },
  });
  const kepri = (kind: string, collection: FeatureCollection | undefined) =>
    (collection?.features ?? []).flatMap((f) => {
      const p = f.properties;
      return typeof p?.lng === 'number' && typeof p.lat === 'number' ? [point(kind, textOf(p, 'nama'), p.lng, p.lat)] : [];
    });
  const johor = layers.johor.features.flatMap((f) => {
    const at = labelPointOf(f.geometry);
    return at ? [point('johor', textOf(f.properties, 'nama'), at[0], at[1])] : [];
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...countries.map((c) => point('country', c.name, c.lng, c.lat)),
      ...kepri('kabkota', layers.kabkota),
      ...kepri('kecamatan', layers.kecamatan),
      ...kepri('desa', layers.desa),
      ...johor,
    ],
  };
}
