import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardReport } from '#contracts/dashboards';
import { useFormat } from '../../lib/format-context';
import { Badge, Button, Card, ErrorAlert, Loading, Select, Table, TextField, type BadgeTone, type Column } from '../../ui';
import { useCodes } from '../cases/code-labels';
import { useReports, useRequestReport } from './dashboards-api';
import { addMonths, currentMonth, monthFormatter } from './period';

const tones: Record<DashboardReport['status'], BadgeTone> = { queued: 'neutral', running: 'info', done: 'success', failed: 'danger' };

/** The last eight quarters that have begun, newest first: `2025-Q3`, `2025-Q2` … */
function recentQuarters(month: string): string[] {
  const year = Number(month.slice(0, 4));
  const quarter = Math.ceil(Number(month.slice(5)) / 3);
  return Array.from({ length: 8 }, (_, i) => {
    const index = year * 4 + quarter - 1 - i;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
}

/** Asking for the PDF/XLSX report of a month or a quarter, and the reports asked for with their files. */
export function ReportsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = useCodes();
  const reports = useReports();
  const request = useRequestReport();
  const thisMonth = currentMonth(format.timeZone);
  const [kind, setKind] = useState<DashboardReport['kind']>('month');
  const [month, setMonth] = useState(addMonths(thisMonth, -1));
  const quarters = recentQuarters(thisMonth);
  const [quarter, setQuarter] = useState(quarters[1] ?? quarters[0]!);
  const quarterName = (q: string) => t('dashboards.report.quarterName', { n: q.slice(-1), year: q.slice(0, 4) });
  const monthName = monthFormatter(locale, 'long');
  const periodName = (r: Pick<DashboardReport, 'kind' | 'period'>) => (r.kind === 'month' ? monthName(r.period) : quarterName(r.period));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ kind, period: kind === 'month' ? month : quarter });
  };
  const columns: Column<DashboardReport>[] = [
    { key: 'period', header: t('dashboards.report.period'), render: periodName },
    { key: 'language', header: t('dashboards.report.language'), render: (r) => t(`dashboards.report.languages.${r.locale}`) },
    { key: 'status', header: t('dashboards.report.status'), render: (r) => <Badge tone={tones[r.status]}>{t(`dashboards.report.statuses.${r.status}`)}</Badge> },
    { key: 'requested', header: t('dashboards.report.requested'), render: (r) => format.dateTime(r.createdAt) },
    {
      key: 'files',
      header: t('dashboards.report.files'),
      render: (r) =>
        r.status === 'done' ? (
          <span className="cluster">
            <a className="button button--sm button--secondary" href={`/api/dashboards/reports/${r.id}/pdf`} download aria-label={t('dashboards.report.pdfLabel', { period: periodName(r) })}>
              PDF
            </a>
            <a className="button button--sm button--secondary" href={`/api/dashboards/reports/${r.id}/xlsx`} download aria-label={t('dashboards.report.xlsxLabel', { period: periodName(r) })}>
              XLSX
            </a>
          </span>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Card title={t('dashboards.report.title')}>
      <div className="stack">
        <p className="muted">{t('dashboards.report.intro')}</p>
        <form className="period-form__fields" onSubmit={submit}>
          <Select
            label={t('dashboards.report.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value === 'quarter' ? 'quarter' : 'month')}
            options={[
              { value: 'month', label: t('dashboards.report.month') },
              { value: 'quarter', label: t('dashboards.report.quarter') },
            ]}
          />
          {kind === 'month' ? (
            <TextField type="month" label={t('dashboards.report.monthField')} hint={t('dashboards.period.hint')} value={month} max={thisMonth} required onChange={(e) => setMonth(e.target.value)} />
          ) : (
            <Select label={t('dashboards.report.quarterField')} value={quarter} onChange={(e) => setQuarter(e.target.value)} options={quarters.map((q) => ({ value: q, label: quarterName(q) }))} />
          )}
          <Button type="submit" variant="primary" isPending={request.isPending} className="period-form__submit">
            {t('dashboards.report.make')}
          </Button>
        </form>
        <ErrorAlert error={request.error} />
        {reports.isPending ? <Loading /> : reports.error ? <ErrorAlert error={reports.error} /> : <Table caption={t('dashboards.report.caption')} columns={columns} rows={reports.data.items} rowKey={(r) => r.id} empty={t('dashboards.report.none')} />}
      </div>
    </Card>
  );
}
