import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../lib/download';
import { useFormat } from '../../lib/format-context';
import { Button, Card, Table, type Column } from '../../ui';
import { chartHeight, chartOption, csvRows, type ChartKind, type ChartTable } from './chart-data';
import { toCsv } from './csv';
import { echarts } from './echarts';

export interface ChartFigureProps {
  /** The downloads' file name without extension, e.g. `benteng-modus-2024-01_2024-12`. */
  fileName: string;
  title: string;
  unit: string;
  period: string;
  source: string;
  kind: ChartKind;
  table: ChartTable;
  /** A sentence under the chart (e.g. a mean). */
  note?: ReactNode;
  /** 2 when the chart is a section of the page on its own, 3 inside one. */
  headingLevel?: 2 | 3;
  /** False when a table beside the chart already gives its data (the chart then points to it). */
  hasTable?: boolean;
}

const exportWidth = 960;

/** A PNG data URL as a file (fetch would do it, but the page's CSP allows no data: connections). */
function pngBlob(dataUrl: string): Blob {
  const bytes = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const buffer = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) buffer[i] = bytes.charCodeAt(i);
  return new Blob([buffer], { type: 'image/png' });
}

/**
 * One chart: its title, unit, period and source in words; the chart (a canvas, so it is named for
 * screen readers and followed by its data as a table); PNG and CSV downloads of the same data.
 * The PNG is drawn apart at a fixed width with the title, unit, period and source in the image,
 * so it stands alone in a report.
 */
export function ChartFigure({ fileName, title, unit, period, source, kind, table, note, headingLevel = 3, hasTable = true }: ChartFigureProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const containerRef = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<echarts.ECharts | null>(null);
  const [width, setWidth] = useState(0);
  const isEmpty = table.categories.length === 0;
  const unitLine = t('dashboards.unitLabel', { unit });
  const periodLine = t('dashboards.periodLabel', { period });
  const withheld = t('dashboards.chart.withheld');

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    setChart(instance);
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => {
      setWidth(element.clientWidth);
      instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      setChart(null);
    };
  }, [isEmpty]);

  useEffect(() => {
    if (!chart || width === 0) return;
    chart.setOption(chartOption(kind, table, { width, number: format.number, withheld }), { notMerge: true });
    // The height follows the number of categories; the canvas follows the box.
    chart.resize();
  }, [chart, kind, table, width, format, withheld]);

  const downloadPng = () => {
    const height = chartHeight(kind, table, true);
    const holder = document.createElement('div');
    holder.setAttribute('aria-hidden', 'true');
    holder.className = 'chart-export';
    document.body.append(holder);
    const image = echarts.init(holder, undefined, { renderer: 'canvas', width: exportWidth, height });
    try {
      const heading = { title, subtitle: `${unitLine} · ${periodLine}\n${source}` };
      image.setOption(chartOption(kind, table, { width: exportWidth, number: format.number, withheld, heading }));
      const url = image.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
      saveFile({ blob: pngBlob(url), fileName: `${fileName}.png` });
    } finally {
      image.dispose();
      holder.remove();
    }
  };
  const downloadCsv = () => {
    const text = toCsv(csvRows(table, t('dashboards.chart.code')));
    saveFile({ blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName: `${fileName}.csv` });
  };

  const columns: Column<number>[] = [
    { key: 'category', header: table.categoryHeader, render: (i) => table.categories[i]?.label },
    ...table.series.map((series, s) => ({
      key: `s${s}`,
      header: series.name,
      className: 'chart-table__number',
      render: (i: number) => {
        const value = series.values[i];
        return value === null || value === undefined ? withheld : format.number(value);
      },
    })),
  ];

  return (
    <Card
      title={title}
      headingLevel={headingLevel}
      className="chart-card"
      actions={
        isEmpty ? undefined : (
          <>
            <Button size="sm" aria-label={t('dashboards.chart.pngLabel', { title })} onClick={downloadPng}>
              {t('dashboards.chart.png')}
            </Button>
            <Button size="sm" aria-label={t('dashboards.chart.csvLabel', { title })} onClick={downloadCsv}>
              {t('dashboards.chart.csv')}
            </Button>
          </>
        )
      }
    >
      <p className="chart-meta">
        <span>{unitLine}</span>
        <span>{periodLine}</span>
        <span>{source}</span>
      </p>
      {isEmpty ? (
        <p className="muted">{t('dashboards.chart.empty')}</p>
      ) : (
        <>
          <div
            ref={containerRef}
            className="chart-canvas"
            role="img"
            aria-label={t(hasTable ? 'dashboards.chart.alt' : 'dashboards.chart.altAbove', { title })}
            style={{ height: chartHeight(kind, table) }}
          />
          {note ? <p className="chart-note">{note}</p> : null}
          {hasTable ? (
            <details className="chart-table">
              <summary>{t('dashboards.chart.table')}</summary>
              <Table caption={`${title} (${period})`} isCaptionVisible columns={columns} rows={table.categories.map((_, i) => i)} rowKey={(i) => table.categories[i]!.code} />
            </details>
          ) : null}
        </>
      )}
    </Card>
  );
}
