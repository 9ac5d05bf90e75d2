import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Popup, type LngLat, type Map as MapLibreMap } from 'maplibre-gl';
import type { PatrolArea } from '#contracts/patrols';
import { useFormat } from '../../lib/format-context';
import { Table } from '../../ui';

/** When, which agencies, and a link to the patrol: what the popup and the table both say of a patrol. */
function usePatrolText() {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    kind: (p: PatrolArea) => t(`map.patrols.kinds.${p.kind}`),
    when: (p: PatrolArea) => `${format.dateTime(p.startsAt)} – ${format.dateTime(p.endsAt)}`,
    agencies: (p: PatrolArea) => p.agencies.map((a) => a.code).join(', '),
    status: (p: PatrolArea) => t(`map.patrols.status.${p.status}`),
  };
}

function PatrolLink({ patrol }: { patrol: PatrolArea }) {
  return <Link to={`/patrols/${patrol.id}`}>{patrol.title}</Link>;
}

interface PatrolPopupProps {
  map: MapLibreMap;
  at: LngLat;
  patrols: readonly PatrolArea[];
  onClose: (at: LngLat) => void;
}

/** A MapLibre popup whose content React renders (a portal), so its links route inside the app. */
export function PatrolPopup({ map, at, patrols, onClose }: PatrolPopupProps) {
  const { t } = useTranslation();
  const text = usePatrolText();
  const [content] = useState(() => document.createElement('div'));
  useEffect(() => {
    const popup = new Popup({ maxWidth: '18rem', focusAfterOpen: false, className: 'patrol-popup' }).setLngLat(at).setDOMContent(content).addTo(map);
    const closed = () => onClose(at);
    popup.on('close', closed);
    return () => {
      popup.off('close', closed);
      popup.remove();
    };
  }, [map, at, content, onClose]);
  return createPortal(
    <section data-testid="patrol-popup" aria-label={t('map.patrols.popupLabel')}>
      {patrols.map((p) => (
        <div key={p.id} className="patrol-popup__item">
          <p className="patrol-popup__kind">
            {text.kind(p)} · {text.status(p)}
          </p>
          <p className="patrol-popup__title">
            <PatrolLink patrol={p} />
          </p>
          <p>{text.when(p)}</p>
          <p>
            {t('map.patrols.agencies')}: {text.agencies(p)}
          </p>
        </div>
      ))}
    </section>,
    content,
  );
}

/** The patrol areas of the period as a table (the map's areas say the same). */
export function PatrolsTable({ patrols }: { patrols: readonly PatrolArea[] }) {
  const { t } = useTranslation();
  const text = usePatrolText();
  return (
    <Table<PatrolArea>
      caption={t('map.patrols.caption')}
      isCaptionVisible
      columns={[
        { key: 'title', header: t('map.patrols.title'), render: (p) => <PatrolLink patrol={p} /> },
        { key: 'kind', header: t('map.patrols.kind'), render: (p) => `${text.kind(p)} · ${text.status(p)}` },
        { key: 'when', header: t('map.patrols.when'), render: text.when },
        { key: 'agencies', header: t('map.patrols.agencies'), render: text.agencies },
      ]}
      rows={patrols}
      rowKey={(p) => p.id}
      empty={t('map.patrols.empty')}
    />
  );
}
