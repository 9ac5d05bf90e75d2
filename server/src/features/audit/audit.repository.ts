import { and, desc, eq, gte, isNotNull, isNull, like, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '#contracts/audit';
import type { Executor, Tx } from '../../platform/db/database';
import { auditLog } from './audit.schema';

export type AuditRow = typeof auditLog.$inferSelect;

const chainLockKey = 724_310_002;

/** Lets one chainer at a time link entries, until its transaction ends (writers never take it). */
export async function lockChain(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${chainLockKey})`);
}

export async function insertEntry(tx: Tx, row: typeof auditLog.$inferInsert): Promise<void> {
  await tx.insert(auditLog).values(row);
}

/** The last linked entry: its place in the chain and its hash. */
export async function findHead(db: Executor): Promise<{ seq: number; hash: string } | null> {
  const rows = await db
    .select({ seq: auditLog.chainSeq, hash: auditLog.hash })
    .from(auditLog)
    .where(isNotNull(auditLog.chainSeq))
    .orderBy(desc(auditLog.chainSeq))
    .limit(1);
  const head = rows[0];
  return head && head.seq !== null && head.hash !== null ? { seq: head.seq, hash: head.hash } : null;
}

/** Committed entries not linked yet, in the order they were numbered. */
export async function listUnlinked(db: Executor, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(isNull(auditLog.chainSeq)).orderBy(auditLog.seq).limit(limit);
}

/** Links entries in one statement (the append-only trigger allows exactly this change). */
export async function linkEntries(tx: Tx, links: { seq: number; chainSeq: number; prevHash: string; hash: string }[]): Promise<void> {
  if (links.length === 0) return;
  await tx.execute(sql`
    UPDATE audit_log AS a SET chain_seq = l."chainSeq", prev_hash = l."prevHash", hash = l.hash
      FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb) AS l(seq bigint, "chainSeq" bigint, "prevHash" text, hash text)
     WHERE a.seq = l.seq AND a.chain_seq IS NULL`);
}

/** Linked entries in chain order from place `afterChainSeq` (exclusive), `limit` at a time, for verification. */
export async function listChained(db: Executor, afterChainSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(sql`${auditLog.chainSeq} > ${afterChainSeq}`)
    .orderBy(auditLog.chainSeq)
    .limit(limit);
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
