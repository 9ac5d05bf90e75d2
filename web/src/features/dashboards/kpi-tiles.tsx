import { useTranslation } from 'react-i18next';
import { dashboardKpiKeys, type Dashboard } from '#contracts/dashboards';
import { useFormat } from '../../lib/format-context';

/** The period's key figures as tiles; a withheld count says so instead of showing a number. */
export function KpiTiles({ kpis }: { kpis: Dashboard['kpis'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="kpi-tiles">
      {dashboardKpiKeys.map((key) => {
        const cell = kpis[key];
        return (
          <div key={key} className="kpi-tile" data-kpi={key}>
            <dt className="kpi-tile__label">{t(`dashboards.kpis.${key}`)}</dt>
            <dd className="kpi-tile__value">{cell.count === null ? t('dashboards.chart.withheld') : format.number(cell.count)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
