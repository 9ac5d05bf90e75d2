import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DashboardQuery } from '#contracts/dashboards';
import { useFormat } from '../../lib/format-context';
import { Alert, Button, Card, ErrorAlert, Loading, PageHeader } from '../../ui';
import { useMe } from '../auth';
import { useCodes } from '../cases/code-labels';
import { useDashboard, useRefreshDashboards } from './dashboards-api';
import { BreakdownCharts, DelayCharts, TrendChart, type ChartContext } from './dashboard-charts';
import { KpiTiles } from './kpi-tiles';
import { OfficialFigures } from './official-figures';
import { OfficialManage } from './official-manage';
import { describePeriod, periodFromSearch } from './period';
import { PeriodForm } from './period-form';
import { ReportsCard } from './reports-card';
import './dashboards.css';

/** A titled group of charts, two abreast on a wide screen. */
function ChartSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id} className="dashboards__section-title">
        {title}
      </h2>
      <div className="chart-grid">{children}</div>
    </section>
  );
}

/**
 * /dashboards: the key figures, monthly trend, breakdowns and delays of a period (in the address,
 * the last 12 months by default) within what the user may see, and the official figures beside
 * Benteng's own counts. Every chart names its unit, period and source and downloads as PNG and CSV.
 */
export function DashboardsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = useCodes();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const period = periodFromSearch(search, format.timeZone);
  const dashboard = useDashboard(period);
  const refresh = useRefreshDashboards();
  const canManage = me.data?.permissions.includes('statistics.official.manage') ?? false;
  const choose = (next: DashboardQuery) => setSearch({ from: next.from, to: next.to });

  const data = dashboard.data;
  const refreshedAt = data?.refreshedAt ? format.dateTime(data.refreshedAt) : null;
  const context: ChartContext = {
    period: describePeriod(period, locale),
    source: refreshedAt ? t('dashboards.source', { time: refreshedAt }) : t('dashboards.sourcePending'),
    fileSuffix: `${period.from}_${period.to}`,
  };

  return (
    <div className="stack dashboards">
      <PageHeader
        title={t('dashboards.title')}
        description={t('dashboards.intro')}
        actions={
          canManage ? (
            <Button size="sm" onClick={() => refresh.mutate()} isPending={refresh.isPending}>
              {t('dashboards.refresh')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <PeriodForm period={period} onChange={choose} />
      </Card>
      {refresh.isSuccess ? <Alert tone="success">{t('dashboards.refreshed')}</Alert> : null}
      <ErrorAlert error={refresh.error} />
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.error ? (
        <ErrorAlert error={dashboard.error} />
      ) : data ? (
        <div className="stack" aria-busy={dashboard.isPlaceholderData || undefined}>
          <p className="muted dashboards__scope">
            {data.scope === 'province' ? t('dashboards.scope.province', { max: data.minimumCellSize - 1 }) : t('dashboards.scope.visible')} {context.source}
          </p>
          <Card title={t('dashboards.kpisTitle')}>
            <p className="chart-meta">
              <span>{t('dashboards.periodLabel', { period: context.period })}</span>
            </p>
            <KpiTiles kpis={data.kpis} />
          </Card>
          <TrendChart dashboard={data} context={context} />
          <Card title={t('dashboards.official.title')}>
            <div className="stack">
              <p className="muted">{t('dashboards.official.intro')}</p>
              <OfficialFigures official={data.official} context={context} officialSource={t('dashboards.officialSource', { time: refreshedAt ?? '—' })} onShowPeriod={choose} />
            </div>
          </Card>
          <ChartSection id="dashboards-breakdowns" title={t('dashboards.breakdownsTitle')}>
            <BreakdownCharts dashboard={data} context={context} />
          </ChartSection>
          <ChartSection id="dashboards-delays" title={t('dashboards.delaysTitle')}>
            <DelayCharts dashboard={data} context={context} />
          </ChartSection>
        </div>
      ) : null}
      <ReportsCard />
      {canManage ? <OfficialManage /> : null}
    </div>
  );
}
