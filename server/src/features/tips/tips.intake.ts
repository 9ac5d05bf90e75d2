import crypto from 'node:crypto';
import type { Port } from '#contracts/reference';
import type { TipChannel, TipReport } from '#contracts/tips';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { Executor, Tx } from '../../platform/db/database';
import { encryptText } from '../../platform/crypto/secrets';
import { invalidField } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findRegion, listPorts } from '../reference';
import { actWithinWorkingDays, addWorkingDays, coarseHour, verifyWithinWorkingDays } from './tips.deadlines';
import { nearPort, priorityOf } from './tips.priority';
import { compactReceipt, hashReceipt, newReceipt, receiptLookup, receiptLookupKey } from './tips.receipts';
import * as repo from './tips.repository';

/** How far back a tip about the same place counts as a repeated report of the same event. */
const repeatWindowMs = 7 * 86_400_000;

let portCache: { at: number; ports: Port[] } | null = null;

/** The ports list (a few dozen rows), read at most once a minute. */
async function ports(db: Executor, now: number): Promise<Port[]> {
  if (!portCache || now - portCache.at > 60_000) portCache = { at: now, ports: await listPorts(db) };
  return portCache.ports;
}

const holidayCache = new WeakMap<Executor, { at: number; days: Set<string> }>();

/**
 * The public holidays (a few dozen days, changed by migrations), read at most once a minute per
 * database (`db`), through the caller's transaction (`tx`; the embedded database has one connection).
 */
async function holidays(db: Executor, tx: Executor, now: number): Promise<Set<string>> {
  let cached = holidayCache.get(db);
  if (!cached || now - cached.at > 60_000) {
    cached = { at: now, days: await repo.holidayDays(tx) };
    holidayCache.set(db, cached);
  }
  return cached.days;
}

/** A receipt code and what is stored of it; hashing happens before the transaction opens. */
export async function prepareReceipt(deps: Deps): Promise<{ receipt: string; lookup: string; hash: string }> {
  const receipt = newReceipt();
  const compact = compactReceipt(receipt);
  return { receipt, lookup: receiptLookup(receiptLookupKey(deps.keys.encryptionKey), compact), hash: await hashReceipt(compact) };
}

/** Checks the places a report names against the reference data. */
export async function checkPlaces(db: Executor, report: TipReport): Promise<{ nearPortId: string | null }> {
  if (report.where.regionCode && !(await findRegion(db, report.where.regionCode)))
    throw invalidField('where.regionCode', 'unknown_region', 'Unknown region code');
  const known = await ports(db, Date.now());
  if (report.where.portId && !known.some((p) => p.id === report.where.portId))
    throw invalidField('where.portId', 'unknown_port', 'Unknown port');
  return { nearPortId: nearPort(known, report.where) };
}

/** The sealed report: everything the reporter wrote except the contact, which is sealed apart. */
export function sealReport(key: Buffer, id: string, report: TipReport): string {
  const { contact: _contact, ...content } = report;
  return encryptText(key, JSON.stringify(content), `tip:${id}`);
}

export interface NewTip {
  channel: TipChannel;
  report: TipReport;
  nearPortId: string | null;
  receipt: { lookup: string; hash: string } | null;
  createdBy: string | null;
}

/**
 * Writes a tip inside the caller's transaction: coarse receipt time, deadlines in working days,
 * priority (a tip about the same place within a week counts as repeated), sealed content and the
 * audit entry. The audit entry holds no content, only the channel and the priority reasons.
 */
export async function insertTip(tx: Tx, deps: Deps, ctx: RequestContext, tip: NewTip): Promise<repo.TipRow> {
  const id = crypto.randomUUID();
  const receivedAt = coarseHour(ctx.now);
  const holidayDays = await holidays(deps.db, tx, Date.now());
  const similar = await repo.similarOpenTips(
    tx,
    { regionCode: tip.report.where.regionCode, portId: tip.nearPortId },
    new Date(receivedAt.getTime() - repeatWindowMs),
    id,
  );
  const { priority, priorityReasons } = priorityOf({ ...tip.report, nearPortId: tip.nearPortId, repeated: similar.length > 0 });
  const key = deps.keys.encryptionKey;
  const row = await repo.insertTip(tx, {
    id,
    channel: tip.channel,
    receivedAt,
    reportSealed: sealReport(key, id, tip.report),
    contactSealed: tip.report.contact ? encryptText(key, tip.report.contact, `tip-contact:${id}`) : null,
    receiptLookup: tip.receipt?.lookup ?? null,
    receiptHash: tip.receipt?.hash ?? null,
    regionCode: tip.report.where.regionCode,
    portId: tip.report.where.portId,
    nearPortId: tip.nearPortId,
    eventDate: tip.report.when.date,
    imminentDeparture: tip.report.imminentDeparture,
    childrenInvolved: tip.report.childrenInvolved,
    priority,
    priorityReasons,
    verifyDueAt: addWorkingDays(receivedAt, verifyWithinWorkingDays, holidayDays),
    actDueAt: addWorkingDays(receivedAt, actWithinWorkingDays, holidayDays),
    createdBy: tip.createdBy,
  });
  await recordAudit(tx, ctx, {
    action: 'tip.create',
    objectType: 'tip',
    objectId: id,
    details: { channel: tip.channel, priorityReasons, hasContact: row.contactSealed !== null, hasReceipt: row.receiptHash !== null },
  });
  return row;
}

/**
 * The context public tip work runs in: no request id (it would tie the audit entry to the access
 * log line) and the time cut to the hour, as in the tip row.
 */
export function anonymousContext(ctx: RequestContext): RequestContext {
  return { requestId: 'anonymous', actor: null, now: coarseHour(ctx.now) };
}
