import type { cases, caseShares, caseStatusChanges, routeEvents } from '../../src/platform/db/schema';
import type { CasePlan, SharePlan } from './modus-parts';
import { drawIdentity, personRow, type CasePersonRow, type PersonRow, type Provenance } from './people';
import type { World } from './places';
import { addDays, type RunPlan } from './plan';
import type { Random } from './random';
import type { RouteStepPlan } from './routes';
import type { StatusStep } from './workflow';

/*
 * The rows of one case, from its plan: people in their roles, status history, route and shares.
 * Every table's rows carry the same fields (writer.ts inserts them in bulk).
 */

export type CaseRow = typeof cases.$inferInsert & { id: string; year: number };
export type RouteEventRow = typeof routeEvents.$inferInsert;
export type StatusChangeRow = typeof caseStatusChanges.$inferInsert;
export type ShareRow = typeof caseShares.$inferInsert;

/** What every row of a case needs to know. */
export interface CaseContext {
  rng: Random;
  world: World;
  plan: RunPlan;
  caseId: string;
  ownerId: string;
  createdAt: Date;
  reportedOn: string;
  provenance: Provenance;
}

const dayMs = 86_400_000;

/** A time during office hours in WIB (01:00–10:00 UTC) on a day, never after the end of the run. */
export function officeTime(rng: Random, plan: RunPlan, isoDay: string): Date {
  const t = Date.parse(`${isoDay}T00:00:00Z`) + rng.int(60, 599) * 60_000;
  return new Date(Math.min(t, plan.endsAt.getTime()));
}

/** Every column of a case person, so all rows of a batch carry the same fields. */
const blankCasePerson = {
  traffickingStatus: null,
  statusDecidedBy: null,
  meansOfControl: [],
  exploitationTypes: [],
  forcedLabourIndustry: null,
  sexExploitationTypes: [],
  recruitmentMethods: [],
  recruitmentApps: [],
  relationshipToTrafficker: null,
  ageWhenTrafficked: null,
  documents: [],
  perpetratorRoles: [],
  roleDetails: '',
  notes: '',
} satisfies Partial<CasePersonRow>;

/** Victims, suspects, reporters and witnesses: `persons` rows and their roles in the case. */
export async function peopleRows(
  ctx: CaseContext,
  casePlan: CasePlan,
  victimStatus: (rng: Random) => Pick<CasePersonRow, 'traffickingStatus' | 'statusDecidedBy'>,
): Promise<{ persons: PersonRow[]; casePersons: CasePersonRow[] }> {
  const { rng, world, reportedOn, createdAt } = ctx;
  const meta = { world, agencyId: ctx.ownerId, at: createdAt, reportedOn, provenance: ctx.provenance };
  const persons: PersonRow[] = [];
  const casePersons: CasePersonRow[] = [];
  const add = async (
    spec: Parameters<typeof drawIdentity>[2],
    role: CasePersonRow['role'],
    extra: Partial<CasePersonRow>,
  ) => {
    const row = await personRow(rng.uuid(), drawIdentity(rng, world, spec, reportedOn), meta);
    persons.push(row);
    const ordinal = casePersons.filter((p) => p.role === role).length + 1;
    const base = { id: rng.uuid(), caseId: ctx.caseId, personId: row.id, role, ordinal, ...blankCasePerson };
    casePersons.push({ ...base, version: 1, createdAt, createdBy: null, updatedAt: createdAt, ...extra });
  };
  for (const v of casePlan.victims) await add(v.spec, 'victim', { ...v.context, ...victimStatus(rng) });
  for (const s of casePlan.suspects) {
    await add(s.spec, 'suspect', { perpetratorRoles: s.context.roles, roleDetails: s.context.roleDetails });
  }
  for (const b of casePlan.bystanders) await add(b.spec, b.role, { notes: b.notes });
  return { persons, casePersons };
}

/** The status history: each move on its day, at office hours. */
export function statusRows(ctx: CaseContext, steps: readonly StatusStep[]): StatusChangeRow[] {
  return steps.map((s) => ({
    id: ctx.rng.uuid(),
    caseId: ctx.caseId,
    fromStatus: s.from,
    toStatus: s.to,
    reason: s.reason,
    changedAt: s.day === 0 ? ctx.createdAt : officeTime(ctx.rng, ctx.plan, addDays(ctx.reportedOn, s.day)),
    changedBy: null,
  }));
}

/** The route, in order; one recruitment date in ten is unknown. */
export function routeRows(ctx: CaseContext, route: readonly RouteStepPlan[]): RouteEventRow[] {
  const { rng, reportedOn, createdAt } = ctx;
  return route.map((step, i) => ({
    id: rng.uuid(),
    caseId: ctx.caseId,
    casePersonId: null,
    position: i + 1,
    type: step.type,
    occurredOn:
      step.daysBefore === null || (step.type === 'recruitment' && rng.chance(0.1))
        ? null
        : addDays(reportedOn, -step.daysBefore),
    placeKind: step.placeKind,
    regionCode: step.regionCode ?? null,
    portId: step.portId ?? null,
    lat: step.lat ?? null,
    lng: step.lng ?? null,
    placeName: step.placeName ?? null,
    country: step.country ?? null,
    transport: step.transport ?? null,
    description: step.description,
    createdAt,
    createdBy: null,
    updatedAt: createdAt,
  }));
}

/** Shares made within a month of the report; one in ten expires after 180 days, 3 % are revoked. */
export function shareRows(ctx: CaseContext, shares: readonly SharePlan[], daysLeft: number): ShareRow[] {
  const { rng, plan } = ctx;
  return shares.map((share) => {
    const made = officeTime(rng, plan, addDays(ctx.reportedOn, rng.int(0, Math.min(30, daysLeft))));
    const at = new Date(Math.max(ctx.createdAt.getTime(), made.getTime()));
    const revoked = rng.chance(0.03);
    return {
      id: rng.uuid(),
      caseId: ctx.caseId,
      agencyId: ctx.world.agencies.get(share.agency)!,
      access: share.access,
      reason: share.reason,
      expiresAt: rng.chance(0.1) ? new Date(at.getTime() + 180 * dayMs) : null,
      createdAt: at,
      createdBy: null,
      revokedAt: revoked
        ? new Date(Math.min(at.getTime() + rng.int(1, 60) * dayMs, plan.endsAt.getTime()))
        : null,
      revokedBy: null,
      revokeReason: revoked ? 'Koordinasi selesai (data sintetis).' : null,
    };
  });
}
