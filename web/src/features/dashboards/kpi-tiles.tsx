import { useTranslation } from 'react-i18next';
import { dashboardKpi, dashboardKpiKeys, type Dashboard } from '#contracts/dashboards';
import { useFormat } from '../../lib/format-context';
import { useCodes } from '../cases/code-labels';

/** The period's key figures as tiles; a withheld count says so instead of showing a number. */
export function KpiTiles({ kpis }: { kpis: Dashboard['kpis'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label } = useCodes();
  return (
    <dl className="kpi-tiles">
      {dashboardKpiKeys.map((key) => {
        const cell = kpis[key];
        return (
          <div key={key} className="kpi-tile" data-kpi={key}>
            <dt className="kpi-tile__label">{label(dashboardKpi, key)}</dt>
            <dd className="kpi-tile__value">{cell.count === null ? t('dashboards.chart.withheld') : format.number(cell.count)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
