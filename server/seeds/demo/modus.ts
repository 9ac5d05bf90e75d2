import { abroad, type AgencyCode } from './places';
import {
  abroadAt,
  arrivalInKepri,
  atPort,
  harbouring,
  kepriVillage,
  pickDeparture,
  recruitment,
  shortPortName,
  type RouteStepPlan,
} from './routes';
import {
  bp3miShare,
  bystanders,
  meansFrom,
  regionLabel,
  sharesFrom,
  suspectsOf,
  syntheticNotice,
  victimGroup,
  type Builder,
  type DiscoveryChannel,
} from './modus-parts';
import { deporteeScreening, onlineScam, sexualExploitation } from './modus-exploitation';
import { fishingCrew, speedboatUnofficial } from './modus-sea';

/*
 * The modus operandi of synthetic cases, after what Kepri sees (DESIGN.md; domain notes §6):
 * "tourists" on visit passports through official ports, speedboats from unofficial landings,
 * deportees screened at Batam, sexual exploitation, online-scam compounds, fishing crews.
 * Each builder decides one case: victims, suspects, route, channel, owner, sharing, legal basis.
 */

const countryLabel = (portOrCountry: string) =>
  portOrCountry.startsWith('SG') ? 'Singapura lalu Malaysia' : 'Malaysia';

type Owners = Readonly<Partial<Record<AgencyCode, number>>>;
const ownerAtPort: Record<string, Owners> = {
  'ID-KRM-TBK': { 'IMI-KARIMUN': 60, 'POLRES-KARIMUN': 40 },
  'ID-TPI-SBP': { 'IMI-TANJUNGPINANG': 60, 'POLRESTA-TPI': 40 },
  'ID-BIN-BBT': { 'IMI-TANJUNGUBAN': 60, 'POLRES-BINTAN': 40 },
};
const batamPortOwners: Owners = { 'IMI-BATAM': 50, 'POLRESTA-BARELANG': 25, 'BP3MI-KEPRI': 25 };
/** Non-procedural migrants travelling as tourists, stopped at the departure port. */
const touristFerryIntercepted: Builder = (rng, world) => {
  const departure = pickDeparture(rng);
  const intended = rng.weightedKey({ T: 50, A: 30, C: 20 });
  const group = victimGroup(rng, world, {
    count: { 1: 55, 2: 24, 3: 11, 4: 5, 6: 3, 10: 2 },
    femaleShare: intended === 'T' ? 0.9 : 0.45,
    ages: [18, 45],
    minorShare: 0.05,
    passportKnown: 0.95,
    recruitedDaysBefore: [7, 60],
    onlineRecruitment: 0.3,
    context: (r) => {
      const exploited = r.chance(0.4);
      return {
        meansOfControl: meansFrom(r, ['false_promises'], ['debt_bondage', 'withholds_documents']),
        exploitationTypes: exploited ? ['forced_labour'] : [],
        forcedLabourIndustry: exploited ? intended : null,
        sexExploitationTypes: [],
        documents: [],
      };
    },
  });
  const port = shortPortName(world, departure.from);
  const channel = rng.weightedKey<DiscoveryChannel>({ port_check: 85, tip: 10, investigation: 5 });
  const owner = rng.weightedKey(ownerAtPort[departure.from] ?? batamPortOwners);
  const route: RouteStepPlan[] = [
    recruitment(
      group.origin,
      group.recruitedDaysBefore,
      'Dijanjikan pekerjaan di luar negeri; diminta berangkat sebagai wisatawan dengan paspor kunjungan.',
    ),
    ...arrivalInKepri(rng, departure.group, rng.int(2, 6)),
    ...(rng.chance(0.4) ? [harbouring(rng, world, departure.group, 1)] : []),
    atPort('interception', departure.from, 0, 'ferry', 'Dicegah petugas dalam pemeriksaan keberangkatan.'),
  ];
  return {
    modus: 'tourist_ferry_intercepted',
    title: `[SINTETIS] Pencegahan keberangkatan PMI nonprosedural di Pelabuhan ${port}`,
    summary: `${syntheticNotice} Skenario: ${group.victims.length} calon PMI asal ${regionLabel(world, group.origin)} hendak berangkat ke ${countryLabel(departure.to)} sebagai wisatawan dengan paspor kunjungan melalui Pelabuhan ${port} dan dicegah dalam pemeriksaan keberangkatan.`,
    discoveryChannel: channel,
    reportedRegionCode: world.ports.get(departure.from)?.regionCode ?? null,
    reportedPortId: departure.from,
    owner,
    shares: sharesFrom(rng, owner, [
      bp3miShare(0.6),
      [
        {
          agency: 'P4MI-BATAM',
          access: 'contribute',
          reason: 'Penampungan sementara sebelum pemulangan (data sintetis).',
        },
        0.15,
      ],
      [
        { agency: 'DINSOS-KEPRI', access: 'read', reason: 'Layanan sosial bagi calon PMI (data sintetis).' },
        0.1,
      ],
    ]),
    legalBasis: [
      'uu18_2017_p81',
      ...(rng.chance(0.5) ? (['uu18_2017_p83'] as const) : []),
      ...(rng.chance(0.6) ? (['uu21_2007_p4', 'uu21_2007_p10'] as const) : []),
    ],
    victims: group.victims,
    suspects: suspectsOf(
      rng,
      world,
      { 0: 45, 1: 40, 2: 12, 3: 3 },
      ['recruiter', 'broker_travel_agent', 'harbourer'],
      { origin: group.origin, group: departure.group },
    ),
    bystanders: bystanders(rng, world, channel, group.origin, departure.group),
    route,
    referralBias: 1.5,
  };
};

