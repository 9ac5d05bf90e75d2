import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { systemState } from './system.schema';

export async function getState<T>(db: Executor, key: string): Promise<T | null> {
  const rows = await db.select().from(systemState).where(eq(systemState.key, key)).limit(1);
  return (rows[0]?.value as T | undefined) ?? null;
}

export async function setState(db: Executor, key: string, value: unknown, now: Date): Promise<void> {
  await db
    .insert(systemState)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: systemState.key, set: { value: sql`excluded.value`, updatedAt: now } });
}
