import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Alert, Loading } from '../../ui';
import { useDesa, useGeoData } from './geo-data';
import { baseStyle, initialBounds, labelPoints, maxBounds, type GeoData } from './map-style';

maplibregl.setWorkerUrl(workerUrl);

/** Where the country names stand (the polygons are many islands; one name each reads better). */
const countryLabels = [
  { key: 'indonesia', lng: 103.3, lat: 0.4 },
  { key: 'malaysia', lng: 103.6, lat: 1.68 },
  { key: 'singapore', lng: 103.82, lat: 1.36 },
] as const;

interface BaseMapProps {
  /** What the map shows, for screen readers (the tables beside it are the text alternative). */
  label: string;
  /** Called once the style has loaded, with the data it was drawn from; overlays are added here. */
  onReady: (map: maplibregl.Map, data: GeoData) => void;
}

/**
 * The offline base map: water, land, Indonesia, Malaysia (Johor's daerah), Singapore, Kepri's
 * kabupaten/kota and kecamatan (desa when zoomed in), with labels drawn from Benteng's own glyphs.
 */
export function BaseMap({ label, onReady }: BaseMapProps) {
  const { t } = useTranslation();
  const geo = useGeoData();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [isZoomedIn, setZoomedIn] = useState(false);
  const [failure, setFailure] = useState(false);
  const desa = useDesa(isZoomedIn);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  }, [onReady]);
  const countries = useMemo(() => countryLabels.map((c) => ({ ...c, name: t(`map.countries.${c.key}`) })), [t]);
  const countriesRef = useRef(countries);
  useEffect(() => {
    countriesRef.current = countries;
  }, [countries]);

  const data = geo.data;
  useEffect(() => {
    if (!data || !container.current) return;
    let created: maplibregl.Map;
    try {
      created = new maplibregl.Map({
        container: container.current,
        style: baseStyle(window.location.origin, data, labelPoints(data, countriesRef.current) as never),
        bounds: initialBounds,
        maxBounds,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        attributionControl: false,
        locale: {
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'AttributionControl.ToggleAttribution': t('map.attributionToggle'),
        },
      });
    } catch {
      // No WebGL (an old phone, a locked-down browser): the tables beside the map still work.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- only the map's constructor can tell
      setFailure(true);
      return;
    }
    created.touchZoomRotate.disableRotation();
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    created.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: t('map.attribution') }), 'bottom-right');
    created.getCanvas().setAttribute('aria-label', label);
    created.on('zoomend', () => setZoomedIn(created.getZoom() >= 9.5));
    // The browser tests and bench:map find the map here (to project a place to the screen, to pan).
    Object.assign(container.current, { maplibreMap: created });
    created.once('load', () => {
      // The compact attribution starts unfolded, covering a phone's map: it opens on its button.
      created.getContainer().querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
      setMap(created);
      onReadyRef.current(created, data);
    });
    return () => {
      setMap(null);
      created.remove();
    };
    // The map is made once per data set; the label and texts are updated below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  // Desa outlines and names once loaded; country names follow the interface language.
  useEffect(() => {
    if (!map || !data) return;
    const desaData = desa.data;
    if (desaData) void map.getSource<maplibregl.GeoJSONSource>('desa')?.setData(desaData);
    void map.getSource<maplibregl.GeoJSONSource>('labels')?.setData(labelPoints({ ...data, desa: desaData }, countries));
  }, [map, data, desa.data, countries]);

  if (geo.isError) return <Alert tone="danger">{t('map.geoUnavailable')}</Alert>;
  if (failure) return <Alert tone="warning">{t('map.noWebgl')}</Alert>;
  return (
    <div className="base-map">
      <div ref={container} className="base-map__canvas" data-testid="map-canvas" />
      {!map ? (
        <div className="base-map__loading">
          <Loading label={t('map.loading')} />
        </div>
      ) : null}
    </div>
  );
}
