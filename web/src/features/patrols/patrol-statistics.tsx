import { useTranslation } from 'react-i18next';
import type { PatrolStatistics, PatrolTotals } from '#contracts/patrols';
import { useFormat } from '../../lib/format-context';
import { intlLocale } from '../../lib/format';
import { isLocale } from '../../lib/i18n';
import { Card, ErrorAlert, Loading, Table, type Column } from '../../ui';

const totalKeys = ['patrols', 'reported', 'peopleIntercepted', 'boatsIntercepted', 'landingsFound', 'casesOpened'] as const;

/** "2026-11" as the month is written in the interface language ("November 2026"). */
function useMonthName() {
  const { i18n } = useTranslation();
  const locale = intlLocale[isLocale(i18n.language) ? i18n.language : 'id'];
  const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (month: string) => format.format(new Date(`${month}-01T00:00:00Z`));
}

function useTotalColumns<T extends PatrolTotals>(): Column<T>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return totalKeys.map((key) => ({ key, header: t(`patrols.totals.${key}`), render: (row: T) => format.number(row[key]), className: 'patrol-number' }));
}

/** Totals of the period as tiles, then the same figures per month and per kabupaten/kota. */
/** `forBody`: the figures are narrowed to one forum or task force (the empty text says so). */
export function StatisticsCard({
  statistics,
  forBody = false,
}: {
  statistics: { data?: PatrolStatistics; error: unknown; isPending: boolean };
  forBody?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const monthName = useMonthName();
  const columns = useTotalColumns();
  const data = statistics.data;
  return (
    <Card title={t('patrols.statistics')}>
      {statistics.isPending ? (
        <Loading />
      ) : !data ? (
        <ErrorAlert error={statistics.error} />
      ) : data.totals.patrols === 0 ? (
        <p className="muted">{t(forBody ? 'patrols.noPatrolsForBody' : 'patrols.noStatistics')}</p>
      ) : (
        <div className="stack">
          <dl className="kpi-tiles" data-testid="patrol-totals">
            {totalKeys.map((key) => (
              <div key={key} className="kpi-tile">
                <dt className="kpi-tile__label">{t(`patrols.totals.${key}`)}</dt>
                <dd className="kpi-tile__value">{format.number(data.totals[key])}</dd>
              </div>
            ))}
          </dl>
          <h3>{t('patrols.byMonth')}</h3>
          <Table
            caption={t('patrols.byMonth')}
            rows={data.byMonth}
            rowKey={(r) => r.month}
            columns={[{ key: 'month', header: t('patrols.month'), render: (r) => monthName(r.month) }, ...columns]}
          />
          <h3>{t('patrols.byArea')}</h3>
          <p className="muted">{t('patrols.areaNote')}</p>
          <Table
            caption={t('patrols.byArea')}
            rows={data.byArea}
            rowKey={(r) => r.kabkotaCode}
            columns={[{ key: 'area', header: t('patrols.area'), render: (r) => r.kabkotaName }, ...columns]}
          />
        </div>
      )}
    </Card>
  );
}
