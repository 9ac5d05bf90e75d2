/**
 * A bulk generator for the case benchmark: N cases with three people each (victims, witnesses,
 * suspects), a three-step route and a few shares, written by INSERT … SELECT on the PostgreSQL
 * server itself (a minute for 100,000 cases). Deterministic: values come from md5 of the row index.
 * Plain synthetic data for measuring queries; the demo generator (server/seeds/demo) makes the
 * realistic data set and can replace this one once it loads 100,000 cases quickly enough.
 */
import type pg from 'pg';
import { nameSearchKey } from '../server/src/features/people';

const firstNames = [
  'Muhammad', 'Muhamad', 'Mochammad', 'Ahmad', 'Achmad', 'Siti', 'Nur', 'Dewi', 'Sri', 'Rina', 'Wahyu', 'Agus', 'Budi',
  'Eko', 'Fitri', 'Indah', 'Putri', 'Ayu', 'Rizky', 'Rizki', 'Andi', 'Yusuf', 'Ismail', 'Aminah', 'Halimah', 'Nurul',
  'Lalu', 'Baiq', 'Yohanes', 'Maria', 'Fransiska', 'Kornelis', 'Made', 'Ketut', 'Wayan', 'Hendra', 'Joko', 'Slamet',
  'Suparman', 'Sulastri', 'Rahmat', 'Hidayat', 'Taufik', 'Zainal', 'Farida', 'Yuliana', 'Melati', 'Kartini', 'Rosmawati', 'Nuraini',
];
const familyNames = [
  'Rizky', 'Saputra', 'Saputri', 'Hidayat', 'Lestari', 'Wulandari', 'Pratama', 'Susanto', 'Setiawan', 'Kurniawan', 'Rahayu',
  'Nugroho', 'Hasibuan', 'Siregar', 'Nasution', 'Harahap', 'Manurung', 'Sitompul', 'Tanjung', 'Lubis', 'Daulay', 'Ndruru',
  'Laka', 'Bria', 'Seran', 'Tefa', 'Riwu', 'Amaral', 'binti Abdullah', 'bin Ismail', 'binti Ahmad', 'bin Yusuf', 'Wijaya',
  'Gunawan', 'Firmansyah', 'Ramadhan', 'Syahputra', 'Maulana', 'Fauzi', 'Hakim', 'Sembiring', 'Ginting', 'Tarigan', 'Purba',
  'Sinaga', 'Situmorang', 'Panjaitan', 'Simanjuntak', 'Pardede', 'Napitupulu',
];

export interface BenchDataReport {
  cases: number;
  persons: number;
  routeEvents: number;
  shares: number;
  seconds: number;
}

const q = async (client: pg.PoolClient, text: string, params: unknown[] = []) => (await client.query(text, params)).rows;

