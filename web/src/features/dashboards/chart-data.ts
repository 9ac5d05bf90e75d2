import type { ChartOption } from './echarts';

/** One row of figures per category; `values[i]` belongs to `categories[i]`, null when withheld. */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** False for a column that belongs in the table and the CSV only (e.g. a gap). */
  isCharted?: boolean;
}

/** What a chart shows, and also its table alternative and its CSV (one source for all three). */
export interface ChartTable {
  categoryHeader: string;
  categories: { code: string; label: string }[];
  series: ChartSeries[];
}

/** `line`: categories along the bottom (months); `bars`: one horizontal bar per category. */
export type ChartKind = 'line' | 'bars';

// Colours from the design tokens, far enough apart to tell series apart, each ≥ 3:1 on white.
const palette = ['#1a4f80', '#c2410c', '#1c6b3a', '#7c3aed', '#be185d', '#0e7490'];
const textColor = '#16202a';
const mutedColor = '#4b5866';
const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

export interface OptionContext {
  width: number;
  number: (value: number) => string;
  withheld: string;
  /** For the PNG: the title and its unit, period and source drawn into the image. */
  heading?: { title: string; subtitle: string };
}

const headingHeight = 76;

const barWidth = 14;
const barGap = 4;
const labelRow = 18;

/** The height of one category of horizontal bars: its name on a line, then its bars. */
function bandHeight(charted: number): number {
  return labelRow + charted * barWidth + (charted - 1) * barGap + 12;
}

/** The pixel height a chart needs: bars grow with their categories, lines are fixed. */
export function chartHeight(kind: ChartKind, table: ChartTable, withHeading = false): number {
  const charted = table.series.filter((s) => s.isCharted !== false).length;
  const legend = charted > 1 ? 32 : 0;
  const body = kind === 'line' ? 280 : table.categories.length * bandHeight(charted) + 16;
  return body + legend + (withHeading ? headingHeight : 0);
}

/** The ECharts option of a chart table, in the page's colours and number format. */
export function chartOption(kind: ChartKind, table: ChartTable, context: OptionContext): ChartOption {
  const charted = table.series.filter((s) => s.isCharted !== false);
  const hasLegend = charted.length > 1;
  const top = (context.heading ? headingHeight : 0) + (hasLegend ? 36 : 8);
  const valueLabel = (value: unknown) => (typeof value === 'number' ? context.number(value) : context.withheld);
  const labels = table.categories.map((c) => c.label);
  const valueAxis = {
    type: 'value' as const,
    minInterval: 1,
    axisLabel: { color: mutedColor, formatter: (value: number) => context.number(value) },
    splitLine: { lineStyle: { color: '#e3e8ee' } },
  };
  const barsHeight = charted.length * barWidth + (charted.length - 1) * barGap;
  // Bars: each category's name on its own line above its bars, across the chart's width, so
  // long names (ports, routes) stay readable on a phone; the values sit at the bars' ends.
  const categoryAxis = {
    type: 'category' as const,
    data: labels,
    axisLabel:
      kind === 'bars'
        ? {
            inside: true,
            margin: 0,
            color: textColor,
            verticalAlign: 'bottom' as const,
            padding: [0, 0, barsHeight / 2 + 3, 0],
            width: Math.max(120, context.width - 24),
            overflow: 'truncate' as const,
          }
        : { color: textColor, hideOverlap: true },
    axisTick: { show: false },
    axisLine: { lineStyle: { color: '#7b8794' } },
    ...(kind === 'bars' ? { inverse: true, z: 10 } : {}),
  };
  return {
    animation: !context.heading,
    color: palette,
    textStyle: { fontFamily, color: textColor },
    ...(context.heading
      ? {
          backgroundColor: '#ffffff',
          title: {
            text: context.heading.title,
            subtext: context.heading.subtitle,
            left: 16,
            top: 12,
            textStyle: { fontSize: 18, color: textColor },
            subtextStyle: { fontSize: 12, color: mutedColor, lineHeight: 16 },
          },
        }
      : {}),
    legend: hasLegend ? { type: 'scroll', top: top - 32, left: 8, right: 8, textStyle: { color: textColor } } : { show: false },
    tooltip: { trigger: 'axis', axisPointer: { type: kind === 'bars' ? 'shadow' : 'line' }, valueFormatter: valueLabel, confine: true },
    grid:
      kind === 'bars'
        ? { left: 8, right: 56, top, bottom: 8, outerBoundsMode: 'none' as const }
        : { left: 8, right: 32, top, bottom: 8, containLabel: true },
    // The bars carry their values: no value axis to crowd a narrow screen.
    xAxis: kind === 'bars' ? { ...valueAxis, show: false } : categoryAxis,
    yAxis: kind === 'bars' ? categoryAxis : valueAxis,
    series: charted.map((series) =>
      kind === 'bars'
        ? {
            type: 'bar' as const,
            name: series.name,
            data: series.values,
            barWidth,
            barGap: `${Math.round((barGap / barWidth) * 100)}%`,
            label: { show: true, position: 'right' as const, color: textColor, formatter: (p: { value: unknown }) => valueLabel(p.value) },
          }
        : { type: 'line' as const, name: series.name, data: series.values, symbolSize: 6, connectNulls: false },
    ),
  };
}

/** The rows of the CSV: code, category, then each series (withheld values as empty cells). */
export function csvRows(table: ChartTable, codeHeader: string): (string | number | null)[][] {
  return [
    [codeHeader, table.categoryHeader, ...table.series.map((s) => s.name)],
    ...table.categories.map((category, index) => [category.code, category.label, ...table.series.map((s) => s.values[index] ?? null)]),
  ];
}
