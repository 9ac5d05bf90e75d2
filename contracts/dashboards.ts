import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, localeSchema, uuidSchema } from './common';
import { caseStatus, discoveryChannel, exploitationType, gender, isicSection, placeKind, recruitmentMethod } from './codes/cases';
import { codeList, e, type CodeList } from './codes/code-list';

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

/** The KPIs' names, shared by the page and the reports. */
export const dashboardKpi = codeList([
  e('cases', 'Kasus', 'Cases', 'Kes'),
  e('suspects', 'Tersangka', 'Suspects', 'Suspek'),
  e('victims', 'Korban', 'Victims', 'Mangsa'),
  e('victimsFemale', 'Korban perempuan', 'Female victims', 'Mangsa perempuan'),
  e('victimsMale', 'Korban laki-laki', 'Male victims', 'Mangsa lelaki'),
  e('victimsMinor', 'Korban anak (< 18)', 'Child victims (< 18)', 'Mangsa kanak-kanak (< 18)'),
  e('victimsAdult', 'Korban dewasa', 'Adult victims', 'Mangsa dewasa'),
  e('tips', 'Laporan masyarakat', 'Community tips', 'Maklumat orang awam'),
  e('interceptionsOfficialPort', 'Dicegah di pelabuhan resmi', 'Stopped at official ports', 'Ditahan di pelabuhan rasmi'),
  e('interceptionsUnofficialLanding', 'Dicegah di jalur tikus', 'Stopped at unofficial landings', 'Ditahan di laluan tikus'),
  e('deportees', 'Deportan diterima', 'Deportees received', 'Orang yang diusir diterima'),
]);

/** Each breakdown's title, shared by the page and the reports. */
export const dashboardBreakdown = codeList([
  e('modus', 'Kasus menurut modus perekrutan', 'Cases by recruitment method', 'Kes mengikut cara perekrutan'),
  e('exploitationType', 'Kasus menurut jenis eksploitasi', 'Cases by type of exploitation', 'Kes mengikut jenis eksploitasi'),
  e('industry', 'Korban menurut sektor kerja paksa', 'Victims by forced-labour sector', 'Mangsa mengikut sektor kerja paksa'),
  e('route', 'Kasus menurut rute (titik berangkat → negara tujuan)', 'Cases by route (departure point → destination country)', 'Kes mengikut laluan (titik berlepas → negara destinasi)'),
  e('port', 'Kasus menurut pelabuhan', 'Cases by port', 'Kes mengikut pelabuhan'),
  e('originProvince', 'Korban menurut provinsi asal', 'Victims by province of origin', 'Mangsa mengikut wilayah asal'),
  e('victimSex', 'Korban menurut jenis kelamin', 'Victims by sex', 'Mangsa mengikut jantina'),
  e('victimAgeBand', 'Korban menurut kelompok umur', 'Victims by age band', 'Mangsa mengikut kumpulan umur'),
  e('victimMajority', 'Korban anak dan dewasa', 'Child and adult victims', 'Mangsa kanak-kanak dan dewasa'),
  e('interceptionPlace', 'Intersepsi menurut tempat', 'Interceptions by place', 'Pemintasan mengikut tempat'),
  e('status', 'Kasus menurut status', 'Cases by status', 'Kes mengikut status'),
  e('discoveryChannel', 'Kasus menurut cara ditemukan', 'Cases by how they came to light', 'Kes mengikut cara ditemui'),
]);

/** The code list each closed-list breakdown counts by (the others are ports, provinces, routes). */
export const breakdownCodeLists: Partial<Record<DashboardBreakdownKey, CodeList<string>>> = {
  modus: recruitmentMethod,
  exploitationType,
  industry: isicSection,
  victimSex: gender,
  victimAgeBand: ageBand,
  victimMajority: majority,
  interceptionPlace: placeKind,
  status: caseStatus,
  discoveryChannel,
};

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

/** A month (`2025-03`) or a quarter (`2025-Q1`) of the periodic report. */
export const dashboardReportKinds = ['month', 'quarter'] as const;
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'Quarter as YYYY-Qn');

export const dashboardReportRequestSchema = z
  .strictObject({ kind: z.enum(dashboardReportKinds), period: z.string().trim().max(10) })
  .refine((r) => (r.kind === 'month' ? monthSchema : quarterSchema).safeParse(r.period).success, {
    message: 'period must be YYYY-MM for a month, YYYY-Qn for a quarter',
    path: ['period'],
  });
export type DashboardReportRequest = z.infer<typeof dashboardReportRequestSchema>;

/** The months a report period covers: `2025-Q2` → 2025-04 … 2025-06. */
export function reportMonths(kind: (typeof dashboardReportKinds)[number], period: string): DashboardQuery {
  if (kind === 'month') return { from: period, to: period };
  const year = period.slice(0, 4);
  const quarter = Number(period.slice(-1));
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  return { from: month(quarter * 3 - 2), to: month(quarter * 3) };
}

/**
 * A report as the requester sees it: made by a background job, in the requester's language, with
 * the figures the requester may see; `pdf` and `xlsx` download once `status` is `done`.
 */
export const dashboardReportSchema = z.object({
  id: uuidSchema,
  kind: z.enum(dashboardReportKinds),
  period: z.string(),
  from: monthSchema,
  to: monthSchema,
  locale: localeSchema,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  createdAt: isoDateTimeSchema,
  finishedAt: isoDateTimeSchema.nullable(),
});
export type DashboardReport = z.infer<typeof dashboardReportSchema>;
export const dashboardReportListSchema = z.object({ items: z.array(dashboardReportSchema) });
export const dashboardReportFileParamsSchema = z.strictObject({ id: uuidSchema, format: z.enum(['pdf', 'xlsx']) });
