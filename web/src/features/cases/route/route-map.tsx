import { useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Port } from '#contracts/reference';
import { Loading } from '../../../ui';
import {
  layerPath,
  toLat,
  toLng,
  toX,
  toY,
  useMapData,
  viewAround,
  type LandLayer,
  type ViewBox,
} from './map-data';
import type { MapPoint } from './route-places';

/** Names on the land, so a reader finds their way (localised where the languages differ). */
const placeLabels = [
  { key: 'batam', lng: 104.03, lat: 1.08 },
  { key: 'bintan', lng: 104.48, lat: 1.05 },
  { key: 'karimun', lng: 103.42, lat: 1.02 },
  { key: 'singapore', lng: 103.82, lat: 1.36 },
  { key: 'johor', lng: 103.55, lat: 1.75 },
  { key: 'lingga', lng: 104.6, lat: -0.2 },
  { key: 'sumatra', lng: 102.2, lat: 0.6 },
  { key: 'riauIslands', lng: 105.8, lat: 1.9 },
] as const;

const landLayers: { layer: LandLayer; className: string }[] = [
  { layer: 'indonesia', className: 'map__land map__land--id' },
  { layer: 'kepri', className: 'map__land map__land--id' },
  { layer: 'malaysia', className: 'map__land map__land--my' },
  { layer: 'johor', className: 'map__land map__land--my' },
  { layer: 'singapore', className: 'map__land map__land--sg' },
];

function Land({ view }: { view: ViewBox }) {
  const { t } = useTranslation();
  const data = useMapData();
  if (!data.data) return null;
  const unit = view.width / 100;
  const inView = (lng: number, lat: number) =>
    toX(lng) > view.x &&
    toX(lng) < view.x + view.width &&
    toY(lat) > view.y &&
    toY(lat) < view.y + view.height;
  return (
    <g aria-hidden="true">
      {landLayers.map(({ layer, className }) => (
        <path key={layer} className={className} d={layerPath(data.data.layers[layer], data.data.scale)} />
      ))}
      {placeLabels
        .filter((place) => inView(place.lng, place.lat))
        .map((place) => (
          <text
            key={place.key}
            x={toX(place.lng)}
            y={toY(place.lat)}
            className="map__place"
            fontSize={unit * 2.6}
          >
            {t(`cases.map.places.${place.key}`)}
          </text>
        ))}
    </g>
  );
}

/** Long port names would cover the route: a label keeps its first words (the list has the rest). */
function shortLabel(label: string): string {
  return label.length <= 24 ? label : `${label.slice(0, 23).trimEnd()}…`;
}

function RoutePoints({ points, unit }: { points: readonly MapPoint[]; unit: number }) {
  const line = points.map((p) => `${toX(p.lng)},${toY(p.lat)}`).join(' ');
  return (
    <g aria-hidden="true">
      {points.length > 1 ? <polyline className="map__route" points={line} strokeWidth={unit * 0.6} /> : null}
      {points.map((point) => {
        const x = toX(point.lng);
        const y = toY(point.lat);
        const r = unit * 2.2;
        return (
          <g key={`${point.id}-${point.step}`} className={`map__step map__step--${point.kind}`}>
            {point.kind === 'unofficial_landing' ? (
              <rect
                x={x - r}
                y={y - r}
                width={r * 2}
                height={r * 2}
                transform={`rotate(45 ${x} ${y})`}
                strokeWidth={unit * 0.4}
              />
            ) : (
              <circle cx={x} cy={y} r={r} strokeWidth={unit * 0.4} />
            )}
            <text x={x} y={y + unit * 1} fontSize={unit * 2.6} className="map__step-number">
              {point.step}
            </text>
            {/* Labels alternate above and below their point, so neighbours overlap less. */}
            <text
              x={x + r * 1.4}
              y={point.step % 2 === 0 ? y + r * 1.6 : y - r * 0.6}
              fontSize={unit * 2.4}
              className="map__label"
              strokeWidth={unit * 0.6}
            >
              {shortLabel(point.label)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

interface RouteMapProps {
  /** The route's steps that have a place on the map, in order. */
  points: readonly MapPoint[];
  /** Official ports shown for orientation. */
  ports: readonly Port[];
  /** A sentence for screen readers; the ordered list of steps beside the map says the rest. */
  description: string;
  /** Choosing a point by clicking (the latitude and longitude inputs remain the keyboard way). */
  onPick?: (point: { lat: number; lng: number }) => void;
  picked?: { lat: number; lng: number } | null;
}

/**
 * A small offline map: land from /geo/border-region.json, ports, landings and the route line, drawn
 * as SVG with no tile server. It is an illustration; the list of steps is the text alternative.
 */
export default function RouteMap({ points, ports, description, onPick, picked }: RouteMapProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const data = useMapData();
  const view = viewAround(picked ? [picked, ...points] : points);
  const unit = view.width / 100;
  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM()?.inverse();
    if (!svg || !matrix || !onPick) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    onPick({ lat: Number(toLat(at.y).toFixed(5)), lng: Number(toLng(at.x).toFixed(5)) });
  };
  if (data.isPending) return <Loading label={t('cases.map.loading')} />;
  return (
    <figure className="route-map">
      <svg
        ref={svgRef}
        className={onPick ? 'route-map__svg route-map__svg--pick' : 'route-map__svg'}
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        role="img"
        aria-labelledby={titleId}
        onClick={onPick ? pick : undefined}
      >
        <title id={titleId}>{description}</title>
        <rect className="map__sea" x={view.x} y={view.y} width={view.width} height={view.height} />
        <Land view={view} />
        <g aria-hidden="true">
          {ports.map((port) => (
            <circle
              key={port.id}
              className="map__port"
              cx={toX(port.lng)}
              cy={toY(port.lat)}
              r={unit * 0.8}
            />
          ))}
        </g>
        <RoutePoints points={points} unit={unit} />
        {picked ? (
          <g aria-hidden="true" className="map__picked">
            <circle cx={toX(picked.lng)} cy={toY(picked.lat)} r={unit * 1.8} strokeWidth={unit * 0.6} />
          </g>
        ) : null}
      </svg>
      <figcaption className="route-map__caption">
        {data.isError ? t('cases.map.unavailable') : t('cases.map.caption')}
      </figcaption>
    </figure>
  );
}
