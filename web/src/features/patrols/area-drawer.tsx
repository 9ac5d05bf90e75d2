import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from '#contracts/patrols';
import { Button, FieldGroup } from '../../ui';
import { BaseMap } from '../map';
import { addAreaLayers, areaFeatures, boundsOf, roundPosition, setAreaData } from './area-layers';

interface AreaDrawerProps {
  corners: Position[];
  onChange: (corners: Position[]) => void;
  error?: string;
}

/**
 * The patrol area drawn on the offline map: each tap adds a corner; undo and clear correct it.
 * Keyboard users move the map with the arrow keys and add its centre; the corners are listed as text.
 */
export function AreaDrawer({ corners, onChange, error }: AreaDrawerProps) {
  const { t } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // The map's click handler is registered once; it reads the latest corners and callback from here.
  const latest = useRef({ corners, onChange });
  useEffect(() => {
    latest.current = { corners, onChange };
  }, [corners, onChange]);

  const onReady = useCallback((created: MapLibreMap) => {
    addAreaLayers(created, areaFeatures(latest.current.corners), { showCorners: true });
    // A plan being changed opens on its area.
    const bounds = boundsOf(latest.current.corners);
    if (bounds) created.fitBounds(bounds, { padding: 40, maxZoom: 12, animate: false });
    created.getCanvas().style.cursor = 'crosshair';
    created.on('click', (event) => {
      const { corners: current, onChange: change } = latest.current;
      change([...current, roundPosition(event.lngLat.lng, event.lngLat.lat)]);
    });
    setMap(created);
  }, []);

  useEffect(() => {
    if (map) setAreaData(map, areaFeatures(corners));
  }, [map, corners]);

  const addCentre = () => {
    if (!map) return;
    const centre = map.getCenter();
    onChange([...corners, roundPosition(centre.lng, centre.lat)]);
  };

  return (
    <FieldGroup legend={t('patrols.drawer.legend')} hint={t('patrols.drawer.hint')} error={error}>
      <div className="stack patrol-drawer">
        <BaseMap label={t('patrols.drawer.canvasLabel')} onReady={onReady} />
        <div className="cluster">
          <span role="status" className="patrol-drawer__count">
            {t('patrols.drawer.points', { count: corners.length })}
          </span>
          <Button size="sm" onClick={addCentre} disabled={!map}>
            {t('patrols.drawer.addCentre')}
          </Button>
          <Button size="sm" onClick={() => onChange(corners.slice(0, -1))} disabled={corners.length === 0}>
            {t('patrols.drawer.undo')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => onChange([])} disabled={corners.length === 0}>
            {t('patrols.drawer.clear')}
          </Button>
        </div>
        {corners.length > 0 ? (
          <details className="patrol-drawer__corners">
            <summary>{t('patrols.drawer.pointList')}</summary>
            <ol>
              {corners.map(([lng, lat], index) => (
                // The same corner may be tapped twice; its place in the ring is what identifies it.
                <li key={`${index}:${lng},${lat}`}>
                  {lat.toFixed(5)}, {lng.toFixed(5)}
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </div>
    </FieldGroup>
  );
}
