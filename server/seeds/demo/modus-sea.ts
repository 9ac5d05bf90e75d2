import { abroad, type AgencyCode } from './places';
import {
  abroadAt,
  arrivalInKepri,
  atLanding,
  atPort,
  harbouring,
  recruitment,
  type IslandGroup,
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

/*
 * The modus at sea (see modus.ts): speedboats from unofficial landings (jalur tikus) and crews of
 * foreign fishing boats.
 */

const policeOf: Record<IslandGroup, AgencyCode> = {
  Batam: 'POLRESTA-BARELANG',
  Bintan: 'POLRES-BINTAN',
  Karimun: 'POLRES-KARIMUN',
};

/** Migrants taken by speedboat from an unofficial landing (jalur tikus) on a Kepri coast. */
export const speedboatUnofficial: Builder = (rng, world) => {
  const island = rng.weightedKey<IslandGroup>({ Batam: 55, Karimun: 25, Bintan: 20 });
  const landing = rng.pick(world.landings.filter((l) => l.islandGroup === island));
  const intercepted = rng.chance(0.65);
  const industry = rng.weightedKey({ A: 60, F: 25, C: 15 });
  const group = victimGroup(rng, world, {
    count: { 1: 40, 2: 22, 3: 14, 4: 10, 6: 8, 8: 4, 12: 2 },
    femaleShare: 0.35,
    ages: [18, 45],
    minorShare: 0.06,
    passportKnown: 0.2,
    recruitedDaysBefore: intercepted ? [10, 90] : [120, 700],
    onlineRecruitment: 0.2,
    context: (r) => ({
      meansOfControl: meansFrom(
        r,
        ['false_promises', 'debt_bondage'],
        ['threat_of_law_enforcement', 'withholds_documents', 'excessive_working_hours'],
      ),
      exploitationTypes: intercepted && r.chance(0.6) ? [] : ['forced_labour'],
      forcedLabourIndustry: industry,
      sexExploitationTypes: [],
      documents: r.chance(0.7) ? [{ type: 'passport', issue: 'missing' }] : [],
    }),
  });
  if (intercepted)
    for (const v of group.victims)
      if (v.context.exploitationTypes.length === 0) v.context.forcedLabourIndustry = null;
  const channel = intercepted
    ? rng.weightedKey<DiscoveryChannel>({ patrol: 75, tip: 20, investigation: 5 })
    : rng.weightedKey<DiscoveryChannel>({
        tip: 30,
        deportee_screening: 30,
        investigation: 20,
        referral_malaysia: 20,
      });
  const owner = rng.weighted<AgencyCode>([
    ['POLAIRUD-KEPRI', 45],
    [policeOf[island], 35],
    ['POLDA-KEPRI', 20],
  ]);
  const crossing = intercepted ? 0 : group.recruitedDaysBefore - rng.int(5, 30);
  const route: RouteStepPlan[] = [
    recruitment(
      group.origin,
      group.recruitedDaysBefore,
      'Direkrut calo untuk bekerja di Malaysia tanpa dokumen resmi.',
    ),
    ...arrivalInKepri(rng, island, crossing + rng.int(3, 8)),
    ...(rng.chance(0.9) ? [harbouring(rng, world, island, crossing + 1)] : []),
    atLanding(
      intercepted ? 'interception' : 'transit',
      landing,
      crossing,
      intercepted
        ? 'Speedboat dihentikan patroli sebelum menyeberang.'
        : 'Diberangkatkan malam hari dengan speedboat.',
    ),
    ...(intercepted
      ? []
      : [
          abroadAt(
            'transit',
            rng.pick(abroad.johorCoast),
            crossing,
            'speedboat',
            'Diturunkan di pantai Johor tanpa pemeriksaan.',
          ),
          abroadAt(
            'exploitation',
            rng.pick(industry === 'A' ? abroad.johorPlantation : abroad.johorFactory),
            crossing - 3,
            undefined,
            'Dipekerjakan tanpa izin kerja.',
          ),
        ]),
  ];
  return {
    modus: 'speedboat_unofficial',
    title: intercepted
      ? `[SINTETIS] Penggagalan penyelundupan PMI lewat jalur tikus di pesisir ${island}`
      : `[SINTETIS] PMI diberangkatkan lewat jalur tikus ${island} dan dieksploitasi di Johor`,
    summary: `${syntheticNotice} Skenario: ${group.victims.length} orang asal ${regionLabel(world, group.origin)} ${intercepted ? 'hendak diseberangkan' : 'diseberangkan'} ke Johor dengan speedboat dari titik pendaratan tidak resmi di pesisir ${island}${intercepted ? ' dan digagalkan patroli laut.' : ', lalu dipekerjakan tanpa izin.'}`,
    discoveryChannel: channel,
    reportedRegionCode: landing.regionCode,
    reportedPortId: null,
    owner,
    shares: sharesFrom(rng, owner, [
      [
        {
          agency: 'APMM-JOHOR',
          access: 'read',
          reason: 'Informasi patroli terkoordinasi di Selat Singapura (data sintetis).',
        },
        0.2,
      ],
      bp3miShare(0.5),
      [{ agency: 'P4MI-BATAM', access: 'contribute', reason: 'Penampungan korban (data sintetis).' }, 0.2],
    ]),
    legalBasis: ['uu21_2007_p4', 'uu18_2017_p81', ...(intercepted ? (['uu21_2007_p10'] as const) : [])],
    victims: group.victims,
    suspects: suspectsOf(
      rng,
      world,
      { 0: 30, 1: 40, 2: 20, 3: 7, 4: 3 },
      ['transporter', 'harbourer', 'recruiter', 'smuggler'],
      { origin: group.origin, group: island },
    ),
    bystanders: bystanders(rng, world, channel, group.origin, island),
    route,
    referralBias: 1,
  };
};

/** Fishing crews recruited by manning agents and forced to work on foreign-flagged boats. */
export const fishingCrew: Builder = (rng, world) => {
  const group = victimGroup(rng, world, {
    count: { 1: 45, 2: 25, 3: 17, 5: 13 },
    femaleShare: 0,
    ages: [18, 40],
    minorShare: 0.05,
    passportKnown: 0.5,
    ...(rng.chance(0.5) ? { province: '33' } : {}),
    recruitedDaysBefore: [150, 800],
    onlineRecruitment: 0.2,
    context: (r) => ({
      meansOfControl: meansFrom(
        r,
        ['excessive_working_hours', 'takes_earnings', 'withholds_documents'],
        ['physical_abuse', 'withholds_necessities', 'debt_bondage'],
      ),
      exploitationTypes: ['forced_labour'],
      forcedLabourIndustry: 'A',
      sexExploitationTypes: [],
      documents: r.chance(0.5) ? [{ type: 'passport', issue: 'withheld' }] : [],
    }),
  });
  const boarded = rng.weightedKey({ 'ID-BTM-BAP': 50, 'ID-KRM-TBK': 30, 'ID-BIN-KIJ': 20 });
  const left = group.recruitedDaysBefore - rng.int(10, 40);
  const channel = rng.weightedKey<DiscoveryChannel>({
    complaint: 40,
    referral_malaysia: 30,
    referral_agency: 30,
  });
  const owner = rng.weightedKey<AgencyCode>({ 'POLAIRUD-KEPRI': 40, 'POLDA-KEPRI': 30, 'BP3MI-KEPRI': 30 });
  return {
    modus: 'fishing_crew',
    title: '[SINTETIS] Dugaan kerja paksa awak kapal perikanan',
    summary: `${syntheticNotice} Skenario: ${group.victims.length} awak kapal asal ${regionLabel(world, group.origin)} direkrut agen penyalur, naik kapal ikan berbendera asing dari Kepri dan bekerja berbulan-bulan tanpa upah penuh dengan dokumen ditahan.`,
    discoveryChannel: channel,
    reportedRegionCode: world.ports.get(boarded)?.regionCode ?? null,
    reportedPortId: null,
    owner,
    shares: sharesFrom(rng, owner, [
      [
        {
          agency: 'APMM-JOHOR',
          access: 'read',
          reason: 'Informasi kapal di perairan Johor (data sintetis).',
        },
        0.2,
      ],
      [
        {
          agency: 'BP3MI-KEPRI',
          access: 'contribute',
          reason: 'Perlindungan awak kapal migran (data sintetis).',
        },
        0.4,
      ],
      [{ agency: 'IOM-ID', access: 'contribute', reason: 'Pemulangan awak kapal (data sintetis).' }, 0.15],
    ]),
    legalBasis: ['uu21_2007_p4', 'uu18_2017_p81'],
    victims: group.victims,
    suspects: suspectsOf(rng, world, { 0: 40, 1: 40, 2: 20 }, ['broker_travel_agent', 'exploiter'], {
      origin: group.origin,
      group: 'Batam',
    }),
    bystanders: bystanders(rng, world, channel, group.origin, 'Batam'),
    route: [
      recruitment(group.origin, group.recruitedDaysBefore, 'Direkrut agen penyalur awak kapal.'),
      atPort('transit', boarded, left, 'fishing_boat', 'Naik kapal ikan berbendera asing.'),
      abroadAt(
        'exploitation',
        ['MY', 'Kapal ikan di perairan Johor'],
        left - 5,
        'fishing_boat',
        'Bekerja lebih dari 18 jam sehari.',
      ),
    ],
    referralBias: 1.2,
  };
};
