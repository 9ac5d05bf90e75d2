import { placeKind } from '#contracts/codes/cases';
import type { CodeList } from '#contracts/codes/code-list';
import type { Locale, TimeZone } from '#contracts/common';
import { breakdownCodeLists, dashboardBreakdown, dashboardBreakdownKeys, dashboardKpi, dashboardKpiKeys, delayBucket, officialIndicator, type Dashboard, type DashboardBreakdownKey } from '#contracts/dashboards';
import type { Executor } from '../../platform/db/database';
import { listPorts, listRegions } from '../reference';
import { fill, reportMessages, type ReportMessages } from './report.messages';

type Cell = string | number | null;

/** One table of the report; the same tables make the PDF's pages and the workbook's sheets. */
export interface ReportTable {
  sheet: keyof ReportMessages['sheets'];
  title: string;
  note?: string;
  columns: string[];
  rows: Cell[][];
}

export interface ReportModel {
  title: string;
  lines: string[];
  tables: ReportTable[];
  messages: ReportMessages;
  locale: Locale;
}

const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB', ms: 'ms-MY' };

/** Names for the codes a dashboard counts by, in the report's language (as the page shows them). */
async function codeNamer(db: Executor, locale: Locale, m: ReportMessages) {
  const ports = new Map((await listPorts(db)).map((p) => [p.id, p.name]));
  const provinces = new Map((await listRegions(db, { level: 'provinsi' })).map((r) => [r.code, r.name]));
  const countries = new Intl.DisplayNames([intlLocale[locale]], { type: 'region' });
  const country = (code: string) => {
    try {
      return countries.of(code) ?? m.unknown;
    } catch {
      return m.unknown;
    }
  };
  const fromList = (list: CodeList<string>, code: string) => (list.codes.includes(code) ? list.label(code, locale) : m.unknown);
  const departure = (code: string) =>
    code === 'unofficial_landing' ? fromList(placeKind, code) : code === 'port' ? m.unnamedPort : (ports.get(code) ?? m.unknown);
  return (key: DashboardBreakdownKey, code: string): string => {
    const list = breakdownCodeLists[key];
    if (list) return fromList(list, code);
    if (key === 'port') return ports.get(code) ?? m.unknown;
    if (key === 'originProvince') return provinces.get(code) ?? m.unknown;
    const [from = '?', to = '?'] = code.split(' → ');
    return `${departure(from)} → ${to === '?' ? m.unknown : country(to)}`;
  };
}

export interface ReportHeading {
  kind: 'month' | 'quarter';
  locale: Locale;
  timeZone: TimeZone;
  requester: string;
  generatedAt: Date;
}

/** The report of a dashboard: its heading lines and every table, with codes named and cells withheld as such. */
export async function reportModel(db: Executor, dashboard: Dashboard, heading: ReportHeading): Promise<ReportModel> {
  const { locale } = heading;
  const m = reportMessages[locale];
  const name = await codeNamer(db, locale, m);
  const time = (d: Date) => new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: heading.timeZone }).format(d);
  const month = (value: string) => new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
  const period = dashboard.from === dashboard.to ? month(dashboard.from) : `${month(dashboard.from)} – ${month(dashboard.to)}`;
  const cell = (c: { count: number | null }): Cell => c.count ?? m.withheld;

  const tables: ReportTable[] = [
    { sheet: 'summary', title: m.kpis, columns: [m.figure, m.count], rows: dashboardKpiKeys.map((k) => [dashboardKpi.label(k, locale), cell(dashboard.kpis[k])]) },
    {
      sheet: 'trend',
      title: m.trend,
      columns: [m.month, ...Object.values(m.series)],
      rows: dashboard.trend.map((p) => [month(p.month), ...(Object.keys(m.series) as (keyof typeof m.series)[]).map((s) => cell(p[s]))]),
    },
    ...dashboardBreakdownKeys.map((key) => ({
      sheet: 'breakdowns' as const,
      title: dashboardBreakdown.label(key, locale),
      columns: [m.category, m.count],
      rows: dashboard.breakdowns[key].map((item) => [name(key, item.code), cell(item)]),
    })),
    ...(['tipToCase', 'caseToReferral'] as const).map((key) => ({
      sheet: 'breakdowns' as const,
      title: `${m.delays}: ${m.delayTitles[key]}`,
      note: dashboard[key].meanDays === null ? undefined : `${m.meanDays}: ${dashboard[key].meanDays}`,
      columns: [m.category, m.count],
      rows: dashboard[key].buckets.map((b) => [delayBucket.label(b.code as (typeof delayBucket.codes)[number], locale), cell(b)]),
    })),
    {
      sheet: 'official',
      title: m.official,
      note: dashboard.official.length ? m.officialNote : m.noOfficial,
      columns: [m.publisher, m.figure, m.periodColumn, m.officialValue, m.own, m.gap, m.sourceColumn],
      rows: dashboard.official.map((o) => [
        o.publisher,
        officialIndicator.label(o.indicator, locale),
        `${o.periodStart} – ${o.periodEnd}`,
        o.value,
        cell(o.own),
        o.gap ?? m.withheld,
        o.sourceTitle,
      ]),
    },
  ];
  return {
    title: `${m.title[heading.kind]}: ${period}`,
    lines: [
      fill(m.period, { period }),
      dashboard.scope === 'province' ? fill(m.scopeProvince, { max: dashboard.minimumCellSize - 1 }) : fill(m.scopeVisible, { name: heading.requester }),
      dashboard.refreshedAt ? fill(m.source, { time: time(new Date(dashboard.refreshedAt)) }) : m.sourcePending,
      fill(m.generated, { time: time(heading.generatedAt), name: heading.requester }),
    ],
    tables,
    messages: m,
    locale,
  };
}
