import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { importFields, type ImportBatch, type ImportMapping } from '#contracts/imports';
import { isDeepEqual } from '../../lib/is-deep-equal';
import { useFormat } from '../../lib/format-context';
import { Alert, Button, ErrorAlert, Loading, PageHeader } from '../../ui';
import { CheckStepParts } from './check-step';
import { CommitDone, CommitProgress, CommitStep } from './commit-step';
import { ImportStatusBadge } from './import-status';
import { downloadRejected, useImport, usePreviewImport } from './imports-api';
import { MappingStep } from './mapping-step';
import './imports.css';

const stepKeys = ['upload', 'mapping', 'check', 'commit'] as const;

function currentStep(batch: ImportBatch, hasPreview: boolean): (typeof stepKeys)[number] {
  if (batch.status === 'uploaded') return 'mapping';
  if (batch.status === 'validated') return hasPreview ? 'check' : 'mapping';
  return 'commit';
}

/** Where the wizard is: upload → map columns → check → import. */
function Steps({ current }: { current: (typeof stepKeys)[number] }) {
  const { t } = useTranslation();
  const at = stepKeys.indexOf(current);
  return (
    <ol className="import-steps" aria-label={t('imports.steps.label')}>
      {stepKeys.map((key, i) => (
        <li key={key} className={i < at ? 'import-steps__step import-steps__step--done' : i === at ? 'import-steps__step import-steps__step--current' : 'import-steps__step'} aria-current={i === at ? 'step' : undefined}>
          <span className="import-steps__number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`imports.steps.${key}`)}
        </li>
      ))}
    </ol>
  );
}

/** Saves the rejected rows (CSV) through the browser, with its own pending state and error. */
function useRejectedDownload(id: string) {
  const [state, setState] = useState<{ isPending: boolean; error: unknown }>({ isPending: false, error: null });
  const start = () => {
    setState({ isPending: true, error: null });
    downloadRejected(id).then(
      () => setState({ isPending: false, error: null }),
      (error: unknown) => setState({ isPending: false, error }),
    );
  };
  return { ...state, start };
}

/** /imports/:id: the wizard for one uploaded file, from mapping to the committed summary. */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useImport(id);
  const preview = usePreviewImport(id);
  const rejected = useRejectedDownload(id);
  // The mapping as the user has it now (null: untouched since the page opened).
  const [editedMapping, setEditedMapping] = useState<ImportMapping | null>(null);
  const batch = query.data;
  // An import checked earlier (the page reloaded): check it again with its mapping to show the rows.
  const autoChecked = useRef(false);
  useEffect(() => {
    if (batch?.status === 'validated' && batch.mapping && !preview.data && !autoChecked.current) {
      autoChecked.current = true;
      preview.mutate({ mapping: batch.mapping });
    }
  }, [batch, preview]);
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!batch) return null;
  const checked = preview.data && preview.data.batch.id === batch.id ? preview.data : null;
  const fields = importFields.filter((f) => checked?.batch.mapping?.[f]);
  const isOpen = batch.status === 'uploaded' || batch.status === 'validated';
  const isStale = Boolean(checked && editedMapping && !isDeepEqual(editedMapping, checked.batch.mapping ?? {}));
  return (
    <div className="stack import-page">
      <Link to="/imports">{t('imports.back')}</Link>
      <PageHeader title={batch.fileName} description={t('imports.fileFacts', { rows: format.number(batch.rowCount), when: format.dateTime(batch.createdAt) })} />
      <div className="cluster">
        <ImportStatusBadge status={batch.status} />
      </div>
      <Steps current={currentStep(batch, Boolean(checked))} />
      {batch.notices.length > 0 ? (
        <Alert tone="info" isLive={false} title={t('imports.notices')}>
          <ul className="plain-list">
            {batch.notices.map((n) => (
              <li key={`${n.row}-${n.code}`}>{n.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {isOpen ? <MappingStep key={batch.id} batch={batch} isPending={preview.isPending} error={preview.error} hasPreview={Boolean(checked)} onMappingChange={setEditedMapping} onCheck={(input) => preview.mutate(input)} /> : null}
      {isOpen && checked ? (
        <CheckStepParts preview={checked} fields={fields} onDownload={rejected.start} isDownloading={rejected.isPending} downloadError={rejected.error}>
          {batch.status !== 'validated' ? null : isStale ? <Alert tone="warning">{t('imports.mapping.changed')}</Alert> : <CommitStep batch={batch} />}
        </CheckStepParts>
      ) : null}
      {batch.status === 'committing' ? <CommitProgress batch={batch} /> : null}
      {batch.status === 'committed' ? (
        <>
          <CommitDone batch={batch} />
          {batch.rowsPurgedAt ? <p className="muted">{t('imports.rowsPurged', { date: format.date(batch.rowsPurgedAt) })}</p> : null}
          {batch.counts.rejected > 0 && !batch.rowsPurgedAt ? (
            <div className="cluster">
              <Button onClick={rejected.start} isPending={rejected.isPending}>
                {t('imports.summary.downloadRejected')}
              </Button>
            </div>
          ) : null}
          {rejected.error ? <ErrorAlert error={rejected.error} /> : null}
          <Link className="button button--primary import-another" to="/imports">
            {t('imports.done.another')}
          </Link>
        </>
      ) : null}
      {batch.status === 'cancelled' ? <Alert tone="info">{t('imports.cancelled')}</Alert> : null}
      {batch.status === 'failed' ? <Alert tone="danger">{t('imports.failed')}</Alert> : null}
    </div>
  );
}
