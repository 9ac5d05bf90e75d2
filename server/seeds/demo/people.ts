import type { NikWarning } from '#contracts/cases';
import type { casePersons, persons } from '../../src/platform/db/schema';
import { checkNik, nameSearchKey } from '../../src/features/people';
import { indonesianPassport, makeNik, malaysianPassport, type NikFlaw } from './identity-numbers';
import { indonesianName, malayName, nickname, type Sex } from './person-names';
import type { Random } from './random';
import type { World } from './places';

/*
 * Synthetic people: an identity (name, sex, birth date or estimated age, NIK, passport, origin)
 * drawn for a role, written as a `persons` row with the provenance that marks it synthetic.
 */

export type PersonRow = typeof persons.$inferInsert & { id: string; provenance: Provenance };
export type CasePersonRow = typeof casePersons.$inferInsert & { id: string };

/** How every synthetic record says where it came from (and, for people, what was made wrong on purpose). */
export interface Provenance {
  source: 'synthetic';
  seed: string;
  case: number;
  /** The one NIK problem built in on purpose (the structure check must report exactly it). */
  nikFlaw?: NikFlaw;
  /** The person this record is a second recording of (another agency, another spelling). */
  twinOf?: string;
  variants?: string[];
}

/** What to draw for a person. */
export interface PersonSpec {
  nationality: 'ID' | 'MY';
  sex: Sex;
  /** Age when the case was reported. */
  age: number;
  /** Kecamatan code (Indonesians); the NIK is registered there. */
  origin: string | null;
  /** Chance that the birth date is known (else only an estimated age is recorded). */
  birthDateKnown: number;
  nikKnown: number;
  passportKnown: number;
  aliasChance?: number;
}

/** Share of NIKs made wrong on purpose, one problem each. */
export const nikFlawRate = 0.05;
const nikFlaws: readonly NikFlaw[] = [
  'unknown-region',
  'invalid-birth-date',
  'birth-date-mismatch',
  'sex-mismatch',
];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A birth date that makes the person `age` on `onDay`. */
export function birthDateFor(rng: Random, age: number, onDay: string): string {
  const on = new Date(`${onDay}T00:00:00Z`);
  const latest = Date.UTC(on.getUTCFullYear() - age, on.getUTCMonth(), on.getUTCDate());
  return isoDay(new Date(latest - rng.int(0, 364) * 86_400_000));
}

export interface Identity {
  fullName: string;
  aliases: string[];
  sex: Sex;
  birthDate: string | null;
  estimatedAge: number | null;
  nik: string | null;
  nikFlaw: NikFlaw | null;
  passportNumber: string | null;
  passportCountry: string | null;
  citizenship: string[];
  originRegionCode: string | null;
}

/** Draws an identity for a spec (names and numbers from the case's own random stream). */
export function drawIdentity(rng: Random, world: World, spec: PersonSpec, reportedOn: string): Identity {
  const isMalaysian = spec.nationality === 'MY';
  const fullName = isMalaysian ? malayName(rng, spec.sex) : indonesianName(rng, spec.sex);
  const born = birthDateFor(rng, spec.age, reportedOn);
  const birthDate = rng.chance(spec.birthDateKnown) ? born : null;
  let nik: string | null = null;
  let nikFlaw: NikFlaw | null = null;
  if (!isMalaysian && spec.origin && rng.chance(spec.nikKnown)) {
    if (rng.chance(nikFlawRate))
      nikFlaw = rng.pick(birthDate ? nikFlaws : nikFlaws.filter((f) => f !== 'birth-date-mismatch'));
    nik = makeNik(rng, { kecamatanCode: spec.origin, birthDate: born, sex: spec.sex }, nikFlaw, (code) =>
      world.knownKecamatan.has(code),
    );
  }
  const hasPassport = rng.chance(spec.passportKnown);
  return {
    fullName,
    aliases: rng.chance(spec.aliasChance ?? 0) ? [nickname(rng, fullName, spec.sex)] : [],
    sex: spec.sex,
    birthDate,
    estimatedAge: birthDate ? null : spec.age,
    nik,
    nikFlaw,
    passportNumber: hasPassport ? (isMalaysian ? malaysianPassport(rng) : indonesianPassport(rng)) : null,
    passportCountry: hasPassport ? spec.nationality : null,
    citizenship: [spec.nationality],
    originRegionCode: isMalaysian ? null : spec.origin,
  };
}

/** The `persons` row of an identity, with its NIK warnings computed by the registry's own check. */
export async function personRow(
  id: string,
  identity: Identity,
  meta: { world: World; agencyId: string; at: Date; reportedOn: string; provenance: Provenance },
): Promise<PersonRow> {
  const nikWarnings: NikWarning[] = identity.nik
    ? await checkNik(identity.nik, { sex: identity.sex, birthDate: identity.birthDate }, (code) =>
        meta.world.knownKecamatan.has(code),
      )
    : [];
  return {
    id,
    fullName: identity.fullName,
    aliases: identity.aliases,
    nameKey: nameSearchKey(identity.fullName, identity.aliases),
    sex: identity.sex,
    birthDate: identity.birthDate,
    estimatedAge: identity.estimatedAge,
    estimatedAgeOn: identity.estimatedAge === null ? null : meta.reportedOn,
    nik: identity.nik,
    nikWarnings,
    passportNumber: identity.passportNumber,
    passportCountry: identity.passportCountry,
    citizenship: identity.citizenship,
    originRegionCode: identity.originRegionCode,
    phone: null,
    address: null,
    recordedByAgencyId: meta.agencyId,
    provenance: { ...meta.provenance, ...(identity.nikFlaw ? { nikFlaw: identity.nikFlaw } : {}) },
    version: 1,
    createdAt: meta.at,
    createdBy: null,
    updatedAt: meta.at,
  };
}
