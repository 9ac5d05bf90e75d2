import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ImportListItem } from '#contracts/imports';
import { useFormat } from '../../lib/format-context';
import { Card, ErrorAlert, Loading, PageHeader, Table, type Column } from '../../ui';
import { ImportStatusBadge } from './import-status';
import { useImports } from './imports-api';
import { UploadZone } from './upload-zone';
import './imports.css';

/** /imports: upload a new file, and the agency's imports with their status. */
export function ImportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const imports = useImports();
  const columns: Column<ImportListItem>[] = [
    { key: 'file', header: t('imports.list.file'), render: (i) => <Link className="import-file-name" to={`/imports/${i.id}`}>{i.fileName}</Link> },
    { key: 'status', header: t('imports.list.status'), render: (i) => <ImportStatusBadge status={i.status} /> },
    { key: 'rows', header: t('imports.list.rows'), render: (i) => format.number(i.rowCount) },
    {
      key: 'result',
      header: t('imports.list.result'),
      render: (i) =>
        i.status === 'committed' ? t('imports.list.resultText', { cases: format.number(i.counts.casesCreated), rejected: format.number(i.counts.rejected) }) : '—',
    },
    { key: 'by', header: t('imports.list.by'), render: (i) => i.importedBy ?? '—' },
    { key: 'when', header: t('imports.list.when'), render: (i) => format.dateTime(i.createdAt) },
  ];
  return (
    <div className="stack">
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <UploadZone onUploaded={(id) => void navigate(`/imports/${id}`)} />
      <Card title={t('imports.list.title')}>
        {imports.isPending ? (
          <Loading />
        ) : imports.error ? (
          <ErrorAlert error={imports.error} />
        ) : (
          <Table caption={t('imports.list.caption')} columns={columns} rows={imports.data.items} rowKey={(i) => i.id} empty={t('imports.list.empty')} />
        )}
      </Card>
    </div>
  );
}
