import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardBreakdown, dashboardBreakdownKeys, type Dashboard, type DashboardBreakdownKey } from '#contracts/dashboards';
import { useFormat } from '../../lib/format-context';
import { useBreakdownLabels } from './breakdown-labels';
import type { ChartTable } from './chart-data';
import { ChartFigure } from './chart-figure';
import { monthFormatter } from './period';

/** What each breakdown counts, for its unit. */
const breakdownUnit: Record<DashboardBreakdownKey, 'cases' | 'victims' | 'interceptions'> = {
  modus: 'cases',
  exploitationType: 'cases',
  industry: 'victims',
  route: 'cases',
  port: 'cases',
  originProvince: 'victims',
  victimSex: 'victims',
  victimAgeBand: 'victims',
  victimMajority: 'victims',
  interceptionPlace: 'interceptions',
  status: 'cases',
  discoveryChannel: 'cases',
};

const trendSeries = ['cases', 'victims', 'suspects', 'tips', 'interceptions', 'deportees'] as const;

export interface ChartContext {
  /** The period in words. */
  period: string;
  /** "Source: Benteng records, refreshed …". */
  source: string;
  /** Appended to every file name: `2024-01_2024-12`. */
  fileSuffix: string;
}

/** The monthly trend of every total, as lines. */
export function TrendChart({ dashboard, context }: { dashboard: Dashboard; context: ChartContext }) {
  const { t } = useTranslation();
  const { locale } = useBreakdownLabels();
  const table = useMemo<ChartTable>(() => {
    const month = monthFormatter(locale);
    return {
      categoryHeader: t('dashboards.categories.month'),
      categories: dashboard.trend.map((point) => ({ code: point.month, label: month(point.month) })),
      series: trendSeries.map((key) => ({ name: t(`dashboards.series.${key}`), values: dashboard.trend.map((point) => point[key].count) })),
    };
  }, [dashboard.trend, locale, t]);
  return (
    <ChartFigure
      fileName={`benteng-trend-${context.fileSuffix}`}
      title={t('dashboards.trendTitle')}
      unit={t('dashboards.units.mixed')}
      period={context.period}
      source={context.source}
      kind="line"
      table={table}
      headingLevel={2}
    />
  );
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function BreakdownChart({ name, items, context }: { name: DashboardBreakdownKey; items: Dashboard['breakdowns'][DashboardBreakdownKey]; context: ChartContext }) {
  const { t } = useTranslation();
  const { label, locale } = useBreakdownLabels();
  const unit = t(`dashboards.units.${breakdownUnit[name]}`);
  const table = useMemo<ChartTable>(
    () => ({
      categoryHeader: t(`dashboards.categories.${name}`),
      categories: items.map((item) => ({ code: item.code, label: label(name, item.code) })),
      series: [{ name: capitalised(unit), values: items.map((item) => item.count) }],
    }),
    [items, label, name, t, unit],
  );
  return (
    <ChartFigure
      fileName={`benteng-${name}-${context.fileSuffix}`}
      title={dashboardBreakdown.label(name, locale)}
      unit={unit}
      period={context.period}
      source={context.source}
      kind="bars"
      table={table}
    />
  );
}

/** One chart per breakdown, its codes named in the interface language. */
export function BreakdownCharts({ dashboard, context }: { dashboard: Dashboard; context: ChartContext }) {
  return dashboardBreakdownKeys.map((key) => <BreakdownChart key={key} name={key} items={dashboard.breakdowns[key]} context={context} />);
}

function DelayChart({ name, delay, context }: { name: 'tipToCase' | 'caseToReferral'; delay: Dashboard['tipToCase']; context: ChartContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { delayLabel } = useBreakdownLabels();
  const unit = t('dashboards.units.cases');
  const table = useMemo<ChartTable>(
    () => ({
      categoryHeader: t('dashboards.categories.delay'),
      categories: delay.buckets.map((bucket) => ({ code: bucket.code, label: delayLabel(bucket.code) })),
      series: [{ name: capitalised(unit), values: delay.buckets.map((bucket) => bucket.count) }],
    }),
    [delay.buckets, delayLabel, t, unit],
  );
  const note =
    delay.count.count === 0
      ? t('dashboards.delays.none')
      : delay.meanDays === null
        ? t('dashboards.delays.meanWithheld')
        : t('dashboards.delays.mean', { days: format.number(delay.meanDays), count: format.number(delay.count.count ?? 0) });
  return (
    <ChartFigure
      fileName={`benteng-${name}-${context.fileSuffix}`}
      title={t(`dashboards.delays.${name}`)}
      unit={unit}
      period={context.period}
      source={context.source}
      kind="bars"
      table={table}
      note={note}
    />
  );
}

/** The two delays (tip → case, case → first referral) by bucket of days, with their means. */
export function DelayCharts({ dashboard, context }: { dashboard: Dashboard; context: ChartContext }) {
  return (['tipToCase', 'caseToReferral'] as const).map((key) => <DelayChart key={key} name={key} delay={dashboard[key]} context={context} />);
}
