import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { CaseDetail, caseHistoryEntrySchema } from '#contracts/cases';
import type { CodeList } from '#contracts/codes/code-list';
import * as codes from '#contracts/codes/cases';
import { useFormat } from '../../../lib/format-context';
import { Card, ErrorAlert, Loading } from '../../../ui';
import { useAgencies } from '../../agencies';
import { useCodes } from '../code-labels';
import { renderPseudonym } from '../pseudonym';
import { usePorts } from '../reference-api';
import { useCaseHistory } from '../cases-api';
import { messageOr } from '../messages';

type HistoryEntry = z.infer<typeof caseHistoryEntrySchema>;
type Change = HistoryEntry['changes'][number];

/** Fields whose values are codes: shown with their labels. */
const codeFields: Partial<Record<string, CodeList<string>>> = {
  status: codes.caseStatus,
  from: codes.caseStatus,
  to: codes.caseStatus,
  sensitivity: codes.sensitivity,
  discoveryChannel: codes.discoveryChannel,
  legalBasis: codes.legalBasis,
  role: codes.personRole,
  sex: codes.gender,
  type: codes.routeEventType,
  placeKind: codes.placeKind,
  transport: codes.transportMode,
  'victim.traffickingStatus': codes.traffickingStatus,
  'victim.statusDecidedBy': codes.statusDecisionOrg,
  'victim.meansOfControl': codes.meansOfControl,
  'victim.exploitationTypes': codes.exploitationType,
  'victim.forcedLabourIndustry': codes.isicSection,
  'victim.sexExploitationTypes': codes.sexExploitationType,
  'victim.recruitmentMethods': codes.recruitmentMethod,
  'victim.recruitmentApps': codes.recruitmentApp,
  'victim.relationshipToTrafficker': codes.relationshipToTrafficker,
  'suspect.roles': codes.perpetratorRole,
};

/** Values that are ids or instants, said the way the rest of the page says them. */
function useSpecialValues(detail: CaseDetail) {
  const { t } = useTranslation();
  const { labelOf } = useCodes();
  const documentsText = (items: unknown[]) =>
    items
      .map((item) => {
        const { type, issue } = (item ?? {}) as { type?: string; issue?: string };
        return type && issue
          ? `${labelOf(codes.documentType, type)}: ${labelOf(codes.documentIssue, issue)}`
          : '';
      })
      .filter(Boolean)
      .join('; ') || '—';
  const format = useFormat();
  const agencies = useAgencies();
  const ports = usePorts();
  return (field: string, value: unknown): string | null => {
    if (field === 'order' && Array.isArray(value)) return t('cases.history.orderValue', { n: value.length });
    if (field === 'victim.documents' && Array.isArray(value)) return documentsText(value);
    if (typeof value === 'boolean') return value ? t('cases.history.yes') : t('cases.history.no');
    if (typeof value !== 'string') return null;
    if (field === 'casePersonId') {
      const person = detail.people.find((p) => p.id === value);
      return person ? renderPseudonym(t, person.pseudonym) : null;
    }
    if (field === 'agencyId') return agencies.data?.items.find((a) => a.id === value)?.shortName ?? null;
    if (field === 'leadOfficerId') return detail.leadOfficer?.id === value ? detail.leadOfficer.name : null;
    if (field === 'portId' || field === 'reportedPortId')
      return ports.data?.items.find((p) => p.id === value)?.name ?? null;
    if (field === 'expiresAt' || field === 'revokedAt') return format.dateTime(value);
    return null;
  };
}

function useValueText(detail: CaseDetail) {
  const { t } = useTranslation();
  const { labelOf } = useCodes();
  const special = useSpecialValues(detail);
  return (change: Change, value: unknown): string => {
    if (change.masked) return t('cases.history.masked');
    if (value === null || value === undefined || value === '') return '—';
    const known = special(change.field, value);
    if (known) return known;
    const list = codeFields[change.field];
    if (Array.isArray(value)) {
      if (value.length === 0) return '—';
      return value
        .map((item) => (list && typeof item === 'string' ? labelOf(list, item) : JSON.stringify(item)))
        .join(', ');
    }
    if (typeof value === 'string') return list ? labelOf(list, value) : value;
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  };
}

/** "Person added", "Route step corrected"…; an action without a label shows its code. */
function entryTitle(t: TFunction, entry: HistoryEntry): string {
  const key = `${entry.entityType}_${entry.action}`;
  return messageOr(t, `cases.history.actions.${key}`, `${entry.entityType} · ${entry.action}`);
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function HistoryItem({ entry, detail }: { entry: HistoryEntry; detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const valueText = useValueText(detail);
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
  return (
    <Card title={t('cases.history.title')}>
      {history.isPending ? <Loading /> : null}
      <ErrorAlert error={history.error} />
      {history.data ? (
        <ol className="history-list">
          {history.data.items.map((entry) => (
            <HistoryItem key={entry.version} entry={entry} detail={detail} />
          ))}
        </ol>
      ) : null}
    </Card>
  );
}
