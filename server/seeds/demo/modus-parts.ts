import type { SuspectContext, VictimContext } from '#contracts/cases';
import type {
  discoveryChannel,
  legalBasis,
  meansOfControl,
  recruitmentApp,
  recruitmentMethod,
} from '#contracts/codes/cases';
import type { PersonSpec } from './people';
import type { Sex } from './person-names';
import { pickOrigin, type AgencyCode, type World } from './places';
import type { Random } from './random';
import type { IslandGroup, RouteStepPlan } from './routes';

/*
 * The building blocks of a modus (see modus.ts): victim groups, suspects, bystanders, sharing.
 */

export type DiscoveryChannel = (typeof discoveryChannel.codes)[number];
export type LegalBasis = (typeof legalBasis.codes)[number];
export type MeansOfControl = (typeof meansOfControl.codes)[number];
type RecruitmentMethod = (typeof recruitmentMethod.codes)[number];
type RecruitmentApp = (typeof recruitmentApp.codes)[number];

/** A victim to draw, with the HTCDS victim context except what depends on the case's status. */
export interface VictimPlan {
  spec: PersonSpec;
  context: Omit<VictimContext, 'traffickingStatus' | 'statusDecidedBy'>;
}
export interface SuspectPlan {
  spec: PersonSpec;
  context: SuspectContext;
}
export interface BystanderPlan {
  role: 'witness' | 'reporter';
  spec: PersonSpec;
  notes: string;
}
export interface SharePlan {
  agency: AgencyCode;
  access: 'read' | 'contribute';
  reason: string;
}

/** Everything a modus decides about one case; generate.ts turns it into rows. */
export interface CasePlan {
  modus: string;
  title: string;
  summary: string;
  discoveryChannel: DiscoveryChannel;
  reportedRegionCode: string | null;
  reportedPortId: string | null;
  owner: AgencyCode;
  shares: SharePlan[];
  legalBasis: LegalBasis[];
  victims: VictimPlan[];
  suspects: SuspectPlan[];
  bystanders: BystanderPlan[];
  route: RouteStepPlan[];
  /** >1: the case is likelier to end referred to another agency (see workflow.ts). */
  referralBias: number;
}

/** Decides one case of a modus. */
export type Builder = (rng: Random, world: World) => CasePlan;

export const syntheticNotice =
  'Data sintetis untuk demonstrasi dan pengujian, bukan kasus nyata: nama, NIK dan nomor paspor dibuat acak oleh generator.';

/** Relative weights of numbers: `{ 1: 55, 2: 24 }`. */
type NumberWeights = Readonly<Record<number, number>>;

export interface VictimProfile {
  count: NumberWeights;
  femaleShare: number;
  ages: readonly [number, number];
  /** Share of victims under 18 (their age is drawn from 14–17). */
  minorShare: number;
  passportKnown: number;
  /** Province of origin, when the modus recruits in one region. */
  province?: string;
  /** Days between recruitment and the report. */
  recruitedDaysBefore: readonly [number, number];
  context: (
    rng: Random,
  ) => Pick<
    VictimPlan['context'],
    'meansOfControl' | 'exploitationTypes' | 'forcedLabourIndustry' | 'sexExploitationTypes' | 'documents'
  >;
  onlineRecruitment: number;
}

function recruitmentOf(
  rng: Random,
  online: number,
): { recruitmentMethods: RecruitmentMethod[]; recruitmentApps: RecruitmentApp[] } {
  if (rng.chance(online)) {
    const method = rng.weightedKey<RecruitmentMethod>({
      online_social_network: 55,
      online_advertisement: 45,
    });
    const apps = rng.sample<RecruitmentApp>(
      ['facebook', 'whatsapp', 'tiktok', 'telegram', 'instagram'],
      rng.int(1, 2),
    );
    return { recruitmentMethods: [method], recruitmentApps: apps };
  }
  const method = rng.weightedKey<RecruitmentMethod>({
    broker_in_village: 55,
    friends: 20,
    family: 15,
    place_of_business: 10,
  });
  return {
    recruitmentMethods: [method],
    recruitmentApps: method === 'broker_in_village' && rng.chance(0.3) ? ['whatsapp'] : [],
  };
}

