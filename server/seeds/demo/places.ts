import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Port } from '#contracts/reference';
import type { Executor } from '../../src/platform/db/database';
import { findAgencyByCode } from '../../src/features/agencies';
import { listAllRegionsAtLevels, listPorts } from '../../src/features/reference';
import type { Random } from './random';

/*
 * The places synthetic cases happen in, read from the reference tables (regions, ports, agencies)
 * so every code the generator writes exists, plus the synthetic landing points in this folder.
 */

export interface Village {
  code: string;
  name: string;
  lat: number;
  lng: number;
}

/** A point on a Kepri coast standing in for an unofficial landing (jalur tikus); see README.md. */
export interface Landing {
  id: string;
  name: string;
  regionCode: string;
  islandGroup: 'Batam' | 'Bintan' | 'Karimun';
  lat: number;
  lng: number;
}

/** Everything the generator draws places and agencies from; loaded once per run. */
export interface World {
  kecamatanByRegency: ReadonlyMap<string, readonly string[]>;
  regenciesByProvince: ReadonlyMap<string, readonly string[]>;
  knownKecamatan: ReadonlySet<string>;
  /** Names of provinces and kabupaten/kota (for the generic case summaries). */
  regionNames: ReadonlyMap<string, string>;
  /** Desa/kelurahan of a Kepri kabupaten/kota (`21.71` → Batam's), with label points. */
  kepriVillages: ReadonlyMap<string, readonly Village[]>;
  ports: ReadonlyMap<string, Port>;
  landings: readonly Landing[];
  /** Agency id by code. */
  agencies: ReadonlyMap<string, string>;
}

/**
 * Where victims come from: provinces with relative weights (most PMI leaving through Kepri come
 * from NTB, NTT and East Java, then the rest of Java, North Sumatra, Aceh, Lampung and Kepri
 * itself), and regencies known as migrant-worker sending areas, drawn four times as often as the
 * others of their province. Plausible for a demo, not a statistic.
 */
export const originProvinceWeights: readonly (readonly [string, number])[] = [
  ['52', 20], // Nusa Tenggara Barat
  ['35', 16], // Jawa Timur
  ['53', 14], // Nusa Tenggara Timur
  ['33', 9], // Jawa Tengah
  ['32', 9], // Jawa Barat
  ['12', 8], // Sumatera Utara
  ['21', 6], // Kepulauan Riau
  ['11', 5], // Aceh
  ['18', 5], // Lampung
  ['34', 2], // DI Yogyakarta
  ['73', 3], // Sulawesi Selatan
  ['14', 1], // Riau
  ['16', 1], // Sumatera Selatan
  ['36', 1], // Banten
];
export const sendingRegencies: ReadonlySet<string> = new Set([
  '52.01',
  '52.02',
  '52.03',
  '52.04',
  '52.06', // Lombok Barat/Tengah/Timur, Sumbawa, Bima
  '53.01',
  '53.02',
  '53.04',
  '53.11',
  '53.18', // Kupang, TTS, Belu, Sumba Timur, Sumba Barat Daya
  '35.02',
  '35.04',
  '35.05',
  '35.07',
  '35.09',
  '35.10', // Ponorogo, Tulungagung, Blitar, Malang, Jember, Banyuwangi
  '33.01',
  '33.24',
  '33.27', // Cilacap, Kendal, Pemalang
  '32.02',
  '32.03',
  '32.09',
  '32.12', // Sukabumi, Cianjur, Cirebon, Indramayu
  '12.05',
  '12.07',
  '12.09', // Langkat, Deli Serdang, Asahan
  '11.07',
  '11.08',
  '11.11', // Pidie, Aceh Utara, Bireuen
  '18.02',
  '18.07', // Lampung Tengah, Lampung Timur
]);

/** A kecamatan of origin, by the weights above. */
export function pickOrigin(rng: Random, world: World, provinceCode?: string): string {
  const province = provinceCode ?? rng.weighted(originProvinceWeights);
  const regencies = world.regenciesByProvince.get(province) ?? [];
  const regency = rng.weighted(regencies.map((r) => [r, sendingRegencies.has(r) ? 4 : 1] as const));
  return rng.pick(world.kecamatanByRegency.get(regency) ?? []);
}

/** A place abroad: ISO country code and the place's name. */
export type PlaceAbroad = readonly [string, string];

/** Places abroad the routes lead to, by what happens there. */
export const abroad: Record<
  'johorDomestic' | 'johorPlantation' | 'johorFactory' | 'johorCoast' | 'scamCompounds' | 'transitHubs',
  readonly PlaceAbroad[]
