import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, uuidSchema } from './common';
import { codeList, e } from './codes/code-list';

/** A calendar month, `2024-08`: the grain of every dashboard figure. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Month as YYYY-MM');

/** The period a dashboard covers: whole months, inclusive. */
export const dashboardQuerySchema = z
  .strictObject({ from: monthSchema, to: monthSchema })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/**
 * A count as shown: `count` is null when withheld (a province-wide view for a role without
 * case-level access withholds counts from 1 to minimumCellSize − 1, as the case statistics do).
 */
export const dashboardCellSchema = z.object({ count: z.number().int().nullable(), suppressed: z.boolean() });
export type DashboardCell = z.infer<typeof dashboardCellSchema>;

export const dashboardKpiKeys = [
  'cases',
  'suspects',
  'victims',
  'victimsFemale',
  'victimsMale',
  'victimsMinor',
  'victimsAdult',
  'tips',
  'interceptionsOfficialPort',
  'interceptionsUnofficialLanding',
  'deportees',
] as const;
export type DashboardKpiKey = (typeof dashboardKpiKeys)[number];

/** The breakdowns, each of one metric (what is counted) by one dimension. */
export const dashboardBreakdownKeys = [
  'modus',
  'exploitationType',
  'industry',
  'route',
  'port',
  'originProvince',
  'victimSex',
  'victimAgeBand',
  'victimMajority',
  'interceptionPlace',
  'status',
  'discoveryChannel',
] as const;
export type DashboardBreakdownKey = (typeof dashboardBreakdownKeys)[number];

/** Age bands of victims (age when trafficked, else at the case's report), CTDC-like. */
export const ageBand = codeList([
  e('0-8', '0–8 tahun', '0–8 years', '0–8 tahun'),
  e('9-17', '9–17 tahun', '9–17 years', '9–17 tahun'),
  e('18-24', '18–24 tahun', '18–24 years', '18–24 tahun'),
  e('25-34', '25–34 tahun', '25–34 years', '25–34 tahun'),
  e('35-44', '35–44 tahun', '35–44 years', '35–44 tahun'),
  e('45+', '45 tahun ke atas', '45 years and over', '45 tahun ke atas'),
  e('unknown', 'Tidak diketahui', 'Unknown', 'Tidak diketahui'),
]);

export const majority = codeList([
  e('minor', 'Anak (< 18)', 'Minor (< 18)', 'Kanak-kanak (< 18)'),
  e('adult', 'Dewasa', 'Adult', 'Dewasa'),
  e('unknown', 'Tidak diketahui', 'Unknown', 'Tidak diketahui'),
]);

/** Buckets of a delay in days (from a tip to its case, from a case to its first referral). */
export const delayBucket = codeList([
  e('0-1', '0–1 hari', '0–1 days', '0–1 hari'),
  e('2-7', '2–7 hari', '2–7 days', '2–7 hari'),
  e('8-30', '8–30 hari', '8–30 days', '8–30 hari'),
  e('31-90', '31–90 hari', '31–90 days', '31–90 hari'),
  e('91+', 'Lebih dari 90 hari', 'More than 90 days', 'Lebih daripada 90 hari'),
]);

export const dashboardItemSchema = dashboardCellSchema.extend({ code: z.string() });
export const dashboardTrendPointSchema = z.object({
  month: monthSchema,
  cases: dashboardCellSchema,
  victims: dashboardCellSchema,
  suspects: dashboardCellSchema,
  tips: dashboardCellSchema,
  interceptions: dashboardCellSchema,
  deportees: dashboardCellSchema,
});
export const delaySchema = z.object({
  count: dashboardCellSchema,
  meanDays: z.number().nullable(),
  buckets: z.array(dashboardItemSchema),
});

/** Indicators an agency publishes as aggregates, and which of Benteng's own counts each compares with. */
export const officialIndicator = codeList([
  e('cases', 'Kasus TPPO', 'TIP cases', 'Kes pemerdagangan orang'),
  e('suspects', 'Tersangka', 'Suspects', 'Suspek'),
  e('victims', 'Korban', 'Victims', 'Mangsa'),
  e('protection_cases', 'Kasus pelindungan PMI', 'Migrant worker protection cases', 'Kes perlindungan PMI'),
  e('stopped_official_ports', 'Dicegah di pelabuhan resmi', 'Stopped at official ports', 'Ditahan di pelabuhan rasmi'),
  e('stopped_unofficial_ports', 'Melalui pelabuhan tidak resmi', 'Via unofficial ports', 'Melalui pelabuhan tidak rasmi'),
  e('deportees', 'Deportan diterima', 'Deportees received', 'Orang yang diusir diterima'),
]);
export type OfficialIndicator = (typeof officialIndicator.codes)[number];

const text = (max: number) => z.string().trim().max(max);

export const officialStatisticRequestSchema = z
  .strictObject({
    publisher: text(200).min(2),
    agencyId: uuidSchema.nullable().default(null),
    indicator: officialIndicator.schema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    value: z.number().int().min(0).max(100_000_000),
    sourceTitle: text(300).min(3),
    sourceUrl: z.url().max(1000).nullable().default(null),
    publishedOn: isoDateSchema.nullable().default(null),
    notes: text(2000).default(''),
  })
  .refine((s) => s.periodStart <= s.periodEnd, { message: 'periodStart must not be after periodEnd', path: ['periodStart'] });
export type OfficialStatisticRequest = z.input<typeof officialStatisticRequestSchema>;

export const officialStatisticUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: text(500).min(3),
  value: z.number().int().min(0).max(100_000_000).optional(),
  sourceTitle: text(300).min(3).optional(),
  sourceUrl: z.url().max(1000).nullable().optional(),
  notes: text(2000).optional(),
});

export const officialStatisticSchema = z.object({
  id: uuidSchema,
  publisher: z.string(),
  agencyId: uuidSchema.nullable(),
  indicator: officialIndicator.schema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  value: z.number().int(),
  sourceTitle: z.string(),
  sourceUrl: z.string().nullable(),
  publishedOn: isoDateSchema.nullable(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type OfficialStatistic = z.infer<typeof officialStatisticSchema>;
export const officialStatisticListSchema = z.object({ items: z.array(officialStatisticSchema) });

/** An official figure beside what Benteng's own records count for the same indicator and period. */
export const officialComparisonSchema = officialStatisticSchema.extend({
  own: dashboardCellSchema,
  /** own − official (null when own is withheld): negative means Benteng holds fewer records. */
  gap: z.number().int().nullable(),
});

export const dashboardSchema = z.object({
  from: monthSchema,
  to: monthSchema,
  /** `visible`: the cases the user may see; `province`: every case, small cells withheld. */
  scope: z.enum(['visible', 'province']),
  minimumCellSize: z.number().int(),
  /** When the pre-aggregated figures were last rebuilt (records changed since then are not yet in). */
  refreshedAt: isoDateTimeSchema.nullable(),
  kpis: z.record(z.enum(dashboardKpiKeys), dashboardCellSchema),
  trend: z.array(dashboardTrendPointSchema),
  breakdowns: z.record(z.enum(dashboardBreakdownKeys), z.array(dashboardItemSchema)),
  tipToCase: delaySchema,
  caseToReferral: delaySchema,
  official: z.array(officialComparisonSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const officialStatisticDeleteSchema = z.strictObject({ version: z.number().int().min(1), reason: text(500).min(3) });
export const dashboardRefreshSchema = z.object({ rows: z.number().int(), ms: z.number() });