/** Means of control: always some of the core ones of the modus, sometimes one more. */
export function meansFrom(
  rng: Random,
  core: readonly MeansOfControl[],
  extra: readonly MeansOfControl[],
): MeansOfControl[] {
  const chosen = rng.sample(core, rng.int(1, core.length));
  if (extra.length > 0 && rng.chance(0.4)) chosen.push(rng.pick(extra.filter((m) => !chosen.includes(m))));
  return chosen;
}

/**
 * A group of victims recruited together: mostly from one regency (the same broker works a few
 * villages), sometimes joined by others met on the way.
 */
export function victimGroup(
  rng: Random,
  world: World,
  profile: VictimProfile,
): { victims: VictimPlan[]; origin: string; recruitedDaysBefore: number } {
  const count = rng.weightedNumber(profile.count);
  const origin = pickOrigin(rng, world, profile.province);
  const recruitedDaysBefore = rng.int(...profile.recruitedDaysBefore);
  const recruitment = recruitmentOf(rng, profile.onlineRecruitment);
  const relationship = rng.weightedKey({ acquainted: 50, unacquainted: 30, familial: 20 });
  const victims: VictimPlan[] = [];
  for (let i = 0; i < count; i++) {
    const sameRegency = i === 0 || rng.chance(0.7);
    const home = sameRegency
      ? rng.pick(world.kecamatanByRegency.get(origin.slice(0, 5)) ?? [origin])
      : pickOrigin(rng, world, profile.province);
    const minor = rng.chance(profile.minorShare);
    const age = minor ? rng.int(14, 17) : rng.int(...profile.ages);
    const sex: Sex = rng.chance(profile.femaleShare) ? 'female' : 'male';
    const context = profile.context(rng);
    if (minor && rng.chance(0.5))
      context.documents = [...context.documents, { type: 'ktp', issue: 'forged' }];
    victims.push({
      spec: {
        nationality: 'ID',
        sex,
        age,
        origin: home,
        birthDateKnown: 0.8,
        nikKnown: 0.75,
        passportKnown: profile.passportKnown,
      },
      context: {
        ...context,
        ...recruitment,
        relationshipToTrafficker: relationship,
        ageWhenTrafficked: Math.max(10, age - Math.floor(recruitedDaysBefore / 365)),
      },
    });
  }
  return { victims, origin, recruitedDaysBefore };
}

const kabkotaOf: Record<IslandGroup, string> = { Batam: '21.71', Bintan: '21.01', Karimun: '21.02' };

/** A kecamatan of the island group's kabupaten/kota (where a Kepri suspect or witness lives). */
export function kepriHome(rng: Random, world: World, group: IslandGroup): string {
  return rng.pick(world.kecamatanByRegency.get(kabkotaOf[group]) ?? []);
}

const suspectDetails: Record<SuspectContext['roles'][number], string> = {
  recruiter: 'Merekrut korban di kampung asal dengan janji pekerjaan bergaji tinggi (data sintetis).',
  broker_travel_agent: 'Mengurus paspor kunjungan dan tiket feri korban (data sintetis).',
  transporter: 'Mengemudikan speedboat dari pantai tanpa pemeriksaan (data sintetis).',
  harbourer: 'Menampung korban di rumah sewaan sebelum diberangkatkan (data sintetis).',
  exploiter: 'Mempekerjakan korban tanpa upah yang dijanjikan (data sintetis).',
  smuggler: 'Mengatur penyeberangan tanpa dokumen (data sintetis).',
  abuser: 'Melakukan kekerasan terhadap korban (data sintetis).',
  kidnapper: 'Membawa korban tanpa persetujuan keluarga (data sintetis).',
  travelling_partner: 'Ikut dalam perjalanan untuk mengawasi korban (data sintetis).',
  official_facilitator: 'Diduga meloloskan korban dari pemeriksaan (data sintetis).',
  other: 'Peran lain dalam jaringan (data sintetis).',
};