> = {
  johorDomestic: [
    ['MY', 'Johor Bahru'],
    ['MY', 'Iskandar Puteri'],
    ['MY', 'Kulai'],
    ['MY', 'Kuala Lumpur'],
    ['MY', 'Shah Alam'],
  ],
  johorPlantation: [
    ['MY', 'Kota Tinggi'],
    ['MY', 'Kluang'],
    ['MY', 'Segamat'],
    ['MY', 'Batu Pahat'],
    ['MY', 'Mersing'],
  ],
  johorFactory: [
    ['MY', 'Pasir Gudang'],
    ['MY', 'Senai'],
    ['MY', 'Muar'],
    ['MY', 'Johor Bahru'],
  ],
  johorCoast: [
    ['MY', 'Pantai Pontian'],
    ['MY', 'Pengerang'],
    ['MY', 'Sungai Rengit'],
    ['MY', 'Tanjung Piai'],
    ['MY', 'Teluk Ramunia'],
  ],
  scamCompounds: [
    ['KH', 'Sihanoukville'],
    ['KH', 'Bavet'],
    ['MM', 'Myawaddy'],
    ['LA', 'Zona Ekonomi Khusus Segitiga Emas'],
    ['PH', 'Pampanga'],
  ],
  transitHubs: [
    ['SG', 'Singapura'],
    ['MY', 'Kuala Lumpur (KLIA)'],
    ['TH', 'Bangkok'],
  ],
};

function readLandings(): Landing[] {
  const rows = parse<Record<string, string>>(
    fs.readFileSync(path.join(import.meta.dirname, 'unofficial_landings.csv')),
    { columns: true, skip_empty_lines: true, trim: true },
  );
  return rows.map((r) => ({
    id: r.id!,
    name: r.name!,
    regionCode: r.region_code!,
    islandGroup: r.island_group as Landing['islandGroup'],
    lat: Number(r.lat),
    lng: Number(r.lng),
  }));
}

/** The agencies synthetic cases are owned by or shared with (codes from seeds/agencies.ts). */
export const agencyCodes = [
  'BPPD-KEPRI',
  'POLDA-KEPRI',
  'POLAIRUD-KEPRI',
  'POLRESTA-BARELANG',
  'POLRESTA-TPI',
  'POLRES-BINTAN',
  'POLRES-KARIMUN',
  'IMI-BATAM',
  'IMI-TANJUNGUBAN',
  'IMI-TANJUNGPINANG',
  'IMI-KARIMUN',
  'BP3MI-KEPRI',
  'P4MI-BATAM',
  'DINSOS-KEPRI',
  'UPTDPPA-KEPRI',
  'KJRI-JB',
  'IOM-ID',
  'NGO-RUMAHFAYE',
  'PDRM-JOHOR',
  'JIM-JOHOR',
  'APMM-JOHOR',
] as const;
export type AgencyCode = (typeof agencyCodes)[number];

/** Reads the reference tables into a World. Fails clearly if the seeded agencies are missing. */
export async function loadWorld(db: Executor): Promise<World> {
  const regions = await listAllRegionsAtLevels(db, [
    'provinsi',
    'kabupaten',
    'kota',
    'kecamatan',
    'kelurahan',
    'desa',
  ]);
  const groupBy = <T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
    return map;
  };
  const codesByParent = (levels: readonly string[]) =>
    new Map(
      [
        ...groupBy(
          regions.filter((r) => levels.includes(r.level) && r.parentCode),
          (r) => r.parentCode!,
        ),
      ].map(([parent, children]) => [parent, children.map((c) => c.code)]),
    );
  // Only Kepri's villages are in the table (with label points); they are grouped by kabupaten/kota.
  const villages = regions.filter(
    (r) => (r.level === 'kelurahan' || r.level === 'desa') && r.lat !== null && r.lng !== null,
  );
  const kepriVillages = groupBy(
    villages.map((r) => ({ code: r.code, name: r.name, lat: r.lat!, lng: r.lng! })),
    (v) => v.code.slice(0, 5),
  );
  const agencies = new Map<string, string>();
  for (const code of agencyCodes) {
    const agency = await findAgencyByCode(db, code);
    if (!agency)
      throw new Error(
        `Agency ${code} is missing: start Benteng once (bootstrap seeds the agencies) before seeding cases`,
      );
    agencies.set(code, agency.id);
  }
  return {
    kecamatanByRegency: codesByParent(['kecamatan']),
    regenciesByProvince: codesByParent(['kabupaten', 'kota']),
    knownKecamatan: new Set(regions.filter((r) => r.level === 'kecamatan').map((r) => r.code)),
    regionNames: new Map(
      regions
        .filter((r) => r.level === 'provinsi' || r.level === 'kabupaten' || r.level === 'kota')
        .map((r) => [r.code, r.name]),
    ),
    kepriVillages,
    ports: new Map((await listPorts(db)).map((p) => [p.id, p])),
    landings: readLandings(),
    agencies,
  };
}
