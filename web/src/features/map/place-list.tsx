import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MapQuery } from '#contracts/map';
import { Button, Table, type Column } from '../../ui';
import { caseListLink, type PlaceRow } from './places';

/** A link to the cases of a place; its text names the place (visually hidden where the row says it). */
function CasesLink({ place, filters, label }: { place: PlaceRow; filters: MapQuery; label: string }) {
  if (!place.caseFilter) return null;
  return (
    <Link to={caseListLink(filters, place.caseFilter)}>
      {label}
      <span className="visually-hidden"> ({place.name})</span>
    </Link>
  );
}

export interface Selection {
  places: PlaceRow[];
  points: number;
  shown: number;
  /** Leaves read from the cluster (a very large cluster is counted from its first leaves). */
  isTruncated: boolean;
  zoomTo?: () => void;
}

interface SelectionPanelProps {
  selection: Selection | null;
  filters: MapQuery;
  canOpenCases: boolean;
  onClose: () => void;
}

/** The drill-down of a clicked point or cluster: its places, each linked to the case list. */
export function SelectionPanel({ selection, filters, canOpenCases, onClose }: SelectionPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="map-selection" aria-labelledby="map-selection-title" aria-live="polite">
      <h2 id="map-selection-title" className="map-selection__title">
        {t('map.panel.title')}
      </h2>
      {!selection ? (
        <p className="map-selection__hint">{t('map.panel.hint')}</p>
      ) : (
        <>
          <p>{t('map.panel.points', { count: selection.points })}</p>
          {selection.isTruncated ? <p className="map-selection__hint">{t('map.panel.truncated', { shown: selection.shown.toLocaleString() })}</p> : null}
          <ul className="map-selection__places" data-testid="map-selection">
            {selection.places.slice(0, 12).map((place) => (
              <li key={place.key}>
                <span className="map-selection__place">
                  {place.name}
                  {place.area ? <span className="map-selection__area"> · {place.area}</span> : null}
                </span>
                <span className="map-selection__count">{t('map.panel.points', { count: place.total })}</span>
                {canOpenCases ? (
                  <CasesLink place={place} filters={filters} label={t('map.panel.openCases')} />
                ) : null}
              </li>
            ))}
          </ul>
          {!canOpenCases ? <p className="map-selection__hint">{t('map.panel.noCaseAccess')}</p> : null}
          <div className="map-selection__actions">
            {selection.zoomTo ? (
              <Button size="sm" onClick={selection.zoomTo}>
                {t('map.panel.zoomHere')}
              </Button>
            ) : null}
            <Button size="sm" onClick={onClose}>
              {t('map.panel.close')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

/** Every place with its points: the map's text alternative and the keyboard way to drill in. */
export function PlacesTable({ places, filters, canOpenCases }: { places: PlaceRow[]; filters: MapQuery; canOpenCases: boolean }) {
  const { t } = useTranslation();
  const columns: Column<PlaceRow>[] = [
    { key: 'place', header: t('map.placesTable.place'), render: (p) => p.name },
    { key: 'area', header: t('map.placesTable.kabkota'), render: (p) => p.area },
    { key: 'landing', header: t('map.placesTable.landing'), render: (p) => p.counts.landing, className: 'map-number' },
    { key: 'port', header: t('map.placesTable.port'), render: (p) => p.counts.port, className: 'map-number' },
    { key: 'incident', header: t('map.placesTable.incident'), render: (p) => p.counts.incident, className: 'map-number' },
    { key: 'total', header: t('map.placesTable.total'), render: (p) => p.total, className: 'map-number' },
    ...(canOpenCases
      ? [{ key: 'cases', header: t('map.placesTable.cases'), render: (p: PlaceRow) => <CasesLink place={p} filters={filters} label={t('map.panel.openCases')} /> }]
      : []),
  ];
  return (
    <Table
      caption={t('map.placesTable.caption')}
      isCaptionVisible
      columns={columns}
      rows={places}
      rowKey={(p) => p.key}
      empty={t('map.placesTable.empty')}
    />
  );
}
