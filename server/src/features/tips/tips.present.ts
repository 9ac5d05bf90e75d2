import type { z } from 'zod';
import type { TipDetail, TipReport, TipSummary, tipMessageSchema } from '#contracts/tips';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/database';
import { decryptText } from '../../platform/crypto/secrets';
import { staffByIds } from '../auth';
import { findRegion, listPorts } from '../reference';
import { presentAttachment } from './tips.attachments';
import * as repo from './tips.repository';

/** The short reference staff say on the phone: `TIP-` and the first 8 hex digits of the id. */
export const tipReference = (id: string) => `TIP-${id.slice(0, 8).toUpperCase()}`;

export function isOverdue(row: repo.TipRow, now: Date): boolean {
  if (row.status === 'new' || row.status === 'verifying') return row.verifyDueAt < now;
  if (row.status === 'verified') return row.actDueAt < now;
  return false;
}

export function presentSummary(row: repo.TipRow, now: Date): TipSummary {
  const overdue = isOverdue(row, now);
  return {
    id: row.id,
    reference: tipReference(row.id),
    channel: row.channel as TipSummary['channel'],
    status: row.status as TipSummary['status'],
    outcome: row.outcome as TipSummary['outcome'],
    receivedAt: row.receivedAt.toISOString(),
    priority: row.priority,
    priorityReasons: [...(row.priorityReasons as TipSummary['priorityReasons']), ...(overdue ? (['overdue'] as const) : [])],
    regionCode: row.regionCode,
    portId: row.portId,
    nearPortId: row.nearPortId,
    imminentDeparture: row.imminentDeparture,
    childrenInvolved: row.childrenInvolved,
    agencyId: row.agencyId,
    assigneeId: row.assigneeId,
    verifyDueAt: row.verifyDueAt.toISOString(),
    actDueAt: row.actDueAt.toISOString(),
    isOverdue: overdue,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    groupId: row.groupId,
    caseId: row.caseId,
    hasContact: row.contactSealed !== null,
    hasReceipt: row.receiptHash !== null,
    unreadFromReporter: row.unreadFromReporter,
    version: row.version,
  };
}

export function openReport(deps: Deps, row: repo.TipRow): Omit<TipReport, 'contact'> {
  return JSON.parse(decryptText(deps.keys.encryptionKey, row.reportSealed, `tip:${row.id}`)) as Omit<TipReport, 'contact'>;
}

type TipMessage = z.infer<typeof tipMessageSchema>;

async function presentMessages(deps: Deps, db: Executor, tipId: string): Promise<TipMessage[]> {
  const rows = await repo.listMessages(db, tipId);
  const staff = await staffByIds(db, rows.map((r) => r.authorId));
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind as TipMessage['kind'],
    body: decryptText(deps.keys.encryptionKey, m.bodySealed, `tip-message:${m.id}`),
    createdAt: m.createdAt.toISOString(),
    authorName: m.authorId ? (staff.get(m.authorId)?.displayName ?? null) : null,
  }));
}

/** A region with its parents, smallest first: "Tanjung Uban Kota, Bintan Utara, Kabupaten Bintan, Kepulauan Riau". */
async function regionPath(db: Executor, code: string | null): Promise<string | null> {
  const names: string[] = [];
  for (let next = code, depth = 0; next && depth < 5; depth++) {
    const region = await findRegion(db, next);
    if (!region) break;
    names.push(region.name);
    next = region.parentCode;
  }
  return names.length ? names.join(', ') : code;
}

/** The names of the region and ports a tip names (codes only when the reference data lacks them). */
async function presentPlaces(db: Executor, row: repo.TipRow): Promise<TipDetail['places']> {
  const ports = row.portId || row.nearPortId ? await listPorts(db) : [];
  const portName = (id: string | null) => (id ? (ports.find((p) => p.id === id)?.name ?? id) : null);
  return { region: await regionPath(db, row.regionCode), port: portName(row.portId), nearPort: portName(row.nearPortId) };
}

/** The tip page: the report, every message and note, the files and the other tips of its group. */
export async function presentDetail(deps: Deps, db: Executor, row: repo.TipRow, now: Date): Promise<TipDetail> {
  const group = row.groupId ? await repo.tipsInGroup(db, row.groupId) : [];
  return {
    ...presentSummary(row, now),
    report: openReport(deps, row),
    places: await presentPlaces(db, row),
    assigneeName: row.assigneeId ? ((await staffByIds(db, [row.assigneeId])).get(row.assigneeId)?.displayName ?? null) : null,
    messages: await presentMessages(deps, db, row.id),
    attachments: (await repo.listAttachments(db, row.id)).map(presentAttachment),
    groupTipIds: group.map((g) => g.id).filter((id) => id !== row.id),
  };
}
