import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '#contracts/cases';
import { exploitationType } from '#contracts/codes/cases';
import { useFormat } from '../../../lib/format-context';
import { Table, type Column } from '../../../ui';
import { useAgencies } from '../../agencies';
import { AccessBadge, SensitivityBadge, StatusBadge } from '../case-badges';
import { useCodes } from '../code-labels';

function useCaseColumns(): Column<CaseSummary>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const { labels } = useCodes();
  // The short names people use ("Polda Kepri"); the list carries the full legal name only.
  const agencies = useAgencies();
  const shortNames = new Map((agencies.data?.items ?? []).map((a) => [a.id, a.shortName]));
  return [
    {
      key: 'case',
      header: t('cases.fields.case'),
      className: 'case-table__case',
      render: (c) => (
        <div className="case-cell">
          <Link to={`/cases/${c.id}`} className="cell-title">
            {c.title}
          </Link>
          <code className="muted">{c.number}</code>
          <span className="muted">{t('cases.list.changedAt', { when: format.dateTime(c.updatedAt) })}</span>
        </div>
      ),
    },
    {
      key: 'status',
      header: t('cases.fields.status'),
      render: (c) => (
        <span className="cluster">
          <StatusBadge status={c.status} />
          {c.sensitivity === 'standard' ? null : <SensitivityBadge value={c.sensitivity} />}
          <AccessBadge access={c.access} />
        </span>
      ),
    },
    { key: 'reportedOn', header: t('cases.fields.reportedOn'), render: (c) => format.day(c.reportedOn) },
    {
      key: 'agency',
      header: t('cases.fields.owningAgency'),
      render: (c) => shortNames.get(c.owningAgency.id) ?? c.owningAgency.name,
    },
    {
      key: 'people',
      header: t('cases.fields.people'),
      render: (c) => t('cases.list.peopleCount', { victims: c.victimCount, suspects: c.suspectCount }),
    },
    {
      key: 'exploitation',
      header: t('cases.fields.exploitationTypes'),
      render: (c) => labels(exploitationType, c.exploitationTypes) || '—',
    },
  ];
}

export function CaseTable({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation();
  const columns = useCaseColumns();
  return (
    <Table
      caption={t('cases.list.caption')}
      columns={columns}
      rows={cases}
      rowKey={(c) => c.id}
      empty={t('cases.list.empty')}
    />
  );
}
