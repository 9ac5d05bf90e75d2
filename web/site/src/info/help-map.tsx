import { useEffect, useState } from 'preact/hooks';
import type { HelpDocument } from '#contracts/public-info';
import type { Language } from '../shell/i18n';
import { infoMessages } from './messages';

// A small offline map: the land outlines the staff client's route map uses (web/public/geo, our
// own origin, no tile server), fetched only on this page, with one numbered marker per office.

interface MapData {
  scale: number;
  layers: Record<'indonesia' | 'malaysia' | 'kepri' | 'johor' | 'singapore', number[][]>;
}

/** Thousandths of a degree, north up: x = lng·1000, y = −lat·1000. */
const unit = 1000;
const view = { west: 103.3, east: 104.8, south: 0.6, north: 1.8 };

/** An SVG path of rings stored as a first point and then relative steps (see web/public/geo/README.md). */
function ringsPath(rings: number[][], scale: number): string {
  const factor = unit / scale;
  return rings
    .map((ring) => {
      let d = `M${(ring[0] ?? 0) * factor} ${-(ring[1] ?? 0) * factor}l`;
      for (let i = 2; i < ring.length; i += 2) d += ` ${(ring[i] ?? 0) * factor} ${-(ring[i + 1] ?? 0) * factor}`;
      return `${d}z`;
    })
    .join('');
}

export function HelpMap({ offices, language }: { offices: HelpDocument['offices']; language: Language }) {
  const t = infoMessages[language];
  const [data, setData] = useState<MapData | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/geo/border-region.json', { credentials: 'omit', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<MapData>) : null))
      .then(setData, () => setData(null));
    return () => controller.abort();
  }, []);
  const viewBox = `${view.west * unit} ${-view.north * unit} ${(view.east - view.west) * unit} ${(view.north - view.south) * unit}`;
  if (!data) return <p class="muted">{t.mapLoading}</p>;
  return (
    <svg class="help-map" viewBox={viewBox} role="img" aria-label={t.mapLabel}>
      <rect x={view.west * unit} y={-view.north * unit} width={(view.east - view.west) * unit} height={(view.north - view.south) * unit} class="sea" />
      <path d={ringsPath([...data.layers.malaysia, ...data.layers.indonesia], data.scale)} class="land" />
      <path d={ringsPath(data.layers.singapore, data.scale)} class="land-other" />
      {offices.map((office, index) => (
        <g key={office.name} transform={`translate(${office.lng * unit} ${-office.lat * unit})`}>
          <circle r="22" class="marker" />
          <text class="marker-label" text-anchor="middle" dy="9">
            {index + 1}
          </text>
        </g>
      ))}
    </svg>
  );
}