const jobs = {
  T: {
    label: 'pekerja rumah tangga',
    places: abroad.johorDomestic,
    female: 0.95,
    exploitation: ['servitude', 'forced_labour'],
  },
  A: {
    label: 'buruh perkebunan',
    places: abroad.johorPlantation,
    female: 0.25,
    exploitation: ['forced_labour'],
  },
  C: { label: 'buruh pabrik', places: abroad.johorFactory, female: 0.5, exploitation: ['forced_labour'] },
} as const;

/** "Tourists" who crossed through an official port and were exploited in Malaysia. */
const touristFerryExploited: Builder = (rng, world) => {
  const departure = pickDeparture(rng);
  const industry = rng.weightedKey({ T: 45, A: 35, C: 20 });
  const job = jobs[industry];
  const group = victimGroup(rng, world, {
    count: { 1: 75, 2: 15, 3: 6, 4: 4 },
    femaleShare: job.female,
    ages: [18, 45],
    minorShare: 0.04,
    passportKnown: 0.85,
    recruitedDaysBefore: [120, 900],
    onlineRecruitment: 0.3,
    context: (r) => ({
      meansOfControl: meansFrom(
        r,
        ['withholds_documents', 'takes_earnings', 'excessive_working_hours', 'debt_bondage'],
        ['restricts_movement', 'threat_of_law_enforcement', 'psychological_abuse', 'physical_abuse'],
      ),
      exploitationTypes: [...job.exploitation],
      forcedLabourIndustry: industry,
      sexExploitationTypes: [],
      documents: r.chance(0.6) ? [{ type: 'passport', issue: 'withheld' }] : [],
    }),
  });
  const place = rng.pick(job.places);
  const crossed = group.recruitedDaysBefore - rng.int(3, 20);
  const channel = rng.weightedKey<DiscoveryChannel>({
    complaint: 35,
    referral_malaysia: 30,
    deportee_screening: 20,
    tip: 10,
    media: 5,
  });
  const owner = rng.weightedKey<AgencyCode>({
    'POLDA-KEPRI': 35,
    'POLRESTA-BARELANG': 20,
    'BP3MI-KEPRI': 30,
    'IMI-BATAM': 15,
  });
  const reportedAtPort = channel === 'deportee_screening';
  return {
    modus: 'tourist_ferry_exploited',
    title: `[SINTETIS] Dugaan eksploitasi PMI sebagai ${job.label} di ${place[1]}`,
    summary: `${syntheticNotice} Skenario: ${group.victims.length} PMI asal ${regionLabel(world, group.origin)} berangkat sebagai wisatawan melalui Pelabuhan ${shortPortName(world, departure.from)} dan dipekerjakan sebagai ${job.label} di ${place[1]}, dengan paspor ditahan dan upah tidak dibayar.`,
    discoveryChannel: channel,
    reportedRegionCode: reportedAtPort ? '21.71.10.1003' : kepriVillage(rng, world, 'Batam').code,
    reportedPortId: reportedAtPort ? 'ID-BTM-BTC' : null,
    owner,
    shares: sharesFrom(rng, owner, [
      [
        {
          agency: 'PDRM-JOHOR',
          access: 'read',
          reason: 'Koordinasi lintas batas dengan kepolisian Johor (data sintetis).',
        },
        channel === 'referral_malaysia' ? 0.7 : 0.15,
      ],
      [
        {
          agency: 'KJRI-JB',
          access: 'read',
          reason: 'Pendampingan konsuler korban di Johor (data sintetis).',
        },
        0.3,
      ],
      bp3miShare(0.4),
    ]),
    legalBasis: [
      'uu21_2007_p4',
      ...(rng.chance(0.5) ? (['uu21_2007_p2'] as const) : []),
      ...(rng.chance(0.6) ? (['uu18_2017_p81'] as const) : []),
    ],
    victims: group.victims,
    suspects: suspectsOf(
      rng,
      world,
      { 0: 30, 1: 45, 2: 18, 3: 7 },
      ['recruiter', 'exploiter', 'broker_travel_agent', 'harbourer'],
      { origin: group.origin, group: departure.group },
    ),
    bystanders: bystanders(rng, world, channel, group.origin, 'Batam'),
    route: [
      recruitment(group.origin, group.recruitedDaysBefore, 'Direkrut dengan janji gaji tinggi di Malaysia.'),
      ...arrivalInKepri(rng, departure.group, crossed + 2),
      ...(rng.chance(0.5) ? [harbouring(rng, world, departure.group, crossed + 1)] : []),
      atPort(
        'transit',
        departure.from,
        crossed,
        'ferry',
        'Berangkat sebagai wisatawan dengan paspor kunjungan.',
      ),
      departure.to.startsWith('SG')
        ? abroadAt(
            'transit',
            ['SG', 'Singapura'],
            crossed,
            'bus',
            'Transit di Singapura lalu diteruskan ke Johor lewat darat.',
          )
        : atPort('transit', departure.to, crossed, 'ferry', 'Tiba di Johor.'),
      abroadAt('exploitation', place, crossed - 2, undefined, `Dipekerjakan sebagai ${job.label}.`),
    ],
    referralBias: 1.2,
  };
};

/**
 * How often each modus occurs (relative weights): border crossings stopped or completed at the
 * official ports and on jalur tikus make up half, deportee screening a sixth, the rest the
 * exploitation found later. Chosen for a plausible demo, after BP3MI Kepri's 2024 mix (950 stopped
 * at official ports, 253 via unofficial ones, 1,520 deportees), not as statistics.
 */
export const modusCatalogue = [
  [touristFerryIntercepted, 22],
  [touristFerryExploited, 16],
  [speedboatUnofficial, 16],
  [deporteeScreening, 18],
  [sexualExploitation, 11],
  [onlineScam, 10],
  [fishingCrew, 7],
] as const satisfies readonly (readonly [Builder, number])[];
