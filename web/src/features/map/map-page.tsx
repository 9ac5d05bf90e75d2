import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { GeoJSONSource, LngLat, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { MapPointKind, MapQuery } from '#contracts/map';
import { ErrorAlert, PageHeader } from '../../ui';
import { useMe } from '../auth';
import { BaseMap } from './base-map';
import { addCaseLayers, hexMaxZoom, hexOf, setCaseData } from './case-layers';
import { FlowsTable } from './flows-table';
import { placeNames } from './geo-data';
import { useMapLayers, usePatrolAreas } from './map-api';
import { MapFilters, mapFiltersFromParams } from './map-filters';
import { MapLegend } from './map-legend';
import type { GeoData } from './map-style';
import { PatrolPopup, PatrolsTable } from './patrol-areas';
import { addPatrolLayers, setPatrolData, setPatrolsShown } from './patrol-layer';
import { PlacesTable, SelectionPanel } from './place-list';
import { officialPorts, placesOf, pointsOf } from './places';

/** A cluster is drilled into through its first leaves; 2,000 name its places well enough. */
const leafLimit = 2000;

interface LeafPoint {
  lng: number;
  lat: number;
  kind: MapPointKind;
  kecamatan: string;
}
interface RawSelection {
  points: LeafPoint[];
  total: number;
  zoomTo?: () => void;
}

const leafOf = (f: { geometry: GeoJSON.Geometry; properties: Record<string, unknown> | null }): LeafPoint | null => {
  if (f.geometry.type !== 'Point') return null;
  const [lng, lat] = f.geometry.coordinates;
  const kind = f.properties?.kind;
  return {
    lng: lng!,
    lat: lat!,
    kind: kind === 'landing' || kind === 'port' ? kind : 'incident',
    kecamatan: typeof f.properties?.kecamatan === 'string' ? f.properties.kecamatan : '',
  };
};

/**
 * Clicking a hexagon, a cluster or a point selects its points (and offers to zoom in where that
 * separates them). `allPoints` gives the points now shown (a hexagon's are found by their cell).
 */
function listenForSelection(map: MapLibreMap, select: (selection: RawSelection) => void, allPoints: () => LeafPoint[]) {
  map.on('click', 'cases-hex', (event) => {
    const cell: unknown = event.features?.[0]?.properties.cell;
    if (typeof cell !== 'string') return;
    const points = allPoints().filter((p) => hexOf(p.lng, p.lat) === cell);
    const centre = event.lngLat;
    select({ points, total: points.length, zoomTo: () => map.easeTo({ center: centre, zoom: hexMaxZoom + 1 }) });
  });
  map.on('click', 'cases-clusters', (event) => {
    const feature: MapGeoJSONFeature | undefined = event.features?.[0];
    const clusterId = Number(feature?.properties.cluster_id);
    if (!feature || feature.geometry.type !== 'Point' || Number.isNaN(clusterId)) return;
    const centre = feature.geometry.coordinates as [number, number];
    const source = map.getSource('cases') as GeoJSONSource;
    void Promise.all([source.getClusterLeaves(clusterId, leafLimit, 0), source.getClusterExpansionZoom(clusterId)]).then(
      ([leaves, zoom]) => {
        const points = leaves.flatMap((leaf) => leafOf(leaf as never) ?? []);
        const isApart = new Set(points.map((p) => `${p.lng},${p.lat}`)).size > 1;
        select({
          points,
          total: Number(feature.properties.point_count) || points.length,
          zoomTo: isApart ? () => map.easeTo({ center: centre, zoom }) : undefined,
        });
      },
    );
  });
  map.on('click', 'cases-points', (event) => {
    const points = (event.features ?? []).flatMap((f) => leafOf(f) ?? []);
    if (points.length > 0) select({ points, total: points.length });
  });
  for (const layer of ['cases-hex', 'cases-clusters', 'cases-points']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
}

/**
 * Clicking a patrol area where no case point or group is under the cursor (those select their
 * points) opens the popup of the patrols whose areas are there.
 */
function listenForPatrols(map: MapLibreMap, open: (at: LngLat, ids: string[]) => void) {
  map.on('click', 'patrols-fill', (event) => {
    if (map.queryRenderedFeatures(event.point, { layers: ['cases-clusters', 'cases-points'] }).length > 0) return;
    const ids = (event.features ?? []).flatMap((f) => (typeof f.properties.id === 'string' ? [f.properties.id] : []));
    if (ids.length > 0) open(event.lngLat, [...new Set(ids)]);
  });
  map.on('mouseenter', 'patrols-fill', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'patrols-fill', () => (map.getCanvas().style.cursor = ''));
}

/** The risk map: boundaries, official ports, case points (clustered), route flows, filters and drill-down. */
export function MapPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => mapFiltersFromParams(params), [params]);
  const layers = useMapLayers(filters);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [geo, setGeo] = useState<GeoData | null>(null);
  const [selection, setSelection] = useState<RawSelection | null>(null);
  const canOpenCases = me.data?.permissions.includes('cases.read') ?? false;
  const canSeePatrols = me.data?.permissions.includes('patrols.read') ?? false;
  const patrols = usePatrolAreas(filters, canSeePatrols);
  const [patrolsShown, setPatrolsShownState] = useState(true);
  const [patrolPopup, setPatrolPopup] = useState<{ at: LngLat; ids: string[] } | null>(null);
  // A click on another area closes the open popup (MapLibre) and opens the next: only the popup
  // still shown may clear the state.
  const closePatrolPopup = useCallback((at: LngLat) => setPatrolPopup((current) => (current?.at === at ? null : current)), []);

  const shownPoints = useRef<LeafPoint[]>([]);
  useEffect(() => {
    shownPoints.current = layers.data ? pointsOf(layers.data.points) : [];
  }, [layers.data]);
  const onReady = useCallback((ready: MapLibreMap, data: GeoData) => {
    addCaseLayers(ready, data);
    addPatrolLayers(ready);
    listenForSelection(ready, setSelection, () => shownPoints.current);
    listenForPatrols(ready, (at, ids) => setPatrolPopup({ at, ids }));
    setGeo(data);
    setMap(ready);
  }, []);
  useEffect(() => {
    if (map && geo && layers.data) setCaseData(map, layers.data, geo);
  }, [map, geo, layers.data]);

  useEffect(() => {
    if (map) setPatrolData(map, patrols.data?.items ?? []);
  }, [map, patrols.data]);
  useEffect(() => {
    if (map) setPatrolsShown(map, patrolsShown);
  }, [map, patrolsShown]);
  const popupPatrols = (patrols.data?.items ?? []).filter((p) => patrolPopup?.ids.includes(p.id));

  const changeFilters = (next: MapQuery) => {
    setSelection(null);
    setPatrolPopup(null);
    setParams(new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => typeof e[1] === 'string')), { replace: true });
  };

  const names = useMemo(() => (geo ? placeNames(geo) : new Map<string, string>()), [geo]);
  const ports = useMemo(() => (geo ? officialPorts(geo.ports) : []), [geo]);
  const unknown = t('map.panel.unknownPlace');
  const places = useMemo(
    () => (layers.data && geo ? placesOf(pointsOf(layers.data.points), ports, names, unknown) : []),
    [layers.data, geo, ports, names, unknown],
  );
  const selected = selection
    ? {
        places: placesOf(selection.points, ports, names, unknown),
        points: selection.total,
        shown: selection.points.length,
        isTruncated: selection.total > selection.points.length,
        zoomTo: selection.zoomTo,
      }
    : null;
  const portNames = useMemo(() => new Map(ports.map((p) => [p.id, p.name])), [ports]);

  return (
    <div className="map-page">
      <PageHeader
        title={t('map.title')}
        description={t('map.description')}
        actions={<Link to="/map/vulnerability">{t('map.toVulnerability')}</Link>}
      />
      <MapFilters filters={filters} onChange={changeFilters} />
      {layers.isError ? <ErrorAlert error={layers.error} /> : null}
      {patrols.isError ? <ErrorAlert error={patrols.error} /> : null}
      {layers.data ? (
        <p className="map-page__summary" data-testid="map-summary">
          {t('map.summary', { points: layers.data.points.length.toLocaleString() })}{' '}
          {t(`map.precision.${layers.data.precision}`)}
        </p>
      ) : null}
      <div className="map-layout">
        <BaseMap label={t('map.canvasLabel')} onReady={onReady} />
        <aside className="map-layout__aside">
          <SelectionPanel selection={selected} filters={filters} canOpenCases={canOpenCases} onClose={() => setSelection(null)} />
          <MapLegend
            showCases
            patrols={
              canSeePatrols
                ? {
                    shown: patrolsShown,
                    onChange: (shown) => {
                      setPatrolsShownState(shown);
                      if (!shown) setPatrolPopup(null);
                    },
                  }
                : undefined
            }
          />
        </aside>
      </div>
      <PlacesTable places={places} filters={filters} canOpenCases={canOpenCases} />
      <FlowsTable flows={layers.data?.flows ?? []} portNames={portNames} />
      {canSeePatrols && patrols.data ? <PatrolsTable patrols={patrols.data.items} /> : null}
      {map && patrolPopup && popupPatrols.length > 0 ? <PatrolPopup map={map} at={patrolPopup.at} patrols={popupPatrols} onClose={closePatrolPopup} /> : null}
    </div>
  );
}
