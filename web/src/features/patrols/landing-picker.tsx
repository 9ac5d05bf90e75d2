import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Landing, Polygon } from '#contracts/patrols';
import { BaseMap } from '../map';
import { addAreaLayers, areaFeatures, boundsOf, roundPosition, setAreaData } from './area-layers';

/** The patrol's area with the landings entered so far; a tap adds a landing where it falls. */
export function LandingPicker({ area, landings, onPick }: { area: Polygon; landings: Landing[]; onPick: (lng: number, lat: number) => void }) {
  const { t } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const corners = area.coordinates[0]!.slice(0, -1);
  const latest = useRef({ onPick, corners });
  useEffect(() => {
    latest.current = { onPick, corners };
  });

  const onReady = useCallback((created: MapLibreMap) => {
    addAreaLayers(created, areaFeatures(latest.current.corners), { showCorners: false });
    const bounds = boundsOf(latest.current.corners);
    if (bounds) created.fitBounds(bounds, { padding: 60, maxZoom: 12, animate: false });
    created.getCanvas().style.cursor = 'crosshair';
    created.on('click', (event) => {
      const [lng, lat] = roundPosition(event.lngLat.lng, event.lngLat.lat);
      latest.current.onPick(lng, lat);
    });
    setMap(created);
  }, []);

  const key = JSON.stringify(landings);
  useEffect(() => {
    if (map) setAreaData(map, areaFeatures(latest.current.corners, JSON.parse(key) as Landing[]));
  }, [map, key]);

  return (
    <div className="patrol-drawer">
      <BaseMap label={t('patrols.report.landingMapLabel')} onReady={onReady} />
    </div>
  );
}
