import type { z } from 'zod';
import type { caseCommentSchema, caseShareSchema, shareRequestSchema } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/database';
import { AppError, forbidden, invalidField, notFound } from '../../platform/http/app-error';
import { agencyNamesById, findAgency } from '../agencies';
import { staffByIds } from '../auth';
import { actorOf, openCase } from './case-access';
import { recordPartChange } from './case-changes';
import * as repo from './case-sharing.repository';
import { canCommentOnCase, canShareCase } from './cases.policy';

type CaseShare = z.infer<typeof caseShareSchema>;
type CaseComment = z.infer<typeof caseCommentSchema>;
type ShareRequest = z.infer<typeof shareRequestSchema>;

async function presentShares(db: Executor, rows: repo.ShareRow[]): Promise<CaseShare[]> {
  const agencies = await agencyNamesById(
    db,
    rows.map((r) => r.agencyId),
  );
  const staff = await staffByIds(
    db,
    rows.map((r) => r.createdBy),
  );
  return rows.map((r) => ({
    id: r.id,
    agency: { id: r.agencyId, name: agencies.get(r.agencyId)?.name ?? '' },
    access: r.access as CaseShare['access'],
    reason: r.reason,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    createdBy: (r.createdBy && staff.get(r.createdBy)?.displayName) ?? '',
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}

/** Every share of a case, past and present, oldest first. */
export async function presentCaseShares(db: Executor, caseId: string): Promise<CaseShare[]> {
  return presentShares(db, await repo.listShares(db, caseId));
}

/** The agency must be another, active one; an expiry must lie ahead. Answers the expiry as a date. */
async function checkShareTarget(
  tx: Executor,
  owningAgencyId: string,
  input: ShareRequest,
  now: Date,
): Promise<Date | null> {
  if (input.agencyId === owningAgencyId)
    throw invalidField('agencyId', 'own_agency', 'The case already belongs to this agency');
  const agency = await findAgency(tx, input.agencyId);
  if (!agency?.isActive) throw invalidField('agencyId', 'unknown_agency', 'Unknown or inactive agency');
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= now)
    throw invalidField('expiresAt', 'in_past', 'The expiry must be in the future');
  return expiresAt;
}

/**
 * Shares a case with another agency (read, or contribute). Only the owning agency shares; an
 * agency has one share at a time, so a new one replaces (revokes) the one before.
 */
export async function shareCase(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  input: ShareRequest,
): Promise<CaseShare> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const { row: kase, access } = await openCase(tx, ctx, caseId, { lock: true });
    if (!canShareCase(actor, access)) throw forbidden('Only the owning agency shares a case');
    const expiresAt = await checkShareTarget(tx, kase.owningAgencyId, input, ctx.now);
    const replaced = await repo.activeSharesFor(tx, caseId, input.agencyId, ctx.now);
    for (const old of replaced) {
      await repo.revokeShareRow(tx, old.id, {
        revokedAt: ctx.now,
        revokedBy: actor.userId,
        revokeReason: `Replaced: ${input.reason}`,
      });
    }
    const share = await repo.insertShare(tx, {
      caseId,
      agencyId: input.agencyId,
      access: input.access,
      reason: input.reason,
      expiresAt,
      createdAt: ctx.now,
      createdBy: actor.userId,
    });
    await recordPartChange(tx, ctx, caseId, {
      action: 'create',
      entityType: 'share',
      entityId: share.id,
      reason: input.reason,
      changes: [
        { field: 'agencyId', before: null, after: input.agencyId },
        { field: 'access', before: replaced[0]?.access ?? null, after: input.access },
        { field: 'expiresAt', before: replaced[0]?.expiresAt?.toISOString() ?? null, after: input.expiresAt },
        ...(replaced.length > 0
          ? [{ field: 'replaces', before: null, after: replaced.map((r) => r.id) }]
          : []),
      ],
    });
    return (await presentShares(tx, [share]))[0]!;
  });
}

/** Ends a share now; the agency loses access with its next request. */
export async function revokeShare(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  shareId: string,
  reason: string,
): Promise<CaseShare> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const { access } = await openCase(tx, ctx, caseId, { lock: true });
    if (!canShareCase(actor, access)) throw forbidden('Only the owning agency revokes a share');
    const share = await repo.findShare(tx, caseId, shareId);
    if (!share) throw notFound('Share');
    if (share.revokedAt) throw new AppError('CONFLICT', 'This share was already revoked');
    const revoked = await repo.revokeShareRow(tx, shareId, {
      revokedAt: ctx.now,
      revokedBy: actor.userId,
      revokeReason: reason,
    });
    await recordPartChange(tx, ctx, caseId, {
      action: 'revoke',
      entityType: 'share',
      entityId: shareId,
      reason,
      changes: [{ field: 'revokedAt', before: null, after: ctx.now.toISOString() }],
    });
    return (await presentShares(tx, [revoked]))[0]!;
  });
}

async function presentComments(db: Executor, rows: repo.CommentRow[]): Promise<CaseComment[]> {
  const staff = await staffByIds(
    db,
    rows.map((r) => r.createdBy),
  );
  const agencies = await agencyNamesById(
    db,
    [...staff.values()].map((s) => s.agencyId),
  );
  return rows.map((r) => {
    const author = r.createdBy ? staff.get(r.createdBy) : undefined;
    return {
      id: r.id,
      body: r.body,
      author: {
        id: r.createdBy ?? '',
        name: author?.displayName ?? '',
        agencyName: (author && agencies.get(author.agencyId)?.name) ?? '',
      },
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/** Comments of a case, oldest first: anyone who may see the case may read them. */
export async function listComments(deps: Deps, ctx: RequestContext, caseId: string): Promise<CaseComment[]> {
  await openCase(deps.db, ctx, caseId);
  return presentComments(deps.db, await repo.listComments(deps.db, caseId));
}

/** Adds a comment (plain text, stored as written; clients escape it when they show it). */
export async function addComment(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: string,
): Promise<CaseComment> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const { access } = await openCase(tx, ctx, caseId, { lock: true });
    if (!canCommentOnCase(actor, access)) throw forbidden('You may not comment on this case');
    const row = await repo.insertComment(tx, { caseId, body, createdAt: ctx.now, createdBy: actor.userId });
    await recordPartChange(tx, ctx, caseId, {
      action: 'add',
      entityType: 'comment',
      entityId: row.id,
      changes: [{ field: 'body', before: null, after: body }],
    });
    return (await presentComments(tx, [row]))[0]!;
  });
}
