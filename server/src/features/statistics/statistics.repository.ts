import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { rowsOf } from '../../platform/db/database';

export interface PublicFact {
  year: number;
  metric: string;
  dim: string;
  value: string;
  n: number;
}

/** Province-wide sums of the pre-aggregated dashboard figures per year (every case counted). */
export async function yearlyFacts(db: Executor): Promise<PublicFact[]> {
  return rowsOf<PublicFact>(
    await db.execute(sql`
      SELECT extract(year FROM month)::int AS year, metric, dim, value, sum(n)::int AS n
        FROM dashboard_facts
       WHERE metric IN ('cases', 'victims', 'suspects', 'interceptions', 'deportees')
         AND dim IN ('total', 'sex', 'age_band', 'exploitation', 'kabupaten', 'place')
       GROUP BY 1, 2, 3, 4`),
  );
}

/** One combination of the open data's quasi-identifiers and how many victims share it. */
export interface OpenDataGroup {
  year: number;
  sex: string;
  age_band: string;
  kabupaten_kota: string;
  exploitation: string;
  n: number;
}

/**
 * Victims (one per case they appear in) grouped by the generalised quasi-identifiers: year of
 * report, sex (female, male, other or unknown), broad age band, kabupaten/kota of the report,
 * exploitation (forced labour, sexual, both, other, not specified).
 */
export async function openDataGroups(db: Executor): Promise<OpenDataGroup[]> {
  return rowsOf<OpenDataGroup>(
    await db.execute(sql`
      WITH v AS (
        SELECT extract(year FROM c.reported_on)::int AS year,
               CASE WHEN p.sex IN ('female', 'male') THEN p.sex ELSE 'other_or_unknown' END AS sex,
               coalesce(cp.age_when_trafficked, extract(year FROM age(c.reported_on, p.birth_date))::int, p.estimated_age) AS age,
               CASE WHEN c.reported_region_code LIKE '__.__%' THEN array_to_string((string_to_array(c.reported_region_code, '.'))[1:2], '.')
                    ELSE 'unknown' END AS kabupaten_kota,
               CASE WHEN cp.exploitation_types @> ARRAY['forced_labour', 'sexual_exploitation'] THEN 'sexual_and_labour'
                    WHEN 'forced_labour' = ANY(cp.exploitation_types) THEN 'forced_labour'
                    WHEN 'sexual_exploitation' = ANY(cp.exploitation_types) THEN 'sexual_exploitation'
                    WHEN cardinality(cp.exploitation_types) > 0 THEN 'other'
                    ELSE 'not_specified' END AS exploitation
          FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN persons p ON p.id = cp.person_id
         WHERE cp.role = 'victim')
      SELECT year, sex,
             CASE WHEN age IS NULL THEN 'unknown' WHEN age < 18 THEN '0-17' WHEN age <= 24 THEN '18-24' WHEN age <= 34 THEN '25-34'
                  WHEN age <= 44 THEN '35-44' ELSE '45+' END AS age_band,
             kabupaten_kota, exploitation, count(*)::int AS n
        FROM v GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`),
  );
}
