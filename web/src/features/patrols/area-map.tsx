import { useCallback, useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Landing, Polygon } from '#contracts/patrols';
import { BaseMap } from '../map';
import { addAreaLayers, areaFeatures, boundsOf, setAreaData } from './area-layers';

/** A planned patrol's area (and the landings its report found) on the offline map, fitted to it. */
export function AreaMap({ area, landings, label }: { area: Polygon; landings: readonly Landing[]; label: string }) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const features = areaFeatures(area.coordinates[0]!.slice(0, -1), landings);
  const first = useRef(features);
  const key = JSON.stringify(features);

  const onReady = useCallback((created: MapLibreMap) => {
    addAreaLayers(created, first.current, { showCorners: false });
    const bounds = boundsOf(first.current.features.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates as [number, number]] : [])));
    if (bounds) created.fitBounds(bounds, { padding: 40, maxZoom: 12, animate: false });
    setMap(created);
  }, []);

  // A saved report adds its landings to the map already drawn.
  useEffect(() => {
    if (map) setAreaData(map, JSON.parse(key) as typeof features);
  }, [map, key]);

  return <BaseMap label={label} onReady={onReady} />;
}
