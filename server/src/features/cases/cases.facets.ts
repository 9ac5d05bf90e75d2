import { and, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { routeEvents } from '../../platform/db/schema';
import { kecamatanAt } from '../reference';

/**
 * Recomputes the denormalised filter columns of the given cases from their people and route, in one
 * statement (so it serves one case after an edit and thousands after a bulk load alike):
 * - exploitation_types, means_of_control, recruitment_methods: union over the case's victims;
 * - port_ids: the reported port and every port on the route;
 * - region_codes: the reported region, route regions and victims' origin regions, each with all its
 *   ancestors (`21.71.10.1003` also gives `21.71.10`, `21.71`, `21`), so a filter on a kabupaten
 *   finds cases recorded at village level; a route place recorded by coordinates only (a landing
 *   found on a beach) counts in the kecamatan it falls in, so the map's drill-down finds it;
 * - victim_count, suspect_count.
 */
export async function refreshCaseFacets(db: Executor, caseIds: string[]): Promise<void> {
  if (caseIds.length === 0) return;
  // One array parameter per use (a list of bound values would be 8 × the ids: 40,000 for an import chunk).
  const ids = sql`${`{${caseIds.join(',')}}`}::uuid[]`;
  await db.execute(sql`
    WITH target AS (SELECT id, reported_port_id, reported_region_code FROM cases WHERE id = ANY(${ids})),
    victims AS (
      SELECT cp.case_id,
             array_agg(DISTINCT x) FILTER (WHERE x IS NOT NULL) AS exploitation
        FROM case_persons cp LEFT JOIN LATERAL unnest(cp.exploitation_types) x ON true
       WHERE cp.case_id = ANY(${ids}) AND cp.role = 'victim' GROUP BY cp.case_id),
    means AS (
      SELECT cp.case_id, array_agg(DISTINCT x) AS v
        FROM case_persons cp CROSS JOIN LATERAL unnest(cp.means_of_control) x
       WHERE cp.case_id = ANY(${ids}) AND cp.role = 'victim' GROUP BY cp.case_id),
    recruitment AS (
      SELECT cp.case_id, array_agg(DISTINCT x) AS v
        FROM case_persons cp CROSS JOIN LATERAL unnest(cp.recruitment_methods) x
       WHERE cp.case_id = ANY(${ids}) AND cp.role = 'victim' GROUP BY cp.case_id),
    counts AS (
      SELECT case_id,
             count(*) FILTER (WHERE role = 'victim')::int AS victims,
             count(*) FILTER (WHERE role = 'suspect')::int AS suspects
        FROM case_persons WHERE case_id = ANY(${ids}) GROUP BY case_id),
    ports AS (
      SELECT t.id AS case_id, array_agg(DISTINCT p) FILTER (WHERE p IS NOT NULL) AS v
        FROM target t
        LEFT JOIN LATERAL (
          SELECT t.reported_port_id AS p
          UNION SELECT r.port_id FROM route_events r WHERE r.case_id = t.id
        ) ports ON true
       GROUP BY t.id),
    places AS (
      SELECT t.id AS case_id, c AS code
        FROM target t
        CROSS JOIN LATERAL (
          SELECT t.reported_region_code AS c
          UNION SELECT r.region_code FROM route_events r WHERE r.case_id = t.id
          UNION SELECT p.origin_region_code FROM case_persons cp JOIN persons p ON p.id = cp.person_id
                 WHERE cp.case_id = t.id AND cp.role = 'victim'
        ) codes
       WHERE c IS NOT NULL),
    regions AS (
      SELECT case_id, array_agg(DISTINCT prefix) AS v
        FROM places
        CROSS JOIN LATERAL (
          SELECT array_to_string((string_to_array(code, '.'))[1:n], '.') AS prefix
            FROM generate_series(1, array_length(string_to_array(code, '.'), 1)) n
        ) prefixes
       GROUP BY case_id)
    UPDATE cases c SET
      exploitation_types = coalesce(v.exploitation, '{}'),
      means_of_control = coalesce(m.v, '{}'),
      recruitment_methods = coalesce(rc.v, '{}'),
      port_ids = coalesce(p.v, '{}'),
      region_codes = coalesce(rg.v, '{}'),
      victim_count = coalesce(n.victims, 0),
      suspect_count = coalesce(n.suspects, 0)
    FROM target t
    LEFT JOIN victims v ON v.case_id = t.id
    LEFT JOIN means m ON m.case_id = t.id
    LEFT JOIN recruitment rc ON rc.case_id = t.id
    LEFT JOIN counts n ON n.case_id = t.id
    LEFT JOIN ports p ON p.case_id = t.id
    LEFT JOIN regions rg ON rg.case_id = t.id
    WHERE c.id = t.id`);
  await addLocatedRegions(db, ids);
}

/** Adds the kecamatan (and its ancestors) of route places that have coordinates but no region code. */
async function addLocatedRegions(db: Executor, ids: ReturnType<typeof sql>): Promise<void> {
  const located = await db
    .select({ caseId: routeEvents.caseId, lat: routeEvents.lat, lng: routeEvents.lng })
    .from(routeEvents)
    .where(and(sql`${routeEvents.caseId} = ANY(${ids})`, isNull(routeEvents.regionCode), isNotNull(routeEvents.lat), isNotNull(routeEvents.lng)));
  const codes = new Map<string, Set<string>>();
  for (const event of located) {
    const kecamatan = kecamatanAt(event.lng!, event.lat!);
    if (!kecamatan) continue;
    const set = codes.get(event.caseId) ?? new Set<string>();
    for (const code of withAncestors(kecamatan.code)) set.add(code);
    codes.set(event.caseId, set);
  }
  if (codes.size === 0) return;
  const rows = JSON.stringify([...codes].map(([id, set]) => ({ id, codes: [...set].join(',') })));
  await db.execute(sql`
    UPDATE cases c SET region_codes = ARRAY(SELECT DISTINCT x FROM unnest(c.region_codes || string_to_array(u.codes, ',')) x ORDER BY x)
      FROM jsonb_to_recordset(${rows}::jsonb) AS u(id uuid, codes text)
     WHERE c.id = u.id`);
}

/** A region code and all its ancestors (`21.71.10` gives `21`, `21.71`, `21.71.10`). */
const withAncestors = (code: string) => code.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
const distinctSorted = (values: Iterable<string | null | undefined>) => [...new Set([...values].filter((v): v is string => Boolean(v)))].sort();

/**
 * The same facets as `refreshCaseFacets`, for a case written in bulk together with its people and
 * no route yet (agency imports): computed before the insert, so a load of thousands of cases does
 * not rewrite every case row (and all its indexes) a second time. imports.test.ts checks that
 * `refreshCaseFacets` afterwards changes nothing.
 */
export function facetsOfNewCase(
  c: { reportedPortId?: string | null; reportedRegionCode: string | null },
  people: { role: string; originRegionCode: string | null; exploitationTypes?: string[]; meansOfControl?: string[]; recruitmentMethods?: string[] }[],
) {
  const victims = people.filter((p) => p.role === 'victim');
  return {
    exploitationTypes: distinctSorted(victims.flatMap((p) => p.exploitationTypes ?? [])),
    meansOfControl: distinctSorted(victims.flatMap((p) => p.meansOfControl ?? [])),
    recruitmentMethods: distinctSorted(victims.flatMap((p) => p.recruitmentMethods ?? [])),
    portIds: distinctSorted([c.reportedPortId]),
    regionCodes: distinctSorted([c.reportedRegionCode, ...victims.map((p) => p.originRegionCode)].flatMap((code) => (code ? withAncestors(code) : []))),
    victimCount: victims.length,
    suspectCount: people.filter((p) => p.role === 'suspect').length,
  };
}
