import { sql, type SQL } from 'drizzle-orm';

/**
 * The dashboard figures as rows `(month, agency_id, restricted, metric, dim, value, n, days)`,
 * counted straight from the registry over the cases matching `caseWhere` (a condition on `cases`)
 * and the tips matching `tipWhere` (a condition on `tips`). The same text rebuilds the
 * pre-aggregated `dashboard_facts` (both conditions true) and answers the raw, un-aggregated query
 * the benchmark and the tests compare with.
 *
 * Metrics and dimensions (month = month of the case's report, or of the tip's receipt):
 * - `cases`: total, status, channel, modus (recruitment methods of its victims), exploitation
 *   (types any victim suffered), port (reported port and route ports), route (first departure
 *   point → first country abroad), kabupaten (kabupaten/kota of the reported region);
 * - `suspects`: total (people in the suspect role);
 * - `victims`: total, sex, age band, majority, origin province, industry (ISIC section of forced
 *   labour), exploitation;
 * - `interceptions`: route events of type interception, by place (official port or unofficial
 *   landing) and port;
 * - `deportees`: route events of type return (a deportation or return received);
 * - `tips`: community tips received;
 * - `tip_to_case`, `case_to_referral`: how many, by delay bucket, with the days summed.
 */
export function factRows(caseWhere: SQL, tipWhere: SQL | null): SQL {
  const bucket = (days: SQL) => sql`CASE WHEN ${days} <= 1 THEN '0-1' WHEN ${days} <= 7 THEN '2-7' WHEN ${days} <= 30 THEN '8-30'
                                        WHEN ${days} <= 90 THEN '31-90' ELSE '91+' END`;
  const tips = tipWhere
    ? sql`
    UNION ALL
    SELECT date_trunc('month', tips.received_at AT TIME ZONE 'Asia/Jakarta')::date, tips.agency_id, false, 'tips', 'total', '', 1, 0
      FROM tips WHERE ${tipWhere}`
    : sql``;
  return sql`
    WITH sc AS MATERIALIZED (
      SELECT cases.id, cases.owning_agency_id AS agency_id, cases.sensitivity = 'restricted' AS restricted,
             date_trunc('month', cases.reported_on)::date AS month, cases.reported_on, cases.created_at,
             cases.status, cases.discovery_channel, cases.recruitment_methods, cases.exploitation_types,
             cases.port_ids, cases.suspect_count, cases.reported_region_code
        FROM cases WHERE ${caseWhere}),
    victims AS (
      SELECT sc.month, sc.agency_id, sc.restricted, p.sex, p.origin_region_code, cp.forced_labour_industry,
             cp.exploitation_types,
             coalesce(cp.age_when_trafficked, extract(year FROM age(sc.reported_on, p.birth_date))::int, p.estimated_age) AS age
        FROM sc JOIN case_persons cp ON cp.case_id = sc.id AND cp.role = 'victim' JOIN persons p ON p.id = cp.person_id),
    events AS (
      SELECT sc.month, sc.agency_id, sc.restricted, r.type, r.place_kind, r.port_id
        FROM sc JOIN route_events r ON r.case_id = sc.id WHERE r.type IN ('interception', 'return')),
    routes AS (
      SELECT sc.month, sc.agency_id, sc.restricted,
             coalesce((SELECT coalesce(r.port_id, r.place_kind) FROM route_events r
                        WHERE r.case_id = sc.id AND r.place_kind IN ('port', 'unofficial_landing') AND r.type IN ('transit', 'interception')
                        ORDER BY r.position LIMIT 1), '?')
             || ' → ' ||
             coalesce((SELECT r.country FROM route_events r WHERE r.case_id = sc.id AND r.place_kind = 'abroad' AND r.country IS NOT NULL
                        ORDER BY r.position LIMIT 1), '?') AS route
        FROM sc),
    referrals AS (
      SELECT sc.month, sc.agency_id, sc.restricted, extract(epoch FROM (min(pr.created_at) - sc.created_at)) / 86400 AS days
        FROM sc JOIN protection_referrals pr ON pr.case_id = sc.id
       GROUP BY sc.id, sc.month, sc.agency_id, sc.restricted, sc.created_at),
    tipped AS (
      SELECT sc.month, sc.agency_id, sc.restricted, extract(epoch FROM (sc.created_at - t.received_at)) / 86400 AS days
        FROM sc JOIN tips t ON t.case_id = sc.id),
    facts (month, agency_id, restricted, metric, dim, value, n, days) AS (
      SELECT month, agency_id, restricted, 'cases', 'total', '', 1, 0::float8 FROM sc
      UNION ALL SELECT month, agency_id, restricted, 'cases', 'status', status, 1, 0 FROM sc
      UNION ALL SELECT month, agency_id, restricted, 'cases', 'channel', discovery_channel, 1, 0 FROM sc
      UNION ALL SELECT month, agency_id, restricted, 'cases', 'modus', x, 1, 0 FROM sc CROSS JOIN LATERAL unnest(recruitment_methods) x
      UNION ALL SELECT month, agency_id, restricted, 'cases', 'exploitation', x, 1, 0 FROM sc CROSS JOIN LATERAL unnest(exploitation_types) x
      UNION ALL SELECT month, agency_id, restricted, 'cases', 'port', x, 1, 0 FROM sc CROSS JOIN LATERAL unnest(port_ids) x
      UNION ALL SELECT month, agency_id, restricted, 'cases', 'route', route, 1, 0 FROM routes
      UNION ALL SELECT month, agency_id, restricted, 'cases', 'kabupaten', array_to_string((string_to_array(reported_region_code, '.'))[1:2], '.'), 1, 0
                  FROM sc WHERE reported_region_code LIKE '__.__%'
      UNION ALL SELECT month, agency_id, restricted, 'suspects', 'total', '', suspect_count, 0 FROM sc
      UNION ALL SELECT month, agency_id, restricted, 'victims', 'total', '', 1, 0 FROM victims
      UNION ALL SELECT month, agency_id, restricted, 'victims', 'sex', sex, 1, 0 FROM victims
      UNION ALL SELECT month, agency_id, restricted, 'victims', 'age_band',
                       CASE WHEN age IS NULL THEN 'unknown' WHEN age <= 8 THEN '0-8' WHEN age <= 17 THEN '9-17' WHEN age <= 24 THEN '18-24'
                            WHEN age <= 34 THEN '25-34' WHEN age <= 44 THEN '35-44' ELSE '45+' END, 1, 0 FROM victims
      UNION ALL SELECT month, agency_id, restricted, 'victims', 'majority',
                       CASE WHEN age IS NULL THEN 'unknown' WHEN age < 18 THEN 'minor' ELSE 'adult' END, 1, 0 FROM victims
      UNION ALL SELECT month, agency_id, restricted, 'victims', 'origin_province', split_part(origin_region_code, '.', 1), 1, 0
                  FROM victims WHERE origin_region_code IS NOT NULL
      UNION ALL SELECT month, agency_id, restricted, 'victims', 'industry', forced_labour_industry, 1, 0
                  FROM victims WHERE forced_labour_industry IS NOT NULL
      UNION ALL SELECT month, agency_id, restricted, 'victims', 'exploitation', x, 1, 0 FROM victims CROSS JOIN LATERAL unnest(exploitation_types) x
      UNION ALL SELECT month, agency_id, restricted, 'interceptions', 'total', '', 1, 0 FROM events WHERE type = 'interception'
      UNION ALL SELECT month, agency_id, restricted, 'interceptions', 'place', place_kind, 1, 0 FROM events WHERE type = 'interception'
      UNION ALL SELECT month, agency_id, restricted, 'interceptions', 'port', port_id, 1, 0 FROM events WHERE type = 'interception' AND port_id IS NOT NULL
      UNION ALL SELECT month, agency_id, restricted, 'deportees', 'total', '', 1, 0 FROM events WHERE type = 'return'
      UNION ALL SELECT month, agency_id, restricted, 'tip_to_case', 'total', '', 1, greatest(days, 0) FROM tipped
      UNION ALL SELECT month, agency_id, restricted, 'tip_to_case', 'bucket', ${bucket(sql`days`)}, 1, 0 FROM tipped
      UNION ALL SELECT month, agency_id, restricted, 'case_to_referral', 'total', '', 1, greatest(days, 0) FROM referrals
      UNION ALL SELECT month, agency_id, restricted, 'case_to_referral', 'bucket', ${bucket(sql`days`)}, 1, 0 FROM referrals
      ${tips})
    SELECT month, agency_id, restricted, metric, dim, value, sum(n)::bigint AS n, sum(days)::float8 AS days
      FROM facts GROUP BY month, agency_id, restricted, metric, dim, value`;
}
