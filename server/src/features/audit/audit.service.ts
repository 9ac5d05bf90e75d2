import type { AuditAction, AuditEntry, AuditOutcome, AuditQuery } from '#contracts/audit';
import type { Db, Tx } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { asStoredJson } from './audit.chain';
import { auditWritten } from './audit.chainer';
import * as repo from './audit.repository';

/** What happened, to what, and with which result; the actor and time come from the context. */
export interface AuditEvent {
  /** One of the codes listed in `contracts/audit.ts`, so the audit page has a label for it. */
  action: AuditAction;
  objectType?: string;
  objectId?: string;
  outcome?: AuditOutcome;
  /** Why a sensitive read or an override happened, as stated by the user. */
  reason?: string;
  before?: unknown;
  after?: unknown;
  details?: unknown;
  /**
   * For events without a signed-in actor that still concern a known account (sign-in steps): the
   * account acting, so "who signed in" is searchable by actor.
   */
  actorEmail?: string;
  actorUserId?: string;
  actorAgencyId?: string;
}

/**
 * Writes one entry inside the caller's transaction, so the record of a change commits or rolls
 * back with the change itself. It takes no lock: the entry gets its number from a sequence and is
 * linked into the hash chain after it commits, by the chainer (audit.chainer.ts), so writers of
 * audit entries never wait for each other's commits.
 */
export async function recordAudit(tx: Tx, ctx: RequestContext, event: AuditEvent): Promise<void> {
  await repo.insertEntry(tx, {
    occurredAt: ctx.now,
    requestId: ctx.requestId,
    actorUserId: ctx.actor?.userId ?? event.actorUserId ?? null,
    actorEmail: ctx.actor?.email ?? event.actorEmail ?? null,
    actorAgencyId: ctx.actor?.agencyId ?? event.actorAgencyId ?? null,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId ?? null,
    outcome: event.outcome ?? 'success',
    reason: event.reason ?? null,
    before: asStoredJson(event.before),
    after: asStoredJson(event.after),
    details: asStoredJson(event.details),
  });
  auditWritten();
}

/** Records an event in a transaction of its own (failed sign-ins, refused requests). */
export async function recordAuditAlone(db: Db, ctx: RequestContext, event: AuditEvent): Promise<void> {
  await db.transaction((tx) => recordAudit(tx, ctx, event));
}

export function presentEntry(row: repo.AuditRow): AuditEntry {
  return {
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    requestId: row.requestId,
    actorUserId: row.actorUserId,
    actorEmail: row.actorEmail,
    actorAgencyId: row.actorAgencyId,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    outcome: row.outcome as AuditOutcome,
    reason: row.reason,
    before: row.before ?? null,
    after: row.after ?? null,
    details: row.details ?? null,
    hash: row.hash,
  };
}

/** One page of the log, newest first. */
export async function searchAudit(db: Db, query: AuditQuery): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
  const rows = await repo.search(db, query);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(presentEntry), nextBefore: rows.length > query.limit && last ? last.seq : null };
}