/** A suspect of the given role: Indonesians from the victims' regency or Kepri, employers from Malaysia. */
export function suspect(
  rng: Random,
  world: World,
  role: SuspectContext['roles'][number],
  home: { origin?: string; group?: IslandGroup },
): SuspectPlan {
  const malaysian = role === 'exploiter' && rng.chance(0.7);
  const origin = malaysian
    ? null
    : home.origin && rng.chance(0.7)
      ? rng.pick(world.kecamatanByRegency.get(home.origin.slice(0, 5)) ?? [home.origin])
      : kepriHome(rng, world, home.group ?? 'Batam');
  const roles: SuspectContext['roles'] =
    role === 'recruiter' && rng.chance(0.25) ? ['recruiter', 'travelling_partner'] : [role];
  return {
    spec: {
      nationality: malaysian ? 'MY' : 'ID',
      sex: rng.chance(role === 'recruiter' ? 0.3 : 0.15) ? 'female' : 'male',
      age: rng.int(25, 60),
      origin,
      birthDateKnown: 0.7,
      nikKnown: 0.6,
      passportKnown: malaysian ? 0.5 : 0.3,
      aliasChance: 0.35,
    },
    context: { roles, roleDetails: roles.map((r) => suspectDetails[r]).join(' ') },
  };
}

/** Reporters (for tips and complaints) and the odd witness. */
export function bystanders(
  rng: Random,
  world: World,
  channel: DiscoveryChannel,
  victimOrigin: string,
  group: IslandGroup,
): BystanderPlan[] {
  const out: BystanderPlan[] = [];
  const spec = (origin: string, age: readonly [number, number]): PersonSpec => ({
    nationality: 'ID',
    sex: rng.chance(0.55) ? 'female' : 'male',
    age: rng.int(...age),
    origin,
    birthDateKnown: 0.6,
    nikKnown: 0.7,
    passportKnown: 0,
  });
  if (channel === 'complaint')
    out.push({
      role: 'reporter',
      spec: spec(victimOrigin, [35, 65]),
      notes: 'Keluarga korban yang melapor (data sintetis).',
    });
  if (channel === 'tip')
    out.push({
      role: 'reporter',
      spec: spec(kepriHome(rng, world, group), [25, 60]),
      notes: 'Warga yang melapor (data sintetis).',
    });
  if (rng.chance(0.1))
    out.push({
      role: 'witness',
      spec: spec(rng.chance(0.5) ? victimOrigin : kepriHome(rng, world, group), [20, 55]),
      notes: 'Saksi (data sintetis).',
    });
  return out;
}

/** Scales every sharing chance of the modus tables, so that about half the cases are shared. */
const shareScale = 0.7;

/** Shares with a probability each, never with the owner, at most one per agency. */
export function sharesFrom(
  rng: Random,
  owner: AgencyCode,
  candidates: readonly (readonly [SharePlan, number])[],
): SharePlan[] {
  const out: SharePlan[] = [];
  for (const [share, chance] of candidates) {
    if (
      share.agency !== owner &&
      !out.some((s) => s.agency === share.agency) &&
      rng.chance(chance * shareScale)
    ) {
      out.push(share);
    }
  }
  return out;
}

/** "Kabupaten Lombok Timur, Nusa Tenggara Barat" for a kecamatan code. */
export function regionLabel(world: World, kecamatan: string): string {
  return `${world.regionNames.get(kecamatan.slice(0, 5)) ?? kecamatan}, ${world.regionNames.get(kecamatan.slice(0, 2)) ?? ''}`;
}

/** A weighted number of suspects, taking the roles in turn. */
export function suspectsOf(
  rng: Random,
  world: World,
  counts: NumberWeights,
  roles: readonly SuspectContext['roles'][number][],
  home: { origin?: string; group?: IslandGroup },
): SuspectPlan[] {
  return Array.from({ length: rng.weightedNumber(counts) }, (_, i) =>
    suspect(rng, world, roles[i % roles.length]!, home),
  );
}

/** Sharing with BP3MI Kepri, which registers, protects and returns migrant workers. */
export const bp3miShare = (chance: number) =>
  [
    {
      agency: 'BP3MI-KEPRI',
      access: 'contribute',
      reason: 'Pendataan, perlindungan dan pemulangan PMI (data sintetis).',
    },
    chance,
  ] as const;
