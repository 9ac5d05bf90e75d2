import { useTranslation } from 'react-i18next';
import type { MapLayers } from '#contracts/map';
import { Table } from '../../ui';
import { useCountryName } from './country-name';

type Flow = MapLayers['flows'][number];

/** The route flows as a table (the lines on the map say the same). */
export function FlowsTable({ flows, portNames }: { flows: MapLayers['flows']; portNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return (
    <Table<Flow>
      caption={t('map.flowsTable.caption')}
      isCaptionVisible
      columns={[
        { key: 'origin', header: t('map.flowsTable.origin'), render: (f) => f.originName },
        { key: 'port', header: t('map.flowsTable.port'), render: (f) => (f.portId ? (portNames.get(f.portId) ?? f.portId) : t('map.flowsTable.noPort')) },
        { key: 'destination', header: t('map.flowsTable.destination'), render: (f) => countryName(f.destination) },
        { key: 'cases', header: t('map.flowsTable.cases'), render: (f) => f.cases, className: 'map-number' },
      ]}
      rows={flows}
      rowKey={(f) => `${f.originCode}|${f.portId ?? ''}|${f.destination}`}
      empty={t('map.flowsTable.empty')}
    />
  );
}
