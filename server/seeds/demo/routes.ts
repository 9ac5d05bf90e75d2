import type { placeKind, routeEventType, transportMode } from '#contracts/codes/cases';
import type { Random } from './random';
import type { Landing, World } from './places';

/*
 * Pieces of the routes synthetic victims travel: from the village of recruitment to a Kepri
 * gateway, through an official port (as "tourists" on visit passports) or an unofficial landing
 * (by speedboat), to Johor, Singapore or further. Only connections the port list records are used.
 */

export type RouteEventType = (typeof routeEventType.codes)[number];
export type PlaceKind = (typeof placeKind.codes)[number];
export type TransportMode = (typeof transportMode.codes)[number];
export type IslandGroup = Landing['islandGroup'];

/** A route event before dates and ids: `daysBefore` the report (negative: after), null when unknown. */
export interface RouteStepPlan {
  type: RouteEventType;
  daysBefore: number | null;
  placeKind: PlaceKind;
  regionCode?: string;
  portId?: string;
  lat?: number;
  lng?: number;
  placeName?: string;
  country?: string;
  transport?: TransportMode;
  description: string;
}

/** Official departures: gateway port, where its ferries go (by weight), and the island group. */
const officialDepartures: readonly (readonly [
  { from: string; to: readonly (readonly [string, number])[]; group: IslandGroup },
  number,
])[] = [
  [
    {
      from: 'ID-BTM-BTC',
      to: [
        ['MY-JHR-STL', 60],
        ['MY-JHR-PHT', 25],
        ['MY-JHR-PGD', 15],
      ],
      group: 'Batam',
    },
    32,
  ],
  [
    {
      from: 'ID-BTM-HBY',
      to: [
        ['MY-JHR-STL', 60],
        ['MY-JHR-PHT', 40],
      ],
      group: 'Batam',
    },
    25,
  ],
  [{ from: 'ID-BTM-SKP', to: [['SG-HFC', 1]], group: 'Batam' }, 5],
  [{ from: 'ID-BTM-BTC', to: [['SG-TMFT', 1]], group: 'Batam' }, 4],
  [
    {
      from: 'ID-KRM-TBK',
      to: [
        ['MY-JHR-KUK', 55],
        ['MY-JHR-PHT', 45],
      ],
      group: 'Karimun',
    },
    16,
  ],
  [
    {
      from: 'ID-TPI-SBP',
      to: [
        ['MY-JHR-STL', 80],
        ['SG-HFC', 20],
      ],
      group: 'Bintan',
    },
    13,
  ],
  [{ from: 'ID-BIN-BBT', to: [['SG-TMFT', 1]], group: 'Bintan' }, 5],
];

export interface Departure {
  from: string;
  to: string;
  group: IslandGroup;
}

export function pickDeparture(rng: Random): Departure {
  const d = rng.weighted(officialDepartures);
  return { from: d.from, to: rng.weighted(d.to), group: d.group };
}

/** "Batam Centre", "Tanjung Balai Karimun": a port's name without the kind of terminal. */
export function shortPortName(world: World, portId: string): string {
  const name = world.ports.get(portId)?.name ?? portId;
  return name.replace(/\s*\(.*\)$/, '').replace(/ (International )?(Ferry Terminal|Port)$/, '');
}

export const recruitment = (
  regionCode: string,
  daysBefore: number | null,
  description: string,
): RouteStepPlan => ({
  type: 'recruitment',
  daysBefore,
  placeKind: 'region',
  regionCode,
  description,
});

export const atPort = (
  type: RouteEventType,
  portId: string,
  daysBefore: number | null,
  transport: TransportMode | undefined,
  description: string,
): RouteStepPlan => ({
  type,
  daysBefore,
  placeKind: 'port',
  portId,
  ...(transport ? { transport } : {}),
  description,
});

export const abroadAt = (
  type: RouteEventType,
  [country, placeName]: readonly [string, string],
  daysBefore: number | null,
  transport: TransportMode | undefined,
  description: string,
): RouteStepPlan => ({
  type,
  daysBefore,
  placeKind: 'abroad',
  country,
  placeName,
  ...(transport ? { transport } : {}),
  description,
});

export const atLanding = (
  type: RouteEventType,
  landing: Landing,
  daysBefore: number | null,
  description: string,
): RouteStepPlan => ({
  type,
  daysBefore,
  placeKind: 'unofficial_landing',
  regionCode: landing.regionCode,
  lat: landing.lat,
  lng: landing.lng,
  placeName: `${landing.name} (titik sintetis)`,
  transport: 'speedboat',
  description,
});

const kabkotaOf: Record<IslandGroup, string> = { Batam: '21.71', Bintan: '21.01', Karimun: '21.02' };

/** A village of the island group's kabupaten/kota (a shelter house, a venue, a place of report). */
export function kepriVillage(rng: Random, world: World, group: IslandGroup): { code: string; name: string } {
  return rng.pick(world.kepriVillages.get(kabkotaOf[group]) ?? []);
}

/** Getting from home to the Kepri gateway: by plane or PELNI ship to Batam, on by domestic ferry. */
export function arrivalInKepri(rng: Random, group: IslandGroup, daysBefore: number): RouteStepPlan[] {
  const toBatam = rng.chance(0.65)
    ? atPort('transit', 'ID-BTM-HLP', daysBefore, 'plane', 'Tiba di Batam dengan pesawat bersama perekrut.')
    : atPort(
        'transit',
        'ID-BTM-BAP',
        daysBefore,
        'ferry',
        'Tiba di Batam dengan kapal penumpang dari daerah asal.',
      );
  switch (group) {
    case 'Batam':
      return [toBatam];
    case 'Bintan':
      return [
        toBatam,
        atPort(
          'transit',
          'ID-BIN-TUB',
          daysBefore - 1,
          'ferry',
          'Menyeberang ke Bintan dengan feri domestik.',
        ),
      ];
    case 'Karimun':
      return [
        toBatam,
        {
          type: 'transit',
          daysBefore: daysBefore - 1,
          placeKind: 'region',
          regionCode: '21.02',
          transport: 'ferry',
          description: 'Dibawa ke Karimun dengan feri domestik.',
        },
      ];
  }
}

/** The shelter house (penampungan) where victims wait for departure. */
export function harbouring(rng: Random, world: World, group: IslandGroup, daysBefore: number): RouteStepPlan {
  return {
    type: 'transit',
    daysBefore,
    placeKind: 'region',
    regionCode: kepriVillage(rng, world, group).code,
    description: 'Ditampung beberapa hari di rumah penampungan menunggu keberangkatan.',
  };
}
