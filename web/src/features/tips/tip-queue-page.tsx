import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tipStatuses, type TipSummary } from '#contracts/tips';
import { useFormat } from '../../lib/format-context';
import { Card, Checkbox, ErrorAlert, Loading, PageHeader, Select, Table, type Column } from '../../ui';
import { useMe } from '../auth';
import { currentDue, PriorityReasons, TipBadges } from './tip-badges';
import { useTips, type TipFilters } from './tips-api';
import './tips.css';

/** /tips: the triage queue, most urgent first (the server computes the priority), with filters. */
export function TipQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [filters, setFilters] = useState<TipFilters>({ open: 'true' });
  const tips = useTips(filters);
  const toggle = (key: 'open' | 'overdue' | 'assignedToMe') => (e: React.ChangeEvent<HTMLInputElement>) =>
    setFilters({ ...filters, [key]: e.target.checked ? 'true' : undefined });
  const columns: Column<TipSummary>[] = [
    {
      key: 'reference',
      header: t('tips.reference'),
      render: (tip) => (
        <span className="tips-tight">
          <Link to={`/tips/${tip.id}`}>{tip.reference}</Link>
          <span className="muted">{t(`tips.channels.${tip.channel}`)}</span>
        </span>
      ),
    },
    { key: 'priority', header: t('tips.priority'), render: (tip) => <PriorityReasons tip={tip} /> },
    { key: 'status', header: t('tips.status'), render: (tip) => <TipBadges tip={tip} /> },
    { key: 'received', header: t('tips.received'), render: (tip) => format.dateTime(tip.receivedAt) },
    {
      key: 'due',
      header: t('tips.due'),
      render: (tip) => (tip.status === 'closed' ? '—' : <span className={tip.isOverdue ? 'tips-overdue' : undefined}>{format.dateTime(currentDue(tip))}</span>),
    },
  ];
  return (
    <div className="stack">
      <PageHeader
        title={t('tips.title')}
        description={t('tips.intro')}
        actions={me.data?.permissions.includes('tips.manage') ? <Link className="button button--primary" to="/tips/new">{t('tips.newTip')}</Link> : undefined}
      />
      <Card title={t('tips.caption')}>
        <div className="stack">
          <div className="tips-filters">
            <Select
              label={t('tips.filterStatus')}
              value={filters.status ?? ''}
              emptyOption={t('tips.allStatuses')}
              onChange={(e) => setFilters({ ...filters, status: e.target.value || undefined })}
              options={tipStatuses.map((s) => ({ value: s, label: t(`tips.statuses.${s}`) }))}
            />
            <Checkbox label={t('tips.onlyOpen')} checked={filters.open === 'true'} onChange={toggle('open')} />
            <Checkbox label={t('tips.onlyOverdue')} checked={filters.overdue === 'true'} onChange={toggle('overdue')} />
            <Checkbox label={t('tips.onlyMine')} checked={filters.assignedToMe === 'true'} onChange={toggle('assignedToMe')} />
          </div>
          {tips.isPending ? (
            <Loading />
          ) : tips.error ? (
            <ErrorAlert error={tips.error} />
          ) : (
            <Table caption={t('tips.caption')} columns={columns} rows={tips.data.items} rowKey={(tip) => tip.id} empty={t('tips.empty')} />
          )}
        </div>
      </Card>
    </div>
  );
}