/** Writes `count` cases (and 3 × `count` people) owned by the given agencies; refreshes facets with the real function. */
export async function generateBenchCases(
  client: pg.PoolClient,
  options: { count: number; agencyIds: string[]; portIds: string[]; originCodes: string[]; refreshFacets: (ids: string[]) => Promise<void> },
): Promise<BenchDataReport> {
  const started = performance.now();
  const { count } = options;
  await q(client, `CREATE OR REPLACE FUNCTION pg_temp.rnd(k text) RETURNS double precision LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('x' || substr(md5(k), 1, 8))::bit(32)::bigint / 4294967296.0 $$`);
  await q(client, `CREATE OR REPLACE FUNCTION pg_temp.pick(arr text[], k text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT arr[1 + floor(pg_temp.rnd(k) * array_length(arr, 1))::int] $$`);
  // md5 as a version-4-shaped uuid (the API checks the version and variant digits).
  await q(client, `CREATE OR REPLACE FUNCTION pg_temp.uid(k text) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || 'a' || substr(h, 18))::uuid FROM md5(k) h $$`);
  const names = firstNames.flatMap((f) => familyNames.map((l) => `${f} ${l}`));
  await q(client, 'CREATE TEMP TABLE bench_names (i int PRIMARY KEY, full_name text, name_key text)');
  await q(client, 'INSERT INTO bench_names SELECT * FROM unnest($1::int[], $2::text[], $3::text[])', [
    names.map((_, i) => i),
    names,
    names.map((n) => nameSearchKey(n)),
  ]);
  const arrays = [options.agencyIds, options.portIds, options.originCodes, names.length] as const;

  await q(
    client,
    `INSERT INTO cases (id, number, year, title, summary, reported_on, reported_region_code, reported_port_id, discovery_channel,
                        owning_agency_id, status, status_changed_at, sensitivity, legal_basis, created_at, updated_at, provenance)
     SELECT id, 'TPPO/KEPRI/' || y || '/' || lpad(seq::text, greatest(4, length(seq::text)), '0'), y,
            'Pengiriman PMI nonprosedural ke ' || pg_temp.pick('{Johor Bahru,Kuala Lumpur,Singapura,Pasir Gudang,Muar}', 't' || g)
              || ' lewat ' || pg_temp.pick('{pelabuhan tikus,Batam Centre,Tanjung Uban,Tanjung Balai Karimun,speedboat malam}', 'u' || g),
            'Korban direkrut calo di kampung, dijanjikan kerja di kebun sawit atau restoran, dokumen ditahan. Kasus sintetis ' || g,
            d, pg_temp.pick($3, 'r' || g), CASE WHEN pg_temp.rnd('p' || g) < 0.6 THEN pg_temp.pick($2, 'p' || g) END,
            pg_temp.pick('{port_check,patrol,tip,deportee_screening,complaint,referral_malaysia,referral_agency,investigation,media,other}', 'c' || g),
            pg_temp.pick($1, 'a' || g)::uuid,
            CASE WHEN s < 0.25 THEN 'reported' WHEN s < 0.45 THEN 'verified' WHEN s < 0.65 THEN 'investigation' WHEN s < 0.75 THEN 'prosecution'
                 WHEN s < 0.82 THEN 'court_decision' WHEN s < 0.95 THEN 'closed' ELSE 'closed_referred' END,
            d::timestamptz, CASE WHEN z < 0.02 THEN 'restricted' WHEN z < 0.17 THEN 'sensitive' ELSE 'standard' END,
            '{uu21_2007_p4}', d::timestamptz + interval '2 hours',
            d::timestamptz + (pg_temp.rnd('m' || g) * interval '400 days'), '{"source":"bench"}'::jsonb
       FROM (SELECT *, row_number() OVER (PARTITION BY y ORDER BY g) AS seq FROM (SELECT g, pg_temp.uid('case' || g) AS id, DATE '2021-01-01' + (g::bigint * 1825 / $4)::int AS d,
                    extract(year FROM DATE '2021-01-01' + (g::bigint * 1825 / $4)::int)::int AS y,
                    pg_temp.rnd('s' || g) AS s, pg_temp.rnd('z' || g) AS z
               FROM generate_series(1, $4) g) c0) c`,
    [arrays[0], arrays[1], arrays[2], count],
  );

  // Person k of case g: 1 victim; 2 victim (60 %) or witness/reporter; 3 suspect.
  await q(
    client,
    `INSERT INTO persons (id, full_name, name_key, sex, estimated_age, nik, citizenship, origin_region_code, recorded_by_agency_id, created_at, updated_at, provenance)
     SELECT pg_temp.uid('person' || g || '-' || k), n.full_name, n.name_key,
            CASE WHEN k = 3 THEN (CASE WHEN pg_temp.rnd('x' || g) < 0.8 THEN 'male' ELSE 'female' END)
                 ELSE (CASE WHEN pg_temp.rnd('x' || g || k) < 0.65 THEN 'female' ELSE 'male' END) END,
            15 + floor(pg_temp.rnd('e' || g || k) * 30)::int,
            CASE WHEN pg_temp.rnd('n' || g || k) < 0.6 THEN lpad((floor(pg_temp.rnd('N' || g || k) * 1e15))::bigint::text, 16, '5') END,
            '{ID}', pg_temp.pick($1, 'o' || g || k), c.owning_agency_id, c.created_at, c.created_at, '{"source":"bench"}'::jsonb
       FROM generate_series(1, $2) g CROSS JOIN generate_series(1, 3) k
       JOIN cases c ON c.id = pg_temp.uid('case' || g)
       JOIN bench_names n ON n.i = floor(pg_temp.rnd('name' || g || '-' || k) * $3)::int`,
    [arrays[2], count, arrays[3]],
  );
  await q(
    client,
    `INSERT INTO case_persons (case_id, person_id, role, ordinal, trafficking_status, exploitation_types, means_of_control,
                               recruitment_methods, perpetrator_roles, age_when_trafficked, created_at, updated_at)
     SELECT pg_temp.uid('case' || g), pg_temp.uid('person' || g || '-' || k), role,
            CASE WHEN k = 2 AND role = 'victim' THEN 2 ELSE 1 END,
            CASE WHEN role = 'victim' THEN 'possible' END,
            CASE WHEN role = 'victim' THEN ARRAY[pg_temp.pick('{forced_labour,forced_labour,sexual_exploitation,servitude,forced_criminality,child_labour}', 'x' || g)] ELSE '{}' END,
            CASE WHEN role = 'victim' THEN ARRAY[pg_temp.pick('{withholds_documents,debt_bondage,false_promises,restricts_movement,takes_earnings}', 'mc' || g || k)] ELSE '{}' END,
            CASE WHEN role = 'victim' THEN ARRAY[pg_temp.pick('{broker_in_village,family,friends,online_social_network,online_advertisement}', 'rm' || g)] ELSE '{}' END,
            CASE WHEN role = 'suspect' THEN ARRAY[pg_temp.pick('{recruiter,transporter,harbourer,exploiter,broker_travel_agent}', 'pr' || g)] ELSE '{}' END,
            CASE WHEN role = 'victim' THEN 14 + floor(pg_temp.rnd('aw' || g || k) * 25)::int END,
            now(), now()
       FROM generate_series(1, $1) g CROSS JOIN generate_series(1, 3) k
       CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 THEN 'victim' WHEN k = 3 THEN 'suspect'
                                       WHEN pg_temp.rnd('role' || g) < 0.6 THEN 'victim'
                                       WHEN pg_temp.rnd('role' || g) < 0.85 THEN 'witness' ELSE 'reporter' END AS role) r`,
    [count],
  );
  await q(
    client,
    `INSERT INTO route_events (case_id, position, type, place_kind, region_code, port_id, country, occurred_on, transport, created_at, updated_at)
     SELECT c.id, s.position, s.type, s.kind,
            CASE WHEN s.kind = 'region' THEN p.origin_region_code END,
            CASE WHEN s.kind = 'port' THEN pg_temp.pick($1, 'rp' || c.number) END,
            CASE WHEN s.kind = 'abroad' THEN pg_temp.pick('{MY,MY,MY,SG}', 'co' || c.number) END,
            c.reported_on - (4 - s.position) * 7, 'speedboat', now(), now()
       FROM cases c
       JOIN case_persons cp ON cp.case_id = c.id AND cp.role = 'victim' AND cp.ordinal = 1
       JOIN persons p ON p.id = cp.person_id
       CROSS JOIN (VALUES (1, 'recruitment', 'region'), (2, 'transit', 'port'), (3, 'exploitation', 'abroad')) s(position, type, kind)
      WHERE c.provenance->>'source' = 'bench'`,
    [arrays[1]],
  );
  await q(
    client,
    `INSERT INTO case_shares (case_id, agency_id, access, reason, created_at)
     SELECT c.id, pg_temp.pick($1, 'sh' || c.number)::uuid, 'read', 'Koordinasi penanganan', now()
       FROM cases c WHERE c.provenance->>'source' = 'bench' AND pg_temp.rnd('share' || c.number) < 0.05
        AND pg_temp.pick($1, 'sh' || c.number)::uuid <> c.owning_agency_id`,
    [arrays[0]],
  );
  const ids = (await q(client, `SELECT id FROM cases WHERE provenance->>'source' = 'bench' ORDER BY id`)).map((r) => r.id as string);
  for (let i = 0; i < ids.length; i += 2000) await options.refreshFacets(ids.slice(i, i + 2000));
  await q(client, 'ANALYZE');
  const [totals] = await q(
    client,
    `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM persons)::int AS persons,
            (SELECT count(*) FROM route_events)::int AS "routeEvents", (SELECT count(*) FROM case_shares)::int AS shares`,
  );
  return { ...(totals as Omit<BenchDataReport, 'seconds'>), seconds: Math.round((performance.now() - started) / 1000) };
}
