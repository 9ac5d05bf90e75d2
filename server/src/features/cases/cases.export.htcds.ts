import type { Port } from '#contracts/reference';
import {
  caseStatus,
  exploitationType,
  gender,
  isicSection,
  meansOfControl,
  perpetratorRole,
  recruitmentApp,
  recruitmentMethod,
  relationshipToTrafficker,
  routeEventType,
  sexExploitationType,
  statusDecisionOrg,
  traffickingStatus,
} from '#contracts/codes/cases';
import type { CodeList } from '#contracts/codes/code-list';
import type { ExportCaseRow, ExportPersonRow, ExportRouteRow } from './cases.export.repository';
import { pseudonymOf, type ExportContext } from './cases.export.records';

/**
 * HTCDS 2.0 documents: one per case with its persons (prs_), victim (vic_) and perpetrator (per_)
 * context and historic trafficking events (hte_), using HTCDS field names and the HTCDS value of
 * each code. What HTCDS has no field for is carried under `benteng_` names so nothing is lost
 * silently. Names are not split into first/second names (HTCDS issue #22: many Indonesian names
 * are single or have no family name): the full name goes to prs_FirstName.
 */
export interface HtcdsContext extends ExportContext {
  ports: Map<string, Port>;
}

/** Header fields of an HTCDS export file. */
export const htcdsHeader = (generatedAt: string) => ({ standard: 'HTCDS', version: '2.0', source: 'Benteng', generatedAt });

const htcds = <C extends string>(list: CodeList<C>, code: string | null) => (code ? (list.htcds(code as C) ?? null) : null);
const htcdsAll = <C extends string>(list: CodeList<C>, codes: string[]) => [...new Set(codes.map((c) => htcds(list, c)).filter((v) => v !== null))];

function person(p: ExportPersonRow): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    benteng_Role: p.role,
    benteng_Pseudonym: pseudonymOf(p),
    prs_Gender: htcds(gender, p.sex),
    prs_Citizenship: p.citizenship,
    benteng_BirthYear: p.birthYear,
    benteng_EstimatedAge: p.estimatedAge,
    benteng_OriginRegionCode: p.originRegionCode,
  };
  // Identity only when granted for this case; otherwise the fields are absent, not empty.
  if (p.identity) {
    Object.assign(doc, {
      prs_FirstName: p.identity.fullName,
      benteng_Aliases: p.identity.aliases,
      prs_Birthdate: p.identity.birthDate,
      prs_IdentityNumber: p.identity.nik,
      benteng_PassportNumber: p.identity.passportNumber,
      benteng_PassportCountry: p.identity.passportCountry,
      prs_MobilePhone: p.identity.phone,
      prs_MailingStreet: p.identity.address,
    });
  }
  if (p.role === 'victim') {
    Object.assign(doc, {
      vic_TraffickingStatus: htcds(traffickingStatus, p.traffickingStatus),
      vic_TraffickingStatusDecisionMakingOrg: htcds(statusDecisionOrg, p.statusDecidedBy),
      vic_RelationshipToTrafficker: htcds(relationshipToTrafficker, p.relationshipToTrafficker),
      vic_AgeWhenTrafficked: p.ageWhenTrafficked,
      vic_MethodOfRecruitment: htcdsAll(recruitmentMethod, p.recruitmentMethods),
      vic_RecruitmentWebsitesAndApps: htcdsAll(recruitmentApp, p.recruitmentApps),
      vic_MethodsOfControl: htcdsAll(meansOfControl, p.meansOfControl),
      vic_TypeOfExploitation: htcdsAll(exploitationType, p.exploitationTypes),
      vic_ForcedLabourIndustry: htcds(isicSection, p.forcedLabourIndustry),
      vic_TypeOfSexExploitation: htcdsAll(sexExploitationType, p.sexExploitationTypes),
      benteng_Documents: p.documents,
    });
  }
  if (p.role === 'suspect') {
    doc.per_RoleInProcess = htcdsAll(perpetratorRole, p.perpetratorRoles);
    if (p.identity) doc.per_RoleDetails = p.identity.roleDetails;
  }
  return doc;
}

function event(e: ExportRouteRow, ctx: HtcdsContext): Record<string, unknown> {
  const port = e.portId ? ctx.ports.get(e.portId) : undefined;
  const country = e.country ?? port?.country ?? (e.placeKind === 'region' ? 'ID' : null);
  return {
    hte_Type: htcds(routeEventType, e.type),
    hte_Date: e.occurredOn,
    hte_Latitude: e.lat ?? port?.lat ?? null,
    hte_Longitude: e.lng ?? port?.lng ?? null,
    hte_Street: e.placeName ?? port?.name ?? null,
    hte_Country: country,
    hte_Description: e.description,
    benteng_EventType: e.type,
    benteng_PlaceKind: e.placeKind,
    benteng_RegionCode: e.regionCode,
    benteng_PortId: e.portId,
    benteng_Transport: e.transport,
  };
}

/** One case as an HTCDS document. */
export function htcdsCase(row: ExportCaseRow, ctx: HtcdsContext): Record<string, unknown> {
  return {
    cas_CaseNumber: row.number,
    cas_Subject: row.title,
    cas_Description: row.summary,
    cas_Status: htcds(caseStatus, row.status),
    cas_CaseOwner: ctx.agencyNames.get(row.owningAgencyId) ?? null,
    benteng_Status: row.status,
    benteng_Sensitivity: row.sensitivity,
    benteng_ReportedOn: row.reportedOn,
    benteng_DiscoveryChannel: row.discoveryChannel,
    benteng_LegalBasis: row.legalBasis,
    persons: row.people.map((p) => person(p)),
    historicTraffickingEvents: row.route.map((e) => event(e, ctx)),
  };
}
