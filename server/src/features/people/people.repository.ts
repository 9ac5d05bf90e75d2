import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { persons } from './people.schema';

export type PersonRow = typeof persons.$inferSelect;
export type PersonInsert = typeof persons.$inferInsert;

export async function insertPerson(db: Executor, values: PersonInsert): Promise<PersonRow> {
  const [row] = await db.insert(persons).values(values).returning();
  return row!;
}

/** Locks the person row for the rest of the transaction (an edit reads, compares, then writes it). */
export async function findPersonForUpdate(db: Executor, id: string): Promise<PersonRow | null> {
  const rows = await db.select().from(persons).where(eq(persons.id, id)).for('update');
  return rows[0] ?? null;
}

export async function updatePersonRow(
  db: Executor,
  id: string,
  values: Partial<PersonInsert>,
): Promise<PersonRow> {
  const [row] = await db
    .update(persons)
    .set({ ...values, version: sql`${persons.version} + 1` })
    .where(eq(persons.id, id))
    .returning();
  return row!;
}

export async function findPersonsByIds(db: Executor, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(persons)
    .where(inArray(persons.id, [...new Set(ids)]));
}
