import { useMemo, useState } from 'preact/hooks';
import { format, type Language } from '../shell/i18n';
import { Button } from '../shell/ui';
import { useJson } from '../shell/use-json';
import { laporMessages } from './messages';

/**
 * A point on an offline map, loaded only when the reporter asks for it (its own chunk, and the
 * coastline from our server: /api/geo/land, ~46 KB, and the ports, ~7 KB; no tiles, no third
 * party). The coastline is drawn as SVG in a plain longitude/latitude projection (near the equator
 * the distortion does not matter); a tap places the point, the buttons zoom around it.
 */

type Position = [number, number];
interface Geometry {
  type: string;
  coordinates: unknown;
}
interface FeatureCollection {
  features: { geometry: Geometry; properties: Record<string, unknown> | null }[];
}

export interface MapPoint {
  lat: number;
  lng: number;
}

/** The whole of Kepulauan Riau with Johor and Singapore, as first shown. */
const home = { west: 102.6, east: 108.8, south: -1.4, north: 4.9 };
const maxZoom = 32;

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flat();
  return [];
}

/** SVG path data (y grows downwards, so latitude is negated). */
function pathOf(collection: FeatureCollection): string {
  return collection.features
    .flatMap((f) => rings(f.geometry))
    .map((ring) => `M${ring.map(([lng, lat]) => `${lng.toFixed(4)},${(-lat).toFixed(4)}`).join('L')}Z`)
    .join('');
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function PointMap({ language, value, onChange }: { language: Language; value: MapPoint | null; onChange: (point: MapPoint | null) => void }) {
  const t = laporMessages[language];
  const land = useJson<FeatureCollection>('/api/geo/land');
  const ports = useJson<FeatureCollection>('/api/geo/ports');
  const [zoom, setZoom] = useState(1);
  const landPath = useMemo(() => (land.state === 'ready' ? pathOf(land.data) : ''), [land]);

  const width = (home.east - home.west) / zoom;
  const height = (home.north - home.south) / zoom;
  const centre = value ?? { lng: (home.west + home.east) / 2, lat: (home.south + home.north) / 2 };
  const left = Math.min(Math.max(centre.lng - width / 2, home.west), home.east - width);
  const top = Math.min(Math.max(-centre.lat - height / 2, -home.north), -home.south - height);
  const marker = width / 60;

  const place = (event: MouseEvent) => {
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const lng = left + ((event.clientX - box.left) / box.width) * width;
    const lat = -(top + ((event.clientY - box.top) / box.height) * height);
    onChange({ lat: round(lat), lng: round(lng) });
  };

  if (land.state === 'failed') return <p class="muted">{t.mapUnavailable}</p>;
  return (
    <div class="stack point-map">
      <p class="muted" id="point-map-hint">
        {t.mapHint}
      </p>
      <svg
        viewBox={`${left} ${top} ${width} ${height}`}
        role="img"
        aria-label={t.mapTitle}
        aria-describedby="point-map-hint"
        preserveAspectRatio="xMidYMid meet"
        onClick={place}
        data-testid="point-map"
      >
        <rect x={home.west - 10} y={-home.north - 10} width={home.east - home.west + 20} height={home.north - home.south + 20} class="point-map-sea" />
        {landPath && <path d={landPath} class="point-map-land" />}
        {ports.state === 'ready' &&
          ports.data.features.map((f, i) => {
            const [lng, lat] = f.geometry.coordinates as Position;
            return <circle key={i} cx={lng} cy={-lat} r={marker / 3} class="point-map-port" />;
          })}
        {value && (
          <g class="point-map-marker">
            <circle cx={value.lng} cy={-value.lat} r={marker} />
            <circle cx={value.lng} cy={-value.lat} r={marker / 3} />
          </g>
        )}
      </svg>
      <p role="status" data-testid="point-map-value">
        {value ? format(t.mapChosen, { lat: value.lat.toFixed(3), lng: value.lng.toFixed(3) }) : t.mapNone}
      </p>
      <div class="point-map-actions">
        <Button variant="secondary" disabled={zoom >= maxZoom} onClick={() => setZoom((z) => Math.min(z * 2, maxZoom))}>
          {t.mapZoomIn}
        </Button>
        <Button variant="secondary" disabled={zoom <= 1} onClick={() => setZoom((z) => Math.max(z / 2, 1))}>
          {t.mapZoomOut}
        </Button>
        <Button variant="secondary" disabled={!value} onClick={() => onChange(null)}>
          {t.mapClear}
        </Button>
      </div>
    </div>
  );
}
