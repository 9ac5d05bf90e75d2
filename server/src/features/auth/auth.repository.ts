import { and, count, eq, gte, ilike, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '#contracts/access';
import type { Executor } from '../../platform/db/database';
import { loginFailures, recoveryCodes, sessions, users } from './auth.schema';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const rows = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

export interface UserFilter {
  q?: string;
  agencyId?: string;
  role?: Role;
  status: 'active' | 'disabled' | 'all';
}

export async function listUsers(db: Executor, filter: UserFilter): Promise<UserRow[]> {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.displayName, pattern))!);
  }
  if (filter.agencyId) conditions.push(eq(users.agencyId, filter.agencyId));
  if (filter.role) conditions.push(sql`${filter.role} = ANY(${users.roles})`);
  if (filter.status === 'active') conditions.push(isNull(users.disabledAt));
  if (filter.status === 'disabled') conditions.push(sql`${users.disabledAt} IS NOT NULL`);
  return db
    .select()
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(users.displayName)
    .limit(1000);
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

/**
 * Updates a user. With a `version` (an edit of the profile, roles or status), only if it still
 * matches, and the version moves on; returns null when someone else changed the user first.
 * Without one (sign-in bookkeeping, credential resets), the version is left alone so such
 * updates never make an administrator's open edit form stale.
 */
export async function updateUser(
  db: Executor,
  id: string,
  version: number | null,
  values: Partial<typeof users.$inferInsert>,
): Promise<UserRow | null> {
  const where = version === null ? eq(users.id, id) : and(eq(users.id, id), eq(users.version, version));
  const [row] = await db
    .update(users)
    .set({ ...values, ...(version === null ? {} : { version: sql`${users.version} + 1` }), updatedAt: values.updatedAt ?? new Date() })
    .where(where)
    .returning();
  return row ?? null;
}

export async function countActiveAdmins(db: Executor, exceptUserId?: string): Promise<number> {
  const conditions = [isNull(users.disabledAt), sql`'admin' = ANY(${users.roles})`];
  if (exceptUserId) conditions.push(ne(users.id, exceptUserId));
  const [row] = await db.select({ n: count() }).from(users).where(and(...conditions));
  return row?.n ?? 0;
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

// Sessions

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findSession(db: Executor, idHash: string): Promise<SessionRow | null> {
  const rows = await db.select().from(sessions).where(eq(sessions.idHash, idHash)).limit(1);
  return rows[0] ?? null;
}

/** A session with its user in one round trip: every authenticated request pays for this. */
export async function findSessionWithUser(db: Executor, idHash: string): Promise<{ session: SessionRow; user: UserRow | null } | null> {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  return rows[0] ?? null;
}

export async function updateSession(db: Executor, idHash: string, values: Partial<typeof sessions.$inferInsert>): Promise<void> {
  await db.update(sessions).set(values).where(eq(sessions.idHash, idHash));
}

export async function revokeSession(db: Executor, idHash: string, now: Date, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(eq(sessions.idHash, idHash), isNull(sessions.revokedAt)));
}

/** Ends every open session of a user (optionally but one); returns how many were ended. */
export async function revokeUserSessions(
  db: Executor,
  userId: string,
  now: Date,
  reason: string,
  exceptIdHash?: string,
): Promise<number> {
  const conditions = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (exceptIdHash) conditions.push(ne(sessions.idHash, exceptIdHash));
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(...conditions))
    .returning({ idHash: sessions.idHash });
  return rows.length;
}

export async function listOpenSessions(db: Executor, userId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), eq(sessions.stage, 'active')))
    .orderBy(sessions.createdAt);
}

/** Removes sessions that ended before `cutoff` (they are useless after that). */
export async function deleteSessionsEndedBefore(db: Executor, cutoff: Date): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(or(lt(sessions.revokedAt, cutoff), lt(sessions.lastSeenAt, cutoff)))
    .returning({ idHash: sessions.idHash });
  return rows.length;
}

// Failed sign-ins

export async function recordLoginFailure(db: Executor, accountKey: string, at: Date): Promise<void> {
  await db.insert(loginFailures).values({ accountKey, occurredAt: at });
}

export async function countLoginFailuresSince(db: Executor, accountKey: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.accountKey, accountKey), gte(loginFailures.occurredAt, since)));
  return row?.n ?? 0;
}

export async function deleteLoginFailuresBefore(db: Executor, cutoff: Date): Promise<void> {
  await db.delete(loginFailures).where(lt(loginFailures.occurredAt, cutoff));
}

// Recovery codes

export async function replaceRecoveryCodes(db: Executor, userId: string, hashes: string[], now: Date): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (hashes.length) await db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
}

/** Marks an unused recovery code as used; true when one matched. */
export async function consumeRecoveryCode(db: Executor, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function deleteRecoveryCodes(db: Executor, userId: string): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}
