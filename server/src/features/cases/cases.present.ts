import type { z } from 'zod';
import {
  caseWorkflow,
  type CaseDetail,
  type CaseSummary,
  type caseHistoryEntrySchema,
  type CaseStatus,
  type statusChangeSchema,
} from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { agencyNamesById } from '../agencies';
import { staffByIds } from '../auth';
import { importOriginOf } from '../people';
import type { OpenCase } from './case-access';
import { actorOf } from './case-access';
import { maskChanges, type FieldChange } from './case-changes';
import { presentCasePeople, presentProvenance } from './case-people.present';
import { presentRoute } from './case-route.service';
import { presentCaseShares } from './case-sharing.service';
import { canEditCase, canShareCase, type CaseAccess } from './cases.policy';
import * as repo from './cases.repository';

type StatusChange = z.infer<typeof statusChangeSchema>;
type CaseHistoryEntry = z.infer<typeof caseHistoryEntrySchema>;

/** Every version of a case, newest first: who changed what, identity values of protected people masked. */
export async function presentHistory(db: Executor, caseId: string): Promise<CaseHistoryEntry[]> {
  const rows = await repo.listHistory(db, caseId);
  const staff = await staffByIds(
    db,
    rows.map((r) => r.changedBy),
  );
  const agencies = await agencyNamesById(
    db,
    rows.flatMap((r) => (r.agencyId ? [r.agencyId] : [])),
  );
  return rows.map((row) => ({
    version: row.version,
    action: row.action,
    entityType: row.entityType as CaseHistoryEntry['entityType'],
    entityId: row.entityId,
    changes: maskChanges(row.changes as FieldChange[]),
    changedAt: row.changedAt.toISOString(),
    changedBy: (row.changedBy && staff.get(row.changedBy)?.displayName) ?? '',
    agencyName: (row.agencyId && agencies.get(row.agencyId)?.name) ?? '',
  }));
}

async function presentStatusHistory(db: Executor, caseId: string): Promise<StatusChange[]> {
  const rows = repo.inChainOrder(await repo.listStatusChanges(db, caseId));
  const staff = await staffByIds(
    db,
    rows.map((r) => r.changedBy),
  );
  return rows.map((r) => ({
    from: r.fromStatus as CaseStatus | null,
    to: r.toStatus as CaseStatus,
    reason: r.reason,
    changedAt: r.changedAt.toISOString(),
    changedBy: (r.changedBy && staff.get(r.changedBy)?.displayName) ?? '',
  }));
}

/** The columns a case summary is made of (a case row, or a row of the case list query). */
export type CaseSummaryFacts = Pick<
  repo.CaseRow,
  | 'id'
  | 'number'
  | 'title'
  | 'status'
  | 'sensitivity'
  | 'reportedOn'
  | 'discoveryChannel'
  | 'owningAgencyId'
  | 'victimCount'
  | 'suspectCount'
  | 'exploitationTypes'
  | 'updatedAt'
>;

/** A case as lists and the case page show it, for an actor with the given access. */
export function presentCaseSummary(
  row: CaseSummaryFacts,
  owningAgencyName: string,
  access: CaseAccess,
): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status as CaseStatus,
    sensitivity: row.sensitivity as CaseSummary['sensitivity'],
    reportedOn: row.reportedOn,
    discoveryChannel: row.discoveryChannel as CaseSummary['discoveryChannel'],
    owningAgency: { id: row.owningAgencyId, name: owningAgencyName },
    victimCount: row.victimCount,
    suspectCount: row.suspectCount,
    exploitationTypes: row.exploitationTypes as CaseSummary['exploitationTypes'],
    updatedAt: row.updatedAt.toISOString(),
    access,
  };
}

/** The case page: the case with its people (identity-protected), route, shares and status history. */
export async function presentCaseDetail(
  db: Executor,
  ctx: RequestContext,
  { row, access }: OpenCase,
): Promise<CaseDetail> {
  const actor = actorOf(ctx);
  const canEdit = canEditCase(actor, access);
  const origin = importOriginOf(row.provenance, row.createdAt);
  const agencies = await agencyNamesById(db, [row.owningAgencyId, ...(origin ? [origin.agencyId] : [])]);
  const lead = row.leadOfficerId
    ? (await staffByIds(db, [row.leadOfficerId])).get(row.leadOfficerId)
    : undefined;
  return {
    ...presentCaseSummary(row, agencies.get(row.owningAgencyId)?.name ?? '', access),
    summary: row.summary,
    reportedRegionCode: row.reportedRegionCode,
    reportedPortId: row.reportedPortId,
    leadOfficer: lead ? { id: lead.id, name: lead.displayName } : null,
    legalBasis: row.legalBasis as CaseDetail['legalBasis'],
    allowedTransitions: canEdit ? [...caseWorkflow[row.status as CaseStatus]] : [],
    people: await presentCasePeople(db, row.id),
    route: await presentRoute(db, row.id),
    shares: await presentCaseShares(db, row.id),
    statusHistory: await presentStatusHistory(db, row.id),
    canEdit,
    canShare: canShareCase(actor, access),
    provenance: presentProvenance(origin, agencies),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
