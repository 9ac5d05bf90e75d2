import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportBatch } from '#contracts/imports';
import { useFormat } from '../../lib/format-context';
import { Alert, Button, Card, ErrorAlert, Loading, Table } from '../../ui';
import { useCancelImport, useCommitImport, useImportCases } from './imports-api';

/** Starts the commit of a checked import (or closes an import with nothing new). */
export function CommitStep({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const commit = useCommitImport(batch.id);
  const valid = batch.counts.valid;
  return (
    <Card title={t('imports.commit.title')}>
      <div className="stack">
        <p>{valid > 0 ? t('imports.commit.ready', { valid: format.number(valid) }) : t('imports.commit.nothingNew')}</p>
        {commit.error ? <ErrorAlert error={commit.error} /> : null}
        <div className="cluster">
          <Button variant="primary" isPending={commit.isPending} onClick={() => commit.mutate()}>
            {valid > 0 ? t('imports.commit.start', { valid: format.number(valid) }) : t('imports.commit.finish')}
          </Button>
        </div>
      </div>
    </Card>
  );
}

/** The running commit: a progress bar fed by polling the import, and a cancel that rolls it all back. */
export function CommitProgress({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cancel = useCancelImport(batch.id);
  const progress = batch.progress ?? { phase: 'queued' as const, done: 0, total: 0, cancelRequested: false };
  // Checking the rows is the first half of the work, writing the records the second.
  const share = progress.total > 0 ? progress.done / progress.total : 0;
  const percent = Math.round(progress.phase === 'writing' ? 50 + share * 50 : progress.phase === 'validating' ? share * 50 : 0);
  return (
    <Card title={t('imports.commit.running')}>
      <div className="stack">
        <div className="import-progress__label">
          <span>{t(`imports.commit.phases.${progress.phase}`)}</span>
          {progress.total > 0 ? <span className="muted">{t('imports.commit.progress', { done: format.number(progress.done), total: format.number(progress.total) })}</span> : null}
        </div>
        <div
          className="import-progress"
          role="progressbar"
          aria-label={t('imports.commit.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent} %`}
        >
          <div className="import-progress__bar" style={{ width: `${percent}%` }} />
        </div>
        {progress.cancelRequested ? <Alert tone="warning">{t('imports.commit.cancelRequested')}</Alert> : null}
        {cancel.error ? <ErrorAlert error={cancel.error} /> : null}
        <div className="cluster">
          <Button variant="danger" isPending={cancel.isPending} disabled={progress.cancelRequested} onClick={() => cancel.mutate()}>
            {t('imports.commit.cancel')}
          </Button>
        </div>
      </div>
    </Card>
  );
}

/** A committed import: what it wrote, and the cases it created, each a link. */
export function CommitDone({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cases = useImportCases(batch.id, true);
  const c = batch.counts;
  return (
    <>
      <Alert tone="success" title={t('imports.done.title')}>
        {t('imports.done.text', {
          cases: format.number(c.casesCreated),
          persons: format.number(c.personsCreated),
          duplicate: format.number(c.duplicate),
          rejected: format.number(c.rejected),
        })}
      </Alert>
      <Card title={t('imports.done.casesTitle')}>
        {cases.isPending ? (
          <Loading />
        ) : cases.error ? (
          <ErrorAlert error={cases.error} />
        ) : (
          <div className="stack">
            <Table
              caption={t('imports.done.casesCaption')}
              rows={cases.data.items}
              rowKey={(k) => k.id}
              empty={t('imports.done.noCases')}
              columns={[
                { key: 'number', header: t('imports.done.number'), render: (k) => <Link to={`/cases/${k.id}`}>{k.number}</Link> },
                { key: 'title', header: t('imports.done.caseTitle'), render: (k) => k.title },
                { key: 'ref', header: t('imports.done.caseRef'), render: (k) => k.caseRef },
                { key: 'row', header: t('imports.done.row'), render: (k) => k.row },
              ]}
            />
            {cases.data.total > cases.data.items.length ? (
              <p className="muted">{t('imports.done.casesMore', { shown: cases.data.items.length, total: cases.data.total })}</p>
            ) : null}
          </div>
        )}
      </Card>
    </>
  );
}
