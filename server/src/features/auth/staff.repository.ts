import { and, arrayOverlaps, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Role } from '#contracts/access';
import type { Executor } from '../../platform/db/database';
import { users } from './auth.schema';

/** What other features may know of a staff member: never credentials or contact details. */
export interface StaffMember {
  id: string;
  displayName: string;
  agencyId: string;
  isActive: boolean;
}

/** Staff members by id (unknown ids are simply absent), for names on records and lead-officer checks. */
export async function staffByIds(
  db: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, StaffMember>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      agencyId: users.agencyId,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, displayName: r.displayName, agencyId: r.agencyId, isActive: r.disabledAt === null },
    ]),
  );
}

/** The active staff of an agency holding one of `roles`, by name (id and display name only). */
export async function activeStaffOfAgency(db: Executor, agencyId: string, roles: readonly Role[]): Promise<{ id: string; displayName: string }[]> {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), isNull(users.disabledAt), arrayOverlaps(users.roles, [...roles])))
    .orderBy(asc(users.displayName), asc(users.id));
}
