import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CaseDetail, caseHistoryEntrySchema } from '#contracts/cases';
import type { CodeList } from '#contracts/codes/code-list';
import * as codes from '#contracts/codes/cases';
import { useFormat } from '../../../lib/format-context';
import { useAgencies } from '../../agencies';
import { useCodes } from '../code-labels';
import { useCountryNames } from '../countries';
import { renderPseudonym } from '../pseudonym';
import { usePorts, useRegionPaths } from '../reference-api';

export type HistoryEntry = z.infer<typeof caseHistoryEntrySchema>;
type Change = HistoryEntry['changes'][number];

const regionFields = ['regionCode', 'reportedRegionCode', 'originRegionCode'];
const dayFields = ['reportedOn', 'birthDate', 'occurredOn'];
const countryFields = ['country', 'passportCountry', 'citizenship'];

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

/** Values that are ids, dates, regions or countries, said the way the rest of the page says them. */
function useSpecialValues(detail: CaseDetail, entries: readonly HistoryEntry[]) {
  const { t } = useTranslation();
  const { labelOf } = useCodes();
  const format = useFormat();
  const agencies = useAgencies();
  const ports = usePorts();
  const countries = useCountryNames();
  const regions = useRegionPaths(
    entries.flatMap((entry) =>
      entry.changes
        .filter((change) => regionFields.includes(change.field))
        .flatMap((change) => [change.before, change.after])
        .filter((value): value is string => typeof value === 'string'),
    ),
  );
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
  const byId: Partial<Record<string, (value: string) => string | null | undefined>> = {
    casePersonId: (value) => {
      const person = detail.people.find((p) => p.id === value);
      return person ? renderPseudonym(t, person.pseudonym) : null;
    },
    agencyId: (value) => agencies.data?.items.find((a) => a.id === value)?.shortName,
    leadOfficerId: (value) => (detail.leadOfficer?.id === value ? detail.leadOfficer.name : null),
    portId: (value) => ports.data?.items.find((p) => p.id === value)?.name,
    reportedPortId: (value) => ports.data?.items.find((p) => p.id === value)?.name,
    expiresAt: (value) => format.dateTime(value),
    revokedAt: (value) => format.dateTime(value),
    access: (value) =>
      value === 'read' || value === 'contribute' ? t(`cases.sharing.accessLevels.${value}`) : null,
  };
  return (field: string, value: unknown): string | null => {
    if (field === 'order' && Array.isArray(value)) return t('cases.history.orderValue', { n: value.length });
    if (field === 'victim.documents' && Array.isArray(value)) return documentsText(value);
    if (countryFields.includes(field) && Array.isArray(value))
      return value.map(String).map(countries.name).join(', ');
    if (typeof value === 'boolean') return value ? t('cases.history.yes') : t('cases.history.no');
    if (typeof value !== 'string') return null;
    if (regionFields.includes(field)) return regions.get(value) ?? null;
    if (dayFields.includes(field)) return format.day(value);
    if (countryFields.includes(field)) return countries.name(value);
    return byId[field]?.(value) ?? null;
  };
}

/** A change's value in words: masked identity, labels of codes, names for ids, dates in the user's zone. */
export function useHistoryValueText(detail: CaseDetail, entries: readonly HistoryEntry[]) {
  const { t } = useTranslation();
  const { labelOf } = useCodes();
  const special = useSpecialValues(detail, entries);
  return (change: Change, value: unknown): string => {
    if (change.masked) return t('cases.history.masked');
    if (value === null || value === undefined || value === '') return '—';
    const known = special(change.field, value);
    if (known) return known;
    const list = codeFields[change.field];
    if (Array.isArray(value)) {
      if (value.length === 0) return '—';
      return value
        .map((item) =>
          typeof item === 'string' ? (list ? labelOf(list, item) : item) : JSON.stringify(item),
        )
        .join(', ');
    }
    if (typeof value === 'string') return list ? labelOf(list, value) : value;
    return typeof value === 'number' ? String(value) : JSON.stringify(value);
  };
}
