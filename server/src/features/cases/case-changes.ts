import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { AuditAction } from '#contracts/audit';
import type { caseHistoryEntrySchema } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import { recordAudit } from '../audit';
import * as repo from './cases.repository';

export type HistoryEntityType = z.infer<typeof caseHistoryEntrySchema>['entityType'];

/** One field of a change. `identity`: a protected person's identity value, stored but never shown. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  identity?: true;
}

/**
 * The audit action of each change a case records: the history keeps the part and a short verb,
 * the audit log one code (`case.route.add`) from the list in `contracts/audit.ts`.
 */
const caseAuditActions = {
  case: { create: 'case.create', update: 'case.update' },
  status: { transition: 'case.status.transition' },
  person: { add: 'case.person.add', update: 'case.person.update' },
  route: { add: 'case.route.add', update: 'case.route.update', delete: 'case.route.delete', reorder: 'case.route.reorder' },
  share: { create: 'case.share.create', revoke: 'case.share.revoke' },
  comment: { add: 'case.comment.add' },
  attachment: { add: 'case.attachment.add' },
} as const satisfies Record<HistoryEntityType, Record<string, AuditAction>>;
type CaseAuditActions = typeof caseAuditActions;
/** A part of a case and a verb it may be changed with. */
type CaseChangeKind = { [E in HistoryEntityType]: { entityType: E; action: keyof CaseAuditActions[E] & string } }[HistoryEntityType];

export type CaseChange = CaseChangeKind & {
  entityId: string;
  changes: FieldChange[];
  /** A reason the user stated (transitions, shares, revocations), kept in the audit entry too. */
  reason?: string;
};

/** The fields whose value differs between two records; `undefined` in `after` means "not sent". */
export function diffFields<T extends object>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (after[field] === undefined || isDeepStrictEqual(before[field], after[field])) continue;
    changes.push({ field, before: before[field] ?? null, after: after[field] ?? null });
  }
  return changes;
}

/** What may be shown of a change: identity values replaced by nulls and a `masked` mark. */
export function maskChanges(changes: readonly FieldChange[]) {
  return changes.map((c) =>
    c.identity
      ? { field: c.field, before: null, after: null, masked: true }
      : { field: c.field, before: c.before, after: c.after },
  );
}

/**
 * Writes the history row of one version of a case and its audit entry, inside the transaction of
 * the change. The audit log (readable by administrators without identity rights) gets the masked
 * form; the history keeps the values and masks them when it is read.
 */
export async function recordCaseChange(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  version: number,
  change: CaseChange,
): Promise<void> {
  await repo.insertHistory(tx, {
    caseId,
    version,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    changes: change.changes,
    changedAt: ctx.now,
    changedBy: ctx.actor?.userId ?? null,
    agencyId: ctx.actor?.agencyId ?? null,
  });
  await recordAudit(tx, ctx, {
    action: (caseAuditActions[change.entityType] as Record<string, AuditAction>)[change.action]!,
    objectType: 'case',
    objectId: caseId,
    reason: change.reason,
    details: {
      version,
      entityType: change.entityType,
      entityId: change.entityId,
      changes: maskChanges(change.changes),
    },
  });
}

/** Moves the case to its next version for a change to one of its parts, and records it. */
export async function recordPartChange(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  change: CaseChange,
): Promise<number> {
  const version = await repo.bumpCaseVersion(tx, caseId, ctx.now, ctx.actor?.userId ?? null);
  await recordCaseChange(tx, ctx, caseId, version, change);
  return version;
}
