import { kepriAgencies } from '../agencies';
import { modusCatalogue } from './modus';
import { suspect, type CasePlan, type LegalBasis } from './modus-parts';
import type { CasePersonRow, PersonRow } from './people';
import type { World } from './places';
import { addDays, daysCovered, runKey, type RunPlan } from './plan';
import { Random } from './random';
import { addTwins } from './twins';
import {
  officeTime,
  peopleRows,
  routeRows,
  shareRows,
  statusRows,
  type CaseContext,
  type CaseRow,
  type RouteEventRow,
  type ShareRow,
  type StatusChangeRow,
} from './rows';
import { walkWorkflow, type StatusStep } from './workflow';

/*
 * One synthetic case, all its rows, from the run's settings and the case's index alone (its own
 * random stream): the same settings give byte-identical rows whatever the batch size.
 */

export type { RunPlan };

/** A case and everything that belongs to it, ready to insert (the number is given when written). */
export interface CaseBundle {
  case: Omit<CaseRow, 'number'>;
  ownerCode: string;
  persons: PersonRow[];
  casePersons: CasePersonRow[];
  routeEvents: RouteEventRow[];
  statusChanges: StatusChangeRow[];
  shares: ShareRow[];
}

/** Cases come in date order: case i is reported on day ⌊(i + u)·D/N⌋ of the D days covered. */
function reportedOnFor(rng: Random, plan: RunPlan, index: number): { reportedOn: string; daysLeft: number } {
  const days = daysCovered(plan);
  const offset = Math.floor(((index + rng.next()) * days) / plan.cases);
  return { reportedOn: addDays(plan.until, offset - days + 1), daysLeft: days - 1 - offset };
}

/** Sensitivity and extra legal bases follow from who is involved. */
function refine(
  rng: Random,
  world: World,
  plan: CasePlan,
): { sensitivity: 'standard' | 'sensitive' | 'restricted'; legalBasis: LegalBasis[] } {
  const legal = new Set<LegalBasis>(plan.legalBasis);
  let sensitivity: 'standard' | 'sensitive' | 'restricted' = 'standard';
  if (rng.chance(0.025)) {
    plan.suspects.push(suspect(rng, world, 'official_facilitator', { group: 'Batam' }));
    legal.add('uu21_2007_p8');
    sensitivity = 'restricted';
  }
  const minors = plan.victims.some((v) => v.spec.age < 18);
  if (minors) legal.add('uu21_2007_p17');
  if (plan.suspects.length >= 3) legal.add('uu21_2007_p16');
  if (
    sensitivity === 'standard' &&
    (minors || plan.victims.some((v) => v.context.exploitationTypes.includes('sexual_exploitation')))
  )
    sensitivity = 'sensitive';
  if (sensitivity === 'standard' && rng.chance(0.01)) sensitivity = 'restricted';
  return { sensitivity, legalBasis: [...legal].sort() };
}

/** Police units (Indonesian law enforcement) decide a victim's status as `police`. */
const policeOwners = new Set(
  kepriAgencies.filter((a) => a.type === 'law_enforcement' && a.country === 'ID').map((a) => a.code),
);

/** HTCDS trafficking status, decided as the case moves on; who decided it depends on the owner. */
function victimStatus(rng: Random, steps: readonly StatusStep[], owner: string) {
  const finalStatus = steps[steps.length - 1]!.to;
  const reachedCourt = steps.some((s) => s.to === 'court_decision');
  const early = finalStatus === 'reported' || finalStatus === 'verified';
  const status = early
    ? rng.chance(0.85)
      ? 'possible'
      : 'actual'
    : finalStatus === 'closed' && !reachedCourt && rng.chance(0.3)
      ? 'not_victim'
      : rng.chance(0.8)
        ? 'actual'
        : 'possible';
  const decidedBy =
    status === 'possible'
      ? null
      : reachedCourt
        ? 'court_or_prosecution'
        : policeOwners.has(owner)
          ? 'police'
          : 'non_police_government';
  return { traffickingStatus: status, statusDecidedBy: decidedBy } as const;
}

/** Generates case `index` of a run. `withTwins: false` leaves out second recordings (used to find a twin's source). */
export async function generateCase(
  world: World,
  plan: RunPlan,
  index: number,
  options: { withTwins?: boolean } = {},
): Promise<CaseBundle> {
  const rng = new Random(`${runKey(plan)}:${index}`);
  const { reportedOn, daysLeft } = reportedOnFor(rng, plan, index);
  const casePlan = rng.weighted(modusCatalogue)(rng, world);
  const { sensitivity, legalBasis } = refine(rng, world, casePlan);
  const steps = walkWorkflow(rng, daysLeft, casePlan.referralBias);
  const finalStatus = steps[steps.length - 1]!.to;
  const ctx: CaseContext = {
    rng,
    world,
    plan,
    caseId: rng.uuid(),
    ownerId: world.agencies.get(casePlan.owner)!,
    createdAt: officeTime(rng, plan, reportedOn),
    reportedOn,
    provenance: { source: 'synthetic', seed: plan.seed, case: index },
  };
  const people = await peopleRows(ctx, casePlan, (r) => victimStatus(r, steps, casePlan.owner));
  const statusChanges = statusRows(ctx, steps);
  const shares = shareRows(ctx, casePlan.shares, daysLeft);
  const last = statusChanges[statusChanges.length - 1]!.changedAt;
  const bundle: CaseBundle = {
    case: {
      id: ctx.caseId,
      year: Number(reportedOn.slice(0, 4)),
      title: casePlan.title,
      summary: casePlan.summary,
      reportedOn,
      reportedRegionCode: casePlan.reportedRegionCode,
      reportedPortId: casePlan.reportedPortId,
      discoveryChannel: casePlan.discoveryChannel,
      owningAgencyId: ctx.ownerId,
      leadOfficerId: null,
      status: finalStatus,
      statusChangedAt: last,
      sensitivity,
      legalBasis: finalStatus === 'reported' && rng.chance(0.5) ? [] : legalBasis,
      provenance: { ...ctx.provenance, modus: casePlan.modus },
      version: 1,
      createdAt: ctx.createdAt,
      createdBy: null,
      updatedAt: new Date(
        Math.max(last.getTime(), ...shares.map((s) => (s.revokedAt ?? s.createdAt).getTime())),
      ),
      updatedBy: null,
    },
    ownerCode: casePlan.owner,
    ...people,
    routeEvents: routeRows(ctx, casePlan.route),
    statusChanges,
    shares,
  };
  if (options.withTwins !== false) {
    await addTwins(world, plan, index, bundle, (k) => generateCase(world, plan, k, { withTwins: false }));
  }
  return bundle;
}
