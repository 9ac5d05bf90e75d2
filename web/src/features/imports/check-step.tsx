import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview, RowProblem } from '#contracts/imports';
import { useFormat } from '../../lib/format-context';
import { Badge, Button, Card, ErrorAlert } from '../../ui';

const knownReasons = ['date', 'code', 'required', 'in_future', 'unknown_region', 'extra-column', 'formula', 'number-precision'] as const;
type Reason = (typeof knownReasons)[number] | 'other';
const reasonOf = (code: string): Reason => ((knownReasons as readonly string[]).includes(code) ? (code as Reason) : 'other');

/** The server's message without its "Row N, column "X": " prefix (row and column are shown apart). */
const detailOf = (problem: RowProblem) => problem.message.replace(/^Row \d+(, column ("[^"]*"|[A-Z]+))?: /, '');

/** How many problems of one reason are listed before "… and N more". */
const listedPerReason = 10;

function ProblemsByReason({ rows }: { rows: ImportPreview['rows'] }) {
  const { t } = useTranslation();
  const groups = new Map<Reason, RowProblem[]>();
  for (const problem of rows.flatMap((r) => (r.status === 'rejected' ? r.problems : []))) {
    const reason = reasonOf(problem.code);
    groups.set(reason, [...(groups.get(reason) ?? []), problem]);
  }
  if (groups.size === 0) return <p>{t('imports.summary.noneRejected')}</p>;
  return (
    <div className="stack">
      <h3 className="import-subtitle">{t('imports.summary.problemsTitle')}</h3>
      {[...groups].map(([reason, problems]) => (
        <section key={reason} className="import-reason" aria-label={t(`imports.reasons.${reason}`)}>
          <p className="import-reason__title">
            {t(`imports.reasons.${reason}`)} <Badge tone="danger">{problems.length}</Badge>
          </p>
          <ul className="plain-list import-reason__list">
            {problems.slice(0, listedPerReason).map((p, i) => (
              <li key={`${p.row}-${p.column ?? ''}-${i}`}>
                <strong>{p.column ? t('imports.summary.rowColumn', { row: p.row, column: p.column }) : t('imports.summary.rowOnly', { row: p.row })}</strong>
                {`: ${detailOf(p)}`}
              </li>
            ))}
            {problems.length > listedPerReason ? <li className="muted">{t('imports.summary.more', { count: problems.length - listedPerReason })}</li> : null}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Accepted / rejected / duplicate counts, the problems grouped by reason, and the rejected rows to download. */
export function ValidationSummary({ preview, onDownload, isDownloading }: { preview: ImportPreview; onDownload: () => void; isDownloading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { counts, rowCount } = preview.batch;
  const shownRejected = preview.rows.filter((r) => r.status === 'rejected').length;
  return (
    <Card title={t('imports.summary.title')}>
      <div className="stack">
        <dl className="import-counts">
          <div className="import-counts__item import-counts__item--valid">
            <dt>{t('imports.summary.accepted')}</dt>
            <dd data-testid="count-valid">{format.number(counts.valid)}</dd>
          </div>
          <div className="import-counts__item import-counts__item--rejected">
            <dt>{t('imports.summary.rejected')}</dt>
            <dd data-testid="count-rejected">{format.number(counts.rejected)}</dd>
          </div>
          <div className="import-counts__item">
            <dt>{t('imports.summary.duplicate')}</dt>
            <dd data-testid="count-duplicate">{format.number(counts.duplicate)}</dd>
          </div>
        </dl>
        <p className="muted">{t('imports.summary.of', { total: format.number(rowCount) })}</p>
        <ProblemsByReason rows={preview.rows} />
        {counts.rejected > shownRejected ? <p className="muted">{t('imports.summary.problemsHint', { shown: shownRejected })}</p> : null}
        {counts.rejected > 0 ? (
          <div className="cluster">
            <Button onClick={onDownload} isPending={isDownloading}>
              {t('imports.summary.downloadRejected')}
            </Button>
          </div>
        ) : null}
      </div>
    </Card>
  );
}

/** The first rows (rejected first) with each mapped value, and the problems of each cell under it. */
export function PreviewTable({ preview, fields }: { preview: ImportPreview; fields: ImportField[] }) {
  const { t } = useTranslation();
  const mapping = preview.batch.mapping ?? {};
  const tones = { valid: 'success', rejected: 'danger', duplicate: 'neutral' } as const;
  return (
    <Card title={t('imports.preview.title')}>
      {/* Wider than the screen with many columns: a focusable region, so it scrolls from the keyboard too. */}
      <div className="table-wrap import-preview" tabIndex={0} role="region" aria-label={t('imports.preview.caption')}>
        <table className="table">
          <caption className="visually-hidden">{t('imports.preview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.preview.row')}</th>
              <th scope="col">{t('imports.preview.status')}</th>
              {fields.map((f) => (
                <th scope="col" key={f}>
                  {t(`imports.fields.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const rowProblems = row.problems.filter((p) => !p.column || !fields.some((f) => mapping[f] === p.column));
              return (
                <Fragment key={row.row}>
                  <tr className={`import-preview__row import-preview__row--${row.status}`}>
                    <th scope="row" data-label={t('imports.preview.row')}>
                      {row.row}
                    </th>
                    <td data-label={t('imports.preview.status')}>
                      <div>
                        <Badge tone={tones[row.status]}>{t(`imports.preview.rowStatus.${row.status}`)}</Badge>
                      </div>
                    </td>
                    {fields.map((f) => {
                      const problems = row.problems.filter((p) => p.column !== null && p.column === mapping[f]);
                      const value = row.values[f];
                      return (
                        <td key={f} data-label={t(`imports.fields.${f}`)} className={problems.length > 0 ? 'import-cell--problem' : undefined}>
                          <div>
                            {value ? <span>{value}</span> : <span className="muted">{t('imports.preview.empty')}</span>}
                            {problems.map((p, i) => (
                              <span key={i} className="import-cell__problem">
                                {detailOf(p)}
                              </span>
                            ))}
                          </div>
                        </td>
                      );
                    })}
                  </tr>
                  {rowProblems.length > 0 ? (
                    <tr className="import-preview__row-problems">
                      <td colSpan={fields.length + 2} data-label={t('imports.preview.rowProblems')}>
                        {rowProblems.map((p) => p.message).join(' · ')}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

interface CheckStepPartsProps {
  preview: ImportPreview;
  fields: ImportField[];
  onDownload: () => void;
  isDownloading: boolean;
  downloadError: unknown;
  children?: React.ReactNode;
}

/** The check step: summary, then the commit (children), then the preview rows. */
export function CheckStepParts({ preview, fields, onDownload, isDownloading, downloadError, children }: CheckStepPartsProps) {
  return (
    <>
      <ValidationSummary preview={preview} onDownload={onDownload} isDownloading={isDownloading} />
      {downloadError ? <ErrorAlert error={downloadError} /> : null}
      {children}
      <PreviewTable preview={preview} fields={fields} />
    </>
  );
}
