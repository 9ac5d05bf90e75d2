import {
  caseWorkflow,
  type CaseDetail,
  type CaseStatus,
  type CreateCaseRequest,
  type UpdateCaseRequest,
} from '#contracts/cases';
import type { z } from 'zod';
import type { caseHistoryEntrySchema, transitionRequestSchema } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { Tx } from '../../platform/db/database';
import { AppError, invalidField, versionConflict } from '../../platform/http/app-error';
import { staffByIds } from '../auth';
import { actorOf, openCase, openCaseForEdit } from './case-access';
import { diffFields, recordCaseChange } from './case-changes';
import { requirePort, requireRegion } from './case-places';
import { refreshCaseFacets } from './cases.facets';
import { presentCaseDetail, presentHistory } from './cases.present';
import * as repo from './cases.repository';

type TransitionRequest = z.infer<typeof transitionRequestSchema>;
type CaseHistoryEntry = z.infer<typeof caseHistoryEntrySchema>;

const caseFields = [
  'title',
  'summary',
  'reportedOn',
  'reportedRegionCode',
  'reportedPortId',
  'discoveryChannel',
  'leadOfficerId',
  'sensitivity',
  'legalBasis',
] as const;

/** `TPPO/KEPRI/2026/0042`: the year the case was reported and its sequence number in that year. */
export const formatCaseNumber = (year: number, sequence: number) =>
  `TPPO/KEPRI/${year}/${String(sequence).padStart(4, '0')}`;

/** References a case makes: the lead officer must be an active member of the owning agency; places must exist. */
async function validateReferences(
  tx: Tx,
  owningAgencyId: string,
  input: Partial<CreateCaseRequest>,
): Promise<void> {
  if (input.leadOfficerId) {
    const officer = (await staffByIds(tx, [input.leadOfficerId])).get(input.leadOfficerId);
    if (!officer?.isActive || officer.agencyId !== owningAgencyId) {
      throw invalidField(
        'leadOfficerId',
        'not_agency_staff',
        'The lead officer must be an active user of the owning agency',
      );
    }
  }
  await requireRegion(tx, input.reportedRegionCode, 'reportedRegionCode');
  await requirePort(tx, input.reportedPortId, 'reportedPortId');
}

/** Records a new case for the actor's agency, numbered in the year it was reported. */
export async function createCase(
  deps: Deps,
  ctx: RequestContext,
  input: CreateCaseRequest,
): Promise<CaseDetail> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    await validateReferences(tx, actor.agencyId, input);
    const year = Number(input.reportedOn.slice(0, 4));
    const row = await repo.insertCase(tx, {
      ...input,
      number: formatCaseNumber(year, await repo.nextCaseSequence(tx, year)),
      year,
      owningAgencyId: actor.agencyId,
      status: 'reported',
      statusChangedAt: ctx.now,
      createdAt: ctx.now,
      createdBy: actor.userId,
      updatedAt: ctx.now,
      updatedBy: actor.userId,
    });
    await repo.insertStatusChange(tx, {
      caseId: row.id,
      fromStatus: null,
      toStatus: 'reported',
      reason: '',
      changedAt: ctx.now,
      changedBy: actor.userId,
    });
    await refreshCaseFacets(tx, [row.id]);
    await recordCaseChange(tx, ctx, row.id, row.version, {
      action: 'create',
      entityType: 'case',
      entityId: row.id,
      changes: [
        { field: 'number', before: null, after: row.number },
        { field: 'status', before: null, after: 'reported' },
        ...caseFields.map((field) => ({ field, before: null, after: row[field] })),
      ],
    });
    return presentCaseDetail(tx, ctx, await openCase(tx, ctx, row.id));
  });
}

/** The case page; 404 for a case the actor may not see. Not audited: protected identities are not in it. */
export async function getCase(deps: Deps, ctx: RequestContext, id: string): Promise<CaseDetail> {
  return presentCaseDetail(deps.db, ctx, await openCase(deps.db, ctx, id));
}

/** Changes case fields, if `version` is still current. The number stays even if `reportedOn` moves to another year. */
export async function updateCase(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: UpdateCaseRequest,
): Promise<CaseDetail> {
  const { version, ...fields } = input;
  return deps.db.transaction(async (tx) => {
    const { row } = await openCaseForEdit(tx, ctx, id);
    if (row.version !== version) throw versionConflict();
    await validateReferences(tx, row.owningAgencyId, fields);
    const changes = diffFields(row, fields, caseFields);
    if (changes.length === 0) return presentCaseDetail(tx, ctx, await openCase(tx, ctx, id));
    const updated = await repo.updateCaseRow(tx, id, version, {
      ...fields,
      updatedAt: ctx.now,
      updatedBy: ctx.actor?.userId ?? null,
    });
    if (!updated) throw versionConflict();
    await refreshCaseFacets(tx, [id]);
    await recordCaseChange(tx, ctx, id, updated.version, {
      action: 'update',
      entityType: 'case',
      entityId: id,
      changes,
    });
    return presentCaseDetail(tx, ctx, await openCase(tx, ctx, id));
  });
}

/**
 * Moves a case along the workflow (`caseWorkflow`), with a reason. A move the workflow does not
 * allow from the current status answers INVALID_TRANSITION with the allowed ones.
 */
export async function transitionCase(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: TransitionRequest,
): Promise<CaseDetail> {
  return deps.db.transaction(async (tx) => {
    const { row } = await openCaseForEdit(tx, ctx, id);
    if (row.version !== input.version) throw versionConflict();
    const from = row.status as CaseStatus;
    const allowed = caseWorkflow[from];
    if (!allowed.includes(input.to)) {
      throw new AppError('INVALID_TRANSITION', `A case cannot move from ${from} to ${input.to}`, {
        allowed: [...allowed],
      });
    }
    const updated = await repo.updateCaseRow(tx, id, input.version, {
      status: input.to,
      statusChangedAt: ctx.now,
      updatedAt: ctx.now,
      updatedBy: ctx.actor?.userId ?? null,
    });
    if (!updated) throw versionConflict();
    await repo.insertStatusChange(tx, {
      caseId: id,
      fromStatus: from,
      toStatus: input.to,
      reason: input.reason,
      changedAt: ctx.now,
      changedBy: ctx.actor?.userId ?? null,
    });
    await recordCaseChange(tx, ctx, id, updated.version, {
      action: 'transition',
      entityType: 'status',
      entityId: id,
      reason: input.reason,
      changes: [
        { field: 'status', before: from, after: input.to },
        { field: 'reason', before: null, after: input.reason },
      ],
    });
    return presentCaseDetail(tx, ctx, await openCase(tx, ctx, id));
  });
}

/** Every version of the case, newest first, identity values masked. */
export async function getCaseHistory(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<CaseHistoryEntry[]> {
  await openCase(deps.db, ctx, id);
  return presentHistory(deps.db, id);
}
