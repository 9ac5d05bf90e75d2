import type { CaseBundle } from './generate';
import { daysCovered, runKey, type RunPlan } from './plan';
import { personRow, type Identity, type PersonRow } from './people';
import { variantOf } from './person-names';
import type { World } from './places';
import { Random } from './random';

/*
 * Second recordings of the same victim: a victim of an earlier case turns up again in a later case
 * of another agency (stopped at a port, later deported; or reported by the family and found at the
 * shelter), written down with a different spelling, often without the NIK or the exact birth date.
 * Each such record names its source in `provenance.twinOf` and the variants used, so person
 * linkage can be measured against a known answer.
 */

/** Share of cases that record again the first victim of an earlier case (before the same-agency rule drops some). */
export const twinRate = 0.06;

/** How far back (in cases, about 60 days) the earlier recording may lie. */
export function twinWindow(plan: RunPlan): number {
  return Math.max(2, Math.round((plan.cases / daysCovered(plan)) * 60));
}

/** The identity a second agency records: another spelling, often without the NIK or exact birth date. */
function secondRecording(
  rng: Random,
  original: PersonRow,
  reportedOn: string,
): { identity: Identity; variants: string[] } {
  const { name, variants } = variantOf(rng, original.fullName!);
  const year = (isoDay: string) => Number(isoDay.slice(0, 4));
  const age = original.birthDate
    ? year(reportedOn) - year(original.birthDate)
    : (original.estimatedAge ?? 30) + year(reportedOn) - year(original.estimatedAgeOn ?? reportedOn);
  const birthDate = original.birthDate && rng.chance(0.7) ? original.birthDate : null;
  const nik = rng.chance(0.6) ? (original.nik ?? null) : null;
  const passportNumber = rng.chance(0.5) ? (original.passportNumber ?? null) : null;
  const flaw = original.provenance.nikFlaw;
  const identity: Identity = {
    fullName: name,
    aliases: [],
    sex: original.sex as Identity['sex'],
    birthDate,
    estimatedAge: birthDate ? null : age,
    nik,
    // Same NIK, same flaw, except a birth-date mismatch when no birth date is recorded this time.
    nikFlaw: nik && flaw && (flaw !== 'birth-date-mismatch' || birthDate) ? flaw : null,
    passportNumber,
    passportCountry: passportNumber ? (original.passportCountry ?? 'ID') : null,
    citizenship: original.citizenship ?? ['ID'],
    originRegionCode: original.originRegionCode ?? null,
  };
  return { identity, variants };
}

/**
 * Appends to `bundle` (case `index`) a second recording of an earlier case's first victim, when
 * the case's own small random stream says so and the two cases belong to different agencies.
 */
export async function addTwins(
  world: World,
  plan: RunPlan,
  index: number,
  bundle: CaseBundle,
  sourceCase: (k: number) => Promise<CaseBundle>,
): Promise<void> {
  const rng = new Random(`${runKey(plan)}:${index}:twin`);
  if (!rng.chance(twinRate)) return;
  const k = index - rng.int(1, twinWindow(plan));
  if (k < 0) return;
  const source = await sourceCase(k);
  if (source.ownerCode === bundle.ownerCode) return;
  const original = source.persons[0]!;
  const { identity, variants } = secondRecording(rng, original, bundle.case.reportedOn);
  const row = await personRow(rng.uuid(), identity, {
    world,
    agencyId: bundle.case.owningAgencyId,
    at: bundle.case.createdAt,
    reportedOn: bundle.case.reportedOn,
    provenance: { source: 'synthetic', seed: plan.seed, case: index, twinOf: original.id, variants },
  });
  bundle.persons.push(row);
  const template = bundle.casePersons.find((p) => p.role === 'victim')!;
  const ordinal = bundle.casePersons.filter((p) => p.role === 'victim').length + 1;
  bundle.casePersons.push({
    ...template,
    id: rng.uuid(),
    personId: row.id,
    ordinal,
    notes: 'Tercatat juga oleh instansi lain (data sintetis).',
  });
}
