import { useTranslation } from 'react-i18next';
import { palette } from './map-style';

type Swatch = 'dot' | 'ring' | 'line' | 'dashed' | 'area';

// Colours come from the map's own palette (set through the CSSOM, which the CSP allows).
function Symbol({ shape, colour, border }: { shape: Swatch; colour: string; border?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`map-legend__symbol map-legend__symbol--${shape}`}
      style={shape === 'line' || shape === 'dashed' ? { borderColor: colour } : { background: colour, borderColor: border ?? colour }}
    />
  );
}

/** The patrol layer's legend entry is also its switch. */
interface PatrolToggle {
  shown: boolean;
  onChange: (shown: boolean) => void;
}

/** What each colour and shape on the map means; with `patrols`, the entry that shows or hides the patrol areas. */
export function MapLegend({ showCases, patrols }: { showCases: boolean; patrols?: PatrolToggle }) {
  const { t } = useTranslation();
  const items: { key: string; shape: Swatch; colour: string; border?: string; text: string }[] = [
    { key: 'officialPort', shape: 'dot', colour: palette.port, border: '#ffffff', text: t('map.legend.officialPort') },
    ...(showCases
      ? [
          { key: 'landing', shape: 'dot' as const, colour: palette.landing, text: t('map.kinds.landing') },
          { key: 'port', shape: 'dot' as const, colour: palette.portPoint, text: t('map.kinds.port') },
          { key: 'incident', shape: 'dot' as const, colour: palette.incident, text: t('map.kinds.incident') },
          { key: 'cluster', shape: 'ring' as const, colour: palette.cluster[1], text: t('map.legend.cluster') },
          { key: 'hex', shape: 'area' as const, colour: palette.cluster[0], text: t('map.legend.hex') },
          { key: 'flow', shape: 'line' as const, colour: palette.flow, text: t('map.legend.flow') },
        ]
      : []),
    { key: 'kabkota', shape: 'line', colour: palette.kabkotaLine, text: t('map.legend.kabkota') },
    { key: 'kecamatan', shape: 'dashed', colour: palette.kecamatanLine, text: t('map.legend.kecamatan') },
    { key: 'johor', shape: 'area', colour: palette.malaysia, border: palette.johorLine, text: t('map.legend.johor') },
    { key: 'water', shape: 'area', colour: palette.water, text: t('map.legend.water') },
  ];
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="map-legend__title">
        {t('map.legend.title')}
      </h2>
      <ul className="map-legend__list">
        {items.map((item) => (
          <li key={item.key}>
            <Symbol shape={item.shape} colour={item.colour} border={item.border} />
            {item.text}
          </li>
        ))}
        {patrols ? (
          <li>
            <Symbol shape="area" colour={palette.patrol} />
            <label className="map-legend__toggle">
              <input type="checkbox" checked={patrols.shown} onChange={(e) => patrols.onChange(e.target.checked)} />
              {t('map.patrols.legend')}
            </label>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
