import type { Locale } from '#contracts/common';
import {
  caseStatus,
  discoveryChannel,
  exploitationType,
  meansOfControl,
  perpetratorRole,
  recruitmentMethod,
  routeEventType,
  sensitivity,
} from '#contracts/codes/cases';
import type { CodeList } from '#contracts/codes/code-list';
import type { ExportCaseRow, ExportPersonRow } from './cases.export.repository';

/** A cell of a flat export: text, a number, or empty. */
export type Cell = string | number | null;

/** What every export knows besides the rows: the reader's language and the names it may print. */
export interface ExportContext {
  locale: Locale;
  agencyNames: Map<string, string>;
  includeIdentity: boolean;
}

const labels = <C extends string>(list: CodeList<C>, codes: string[], locale: Locale) => codes.map((c) => list.label(c as C, locale));
const label = <C extends string>(list: CodeList<C>, code: string, locale: Locale) => list.label(code as C, locale);

/** The contract's language-neutral stand-in for a person (`victim-2-7F3A`), never a name. */
export function pseudonymOf(person: Pick<ExportPersonRow, 'role' | 'ordinal' | 'personId'>): string {
  return `${person.role}-${person.ordinal}-${person.personId.slice(0, 4).toUpperCase()}`;
}

const isMinor = (p: ExportPersonRow) => (p.ageWhenTrafficked ?? p.estimatedAge ?? 99) < 18;
const unique = (values: string[]) => [...new Set(values)];

/**
 * The route as one line: `recruitment 52.03 → transit ID-BTM-BTC → exploitation MY`, naming each
 * place by its code (region, port, country) or, for a *jalur tikus*, its coordinates.
 */
function routeLine(row: ExportCaseRow): string {
  return row.route
    .map((e) => {
      const place = e.regionCode ?? e.portId ?? e.country ?? (e.lat !== null && e.lng !== null ? `${e.lat.toFixed(4)},${e.lng.toFixed(4)}` : '');
      return `${e.type} ${place}`.trim();
    })
    .join(' → ');
}

const identityColumns = (row: ExportCaseRow, role: string, pick: (id: NonNullable<ExportPersonRow['identity']>) => string | null) =>
  row.people
    .filter((p) => p.role === role && p.identity)
    .map((p) => pick(p.identity!))
    .filter((v): v is string => !!v);

/**
 * One case as a flat record (the CSV/XLSX row and the JSON export item): codes with labels in the
 * reader's language, counts, people summarised; identity columns only when the export includes them.
 */
export function caseRecord(row: ExportCaseRow, ctx: ExportContext): Record<string, Cell | Cell[]> {
  const victims = row.people.filter((p) => p.role === 'victim');
  const suspects = row.people.filter((p) => p.role === 'suspect');
  const record: Record<string, Cell | Cell[]> = {
    number: row.number,
    title: row.title,
    summary: row.summary,
    status: row.status,
    statusLabel: label(caseStatus, row.status, ctx.locale),
    sensitivity: row.sensitivity,
    sensitivityLabel: label(sensitivity, row.sensitivity, ctx.locale),
    reportedOn: row.reportedOn,
    discoveryChannel: row.discoveryChannel,
    discoveryChannelLabel: label(discoveryChannel, row.discoveryChannel, ctx.locale),
    owningAgency: ctx.agencyNames.get(row.owningAgencyId) ?? '',
    reportedRegionCode: row.reportedRegionCode,
    reportedPortId: row.reportedPortId,
    legalBasis: row.legalBasis,
    exploitationTypes: row.exploitationTypes,
    exploitationTypeLabels: labels(exploitationType, row.exploitationTypes, ctx.locale),
    meansOfControl: row.meansOfControl,
    meansOfControlLabels: labels(meansOfControl, row.meansOfControl, ctx.locale),
    recruitmentMethods: row.recruitmentMethods,
    recruitmentMethodLabels: labels(recruitmentMethod, row.recruitmentMethods, ctx.locale),
    portIds: row.portIds,
    route: routeLine(row),
    routeEventTypes: unique(row.route.map((e) => e.type)).map((t) => label(routeEventType, t, ctx.locale)),
    victimCount: row.victimCount,
    victimsFemale: victims.filter((p) => p.sex === 'female').length,
    victimsMale: victims.filter((p) => p.sex === 'male').length,
    victimsMinor: victims.filter(isMinor).length,
    suspectCount: row.suspectCount,
    suspectRoles: labels(perpetratorRole, unique(suspects.flatMap((p) => p.perpetratorRoles)), ctx.locale),
    updatedAt: row.updatedAt,
  };
  if (!ctx.includeIdentity) return record;
  return {
    ...record,
    victimNames: identityColumns(row, 'victim', (i) => i.fullName ?? i.aliases[0] ?? null),
    victimNiks: identityColumns(row, 'victim', (i) => i.nik),
    victimPassports: identityColumns(row, 'victim', (i) => i.passportNumber),
    suspectNames: identityColumns(row, 'suspect', (i) => i.fullName ?? i.aliases[0] ?? null),
    suspectNiks: identityColumns(row, 'suspect', (i) => i.nik),
    witnessNames: identityColumns(row, 'witness', (i) => i.fullName ?? i.aliases[0] ?? null),
    reporterNames: identityColumns(row, 'reporter', (i) => i.fullName ?? i.aliases[0] ?? null),
  };
}

/** The column names of the flat export, in order (the record's keys). */
export function recordColumns(includeIdentity: boolean): string[] {
  const sample: ExportCaseRow = {
    id: '', number: '', title: '', summary: '', status: 'reported', sensitivity: 'standard', reportedOn: '', discoveryChannel: 'other',
    owningAgencyId: '', reportedRegionCode: null, reportedPortId: null, legalBasis: [], exploitationTypes: [], meansOfControl: [],
    recruitmentMethods: [], portIds: [], victimCount: 0, suspectCount: 0, updatedAt: '', shareAccess: null, people: [], route: [],
  };
  return Object.keys(caseRecord(sample, { locale: 'en', agencyNames: new Map(), includeIdentity }));
}
