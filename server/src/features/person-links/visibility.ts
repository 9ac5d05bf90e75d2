import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { protectedRoles } from '#contracts/cases';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/context';
import { activeShare, visibleCases } from '../cases';
import { cases, casePersons } from '../../platform/db/schema';

/*
 * Which person records an actor may be shown by linkage (suggestions, the review queue, person
 * groups): the rule of the case search, so linkage never shows more than the case pages would.
 */

/** The case is owned by or actively shared with the actor's agency (where identities may be revealed). */
export const ownOrShared = (actor: Actor, now: Date): SQL =>
  or(eq(cases.owningAgencyId, actor.agencyId), activeShare(cases.id, actor.agencyId, now))!;

const isProtectedRoleSql = () =>
  sql`${casePersons.role} = ANY(ARRAY[${sql.join(
    protectedRoles.map((r) => sql`${r}`),
    sql`, `,
  )}]::text[])`;

/**
 * A condition on `case_persons` joined to `cases`: people of the cases the actor may see
 * (`visibleCases`); people in protected roles (victim, witness, reporter) only where the actor
 * could reveal their identity (the permission, and owner or shared access, not a coordinator's
 * province-wide view).
 */
export function mayBeShown(actor: Actor, now: Date): SQL {
  const notProtected = sql`NOT (${isProtectedRoleSql()})`;
  const mayReveal = actor.permissions.has('cases.identity.view') ? ownOrShared(actor, now) : undefined;
  return and(visibleCases(actor, now), mayReveal ? or(notProtected, mayReveal) : notProtected)!;
}

/** The person (an id column or value) appears in a case in a way the actor may be shown. */
export function personShown(actor: Actor, now: Date, personId: SQL | string | AnyPgColumn): SQL {
  return sql`EXISTS (SELECT 1 FROM ${casePersons} INNER JOIN ${cases} ON ${cases.id} = ${casePersons.caseId}
    WHERE ${casePersons.personId} = ${personId} AND ${mayBeShown(actor, now)})`;
}
