import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { officialIndicator, type Dashboard, type DashboardQuery } from '#contracts/dashboards';
import { intlLocale } from '../../lib/format';
import { useFormat } from '../../lib/format-context';
import { Button, Table, type Column } from '../../ui';
import { useCodes } from '../cases/code-labels';
import type { ChartTable } from './chart-data';
import { ChartFigure } from './chart-figure';
import type { ChartContext } from './dashboard-charts';
import { useOfficialStatistics } from './dashboards-api';
import { describePeriod } from './period';

type Compared = Dashboard['official'][number];

/**
 * When no published figure overlaps the period shown (the default last 12 months, while agencies
 * publish yearly and late), the months of the most recently ending one, offered to be shown: a
 * newcomer then sees the official figures beside Benteng's counts in one step.
 */
function LatestOfficial({ onShow }: { onShow: (period: DashboardQuery) => void }) {
  const { t } = useTranslation();
  const { locale } = useCodes();
  const figures = useOfficialStatistics(true);
  const latest = (figures.data?.items ?? []).reduce<{ periodStart: string; periodEnd: string } | null>((found, f) => (!found || f.periodEnd > found.periodEnd ? f : found), null);
  if (!latest) return null;
  const period = { from: latest.periodStart.slice(0, 7), to: latest.periodEnd.slice(0, 7) };
  const described = describePeriod(period, locale);
  return (
    <p className="dashboards__latest-official">
      {t('dashboards.official.latest', { period: described })}{' '}
      <Button size="sm" variant="secondary" onClick={() => onShow(period)}>
        {t('dashboards.official.showLatest', { period: described })}
      </Button>
    </p>
  );
}

/**
 * The published figures whose period overlaps the one shown, each beside what Benteng's records
 * count for the same indicator and months, and the gap (own − official) in numbers and as a share.
 */
export function OfficialFigures({ official, context, officialSource, onShowPeriod }: { official: Compared[]; context: ChartContext; officialSource: string; onShowPeriod: (period: DashboardQuery) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label, locale } = useCodes();
  const percent = useMemo(() => new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }), [locale]);
  const signed = (n: number) => (n > 0 ? `+${format.number(n)}` : n < 0 ? `−${format.number(-n)}` : format.number(0));
  const periodOf = (o: Compared) => `${format.day(o.periodStart)} – ${format.day(o.periodEnd)}`;
  const name = (o: Compared) => `${o.publisher}: ${label(officialIndicator, o.indicator)}`;

  const table = useMemo<ChartTable>(
    () => ({
      categoryHeader: t('dashboards.categories.figure'),
      categories: official.map((o) => ({ code: o.indicator, label: `${o.publisher}: ${label(officialIndicator, o.indicator)} (${format.day(o.periodStart)} – ${format.day(o.periodEnd)})` })),
      series: [
        { name: t('dashboards.official.seriesOfficial'), values: official.map((o) => o.value) },
        { name: t('dashboards.official.seriesOwn'), values: official.map((o) => o.own.count) },
        { name: t('dashboards.official.gap'), values: official.map((o) => o.gap), isCharted: false },
      ],
    }),
    [official, format, label, t],
  );

  if (official.length === 0)
    return (
      <>
        <p className="muted">{t('dashboards.official.none')}</p>
        <LatestOfficial onShow={onShowPeriod} />
      </>
    );
  const columns: Column<Compared>[] = [
    { key: 'figure', header: t('dashboards.official.indicator'), render: (o) => <strong>{name(o)}</strong> },
    { key: 'period', header: t('dashboards.official.period'), render: periodOf },
    { key: 'official', header: t('dashboards.official.officialValue'), className: 'chart-table__number', render: (o) => format.number(o.value) },
    { key: 'own', header: t('dashboards.official.own'), className: 'chart-table__number', render: (o) => (o.own.count === null ? t('dashboards.chart.withheld') : format.number(o.own.count)) },
    {
      key: 'gap',
      header: t('dashboards.official.gap'),
      className: 'chart-table__number',
      render: (o) => (o.gap === null ? t('dashboards.chart.withheld') : <span className={o.gap < 0 ? 'gap gap--short' : 'gap'}>{signed(o.gap)}</span>),
    },
    {
      key: 'coverage',
      header: t('dashboards.official.coverage'),
      render: (o) => (o.own.count === null || o.value === 0 ? '—' : t('dashboards.official.coverageValue', { percent: percent.format(o.own.count / o.value) })),
    },
    {
      key: 'source',
      header: t('dashboards.official.source'),
      render: (o) =>
        o.sourceUrl ? (
          <a href={o.sourceUrl} rel="noreferrer noopener" target="_blank">
            {o.sourceTitle}
          </a>
        ) : (
          o.sourceTitle
        ),
    },
  ];
  return (
    <div className="stack">
      <Table caption={t('dashboards.official.title')} columns={columns} rows={official} rowKey={(o) => o.id} />
      <ChartFigure
        fileName={`benteng-official-${context.fileSuffix}`}
        title={t('dashboards.official.chartTitle')}
        unit={t('dashboards.units.figures')}
        period={context.period}
        source={officialSource}
        kind="bars"
        table={table}
        hasTable={false}
      />
    </div>
  );
}
