import { and, desc, eq, gte, like, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '#contracts/audit';
import type { Executor, Tx } from '../../platform/db/database';
import { auditLog } from './audit.schema';

export type AuditRow = typeof auditLog.$inferSelect;

const chainLockKey = 724_310_002;

/** Serialises writers of the chain until the transaction ends, then returns the chain head. */
export async function lockChainHead(tx: Tx): Promise<{ seq: number; hash: string } | null> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${chainLockKey})`);
  const rows = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertEntry(tx: Tx, row: typeof auditLog.$inferInsert): Promise<void> {
  await tx.insert(auditLog).values(row);
}

export async function findHead(db: Executor): Promise<{ seq: number; hash: string } | null> {
  const rows = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return rows[0] ?? null;
}

/** Entries in sequence order from `afterSeq` (exclusive), `limit` at a time, for verification. */
export async function listAscending(db: Executor, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(sql`${auditLog.seq} > ${afterSeq}`).orderBy(auditLog.seq).limit(limit);
}

export async function findBySeq(db: Executor, seq: number): Promise<AuditRow | null> {
  const rows = await db.select().from(auditLog).where(eq(auditLog.seq, seq)).limit(1);
  return rows[0] ?? null;
}

/** Newest first, filtered, with keyset pagination on `seq`. */
export async function search(db: Executor, q: AuditQuery): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  if (q.action) conditions.push(eq(auditLog.action, q.action));
  if (q.actionPrefix) conditions.push(like(auditLog.action, `${q.actionPrefix.replace(/[%_\\]/g, '\\$&')}%`));
  if (q.actorUserId) conditions.push(eq(auditLog.actorUserId, q.actorUserId));
  if (q.objectType) conditions.push(eq(auditLog.objectType, q.objectType));
  if (q.objectId) conditions.push(eq(auditLog.objectId, q.objectId));
  if (q.outcome) conditions.push(eq(auditLog.outcome, q.outcome));
  if (q.from) conditions.push(gte(auditLog.occurredAt, new Date(q.from)));
  if (q.to) conditions.push(lte(auditLog.occurredAt, new Date(q.to)));
  if (q.before) conditions.push(lt(auditLog.seq, q.before));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(q.limit + 1);
}
