import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CaseDetail } from '#contracts/cases';
import { useFormat } from '../../../lib/format-context';
import { Card, ErrorAlert, Loading } from '../../../ui';
import { useCaseHistory } from '../cases-api';
import { messageOr } from '../messages';
import { useHistoryValueText, type HistoryEntry } from './history-values';

type ValueText = ReturnType<typeof useHistoryValueText>;

/** "Person added", "Route step corrected"…; an action without a label shows its code. */
function entryTitle(t: TFunction, entry: HistoryEntry): string {
  const key = `${entry.entityType}_${entry.action}`;
  return messageOr(t, `cases.history.actions.${key}`, `${entry.entityType} · ${entry.action}`);
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function HistoryItem({ entry, valueText }: { entry: HistoryEntry; valueText: ValueText }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldLabel = (field: string) =>
    messageOr(t, `cases.history.fields.${field.replace(/\./g, '_')}`, field);
  // A field that was empty and stays empty says nothing; a masked one still says it was touched.
  const changes = entry.changes.filter((c) => c.masked || !(isEmpty(c.before) && isEmpty(c.after)));
  return (
    <li className="history-entry">
      <p className="history-entry__title">
        <strong>{entryTitle(t, entry)}</strong>
        <span className="muted">{` · ${t('cases.history.version', { n: entry.version })}`}</span>
      </p>
      <p className="muted">
        {t('cases.byWhenAgency', {
          who: entry.changedBy,
          agency: entry.agencyName,
          when: format.dateTime(entry.changedAt),
        })}
      </p>
      {changes.length > 0 ? (
        <div className="table-wrap">
          <table className="table history-changes">
            <caption className="visually-hidden">
              {t('cases.history.changesCaption', { n: entry.version })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.history.field')}</th>
                <th scope="col">{t('cases.history.before')}</th>
                <th scope="col">{t('cases.history.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <td data-label={t('cases.history.field')}>{fieldLabel(change.field)}</td>
                  <td data-label={t('cases.history.before')}>{valueText(change, change.before)}</td>
                  <td data-label={t('cases.history.after')}>{valueText(change, change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}

/** Every version of the case, newest first: who changed what and when; identity values stay masked. */
export function HistorySection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const history = useCaseHistory(detail.id);
  const valueText = useHistoryValueText(detail, history.data?.items ?? []);
  return (
    <Card title={t('cases.history.title')}>
      {history.isPending ? <Loading /> : null}
      <ErrorAlert error={history.error} />
      {history.data ? (
        <ol className="history-list">
          {history.data.items.map((entry) => (
            <HistoryItem key={entry.version} entry={entry} valueText={valueText} />
          ))}
        </ol>
      ) : null}
    </Card>
  );
}
