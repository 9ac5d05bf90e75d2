import type { Locale } from '#contracts/common';

/** The report's own words in each language (code-list labels come from the contracts). */
export interface ReportMessages {
  title: { month: string; quarter: string };
  period: string;
  scopeVisible: string;
  scopeProvince: string;
  source: string;
  sourcePending: string;
  generated: string;
  kpis: string;
  trend: string;
  breakdowns: string;
  delays: string;
  official: string;
  officialNote: string;
  noOfficial: string;
  figure: string;
  count: string;
  month: string;
  category: string;
  withheld: string;
  unknown: string;
  unnamedPort: string;
  meanDays: string;
  officialValue: string;
  own: string;
  gap: string;
  sourceColumn: string;
  publisher: string;
  periodColumn: string;
  series: Record<'cases' | 'victims' | 'suspects' | 'tips' | 'interceptions' | 'deportees', string>;
  delayTitles: { tipToCase: string; caseToReferral: string };
  sheets: { summary: string; trend: string; breakdowns: string; official: string };
}

const id: ReportMessages = {
  title: { month: 'Laporan bulanan TPPO Kepulauan Riau', quarter: 'Laporan triwulanan TPPO Kepulauan Riau' },
  period: 'Periode: {period}',
  scopeVisible: 'Cakupan: kasus yang boleh dilihat oleh {name}.',
  scopeProvince: 'Cakupan: seluruh provinsi; angka 1 sampai {max} disembunyikan.',
  source: 'Sumber: catatan Benteng, diperbarui {time}.',
  sourcePending: 'Sumber: catatan Benteng.',
  generated: 'Dibuat {time} untuk {name}.',
  kpis: 'Angka utama',
  trend: 'Tren bulanan',
  breakdowns: 'Rincian',
  delays: 'Kecepatan penanganan',
  official: 'Angka resmi dan catatan Benteng',
  officialNote: 'Selisih = catatan Benteng − angka resmi; negatif berarti Benteng mencatat lebih sedikit.',
  noOfficial: 'Tidak ada angka resmi yang periodenya bersinggungan dengan periode ini.',
  figure: 'Angka',
  count: 'Jumlah',
  month: 'Bulan',
  category: 'Kategori',
  withheld: 'disembunyikan',
  unknown: 'Tidak diketahui',
  unnamedPort: 'Pelabuhan resmi (tidak disebut)',
  meanDays: 'Rata-rata (hari)',
  officialValue: 'Angka resmi',
  own: 'Catatan Benteng',
  gap: 'Selisih',
  sourceColumn: 'Sumber',
  publisher: 'Penerbit',
  periodColumn: 'Periode angka',
  series: { cases: 'Kasus', victims: 'Korban', suspects: 'Tersangka', tips: 'Laporan', interceptions: 'Intersepsi', deportees: 'Deportan' },
  delayTitles: { tipToCase: 'Dari laporan masyarakat sampai kasus', caseToReferral: 'Dari kasus sampai rujukan korban pertama' },
  sheets: { summary: 'Ringkasan', trend: 'Tren', breakdowns: 'Rincian', official: 'Angka resmi' },
};

const en: ReportMessages = {
  title: { month: 'Monthly TIP report, Riau Islands', quarter: 'Quarterly TIP report, Riau Islands' },
  period: 'Period: {period}',
  scopeVisible: 'Scope: the cases {name} may see.',
  scopeProvince: 'Scope: the whole province; counts from 1 to {max} withheld.',
  source: 'Source: Benteng records, refreshed {time}.',
  sourcePending: 'Source: Benteng records.',
  generated: 'Made {time} for {name}.',
  kpis: 'Key figures',
  trend: 'Monthly trend',
  breakdowns: 'Breakdowns',
  delays: 'Speed of response',
  official: 'Official figures and Benteng’s records',
  officialNote: 'Gap = Benteng’s records − the official figure; negative means Benteng holds fewer records.',
  noOfficial: 'No official figure covers part of this period.',
  figure: 'Figure',
  count: 'Count',
  month: 'Month',
  category: 'Category',
  withheld: 'withheld',
  unknown: 'Unknown',
  unnamedPort: 'Official port (not named)',
  meanDays: 'Mean (days)',
  officialValue: 'Official figure',
  own: 'Benteng’s records',
  gap: 'Gap',
  sourceColumn: 'Source',
  publisher: 'Publisher',
  periodColumn: 'Period of the figure',
  series: { cases: 'Cases', victims: 'Victims', suspects: 'Suspects', tips: 'Tips', interceptions: 'Interceptions', deportees: 'Deportees' },
  delayTitles: { tipToCase: 'From a community tip to a case', caseToReferral: 'From a case to the first victim referral' },
  sheets: { summary: 'Summary', trend: 'Trend', breakdowns: 'Breakdowns', official: 'Official figures' },
};

const ms: ReportMessages = {
  title: { month: 'Laporan bulanan pemerdagangan orang, Kepulauan Riau', quarter: 'Laporan suku tahunan pemerdagangan orang, Kepulauan Riau' },
  period: 'Tempoh: {period}',
  scopeVisible: 'Skop: kes yang boleh dilihat oleh {name}.',
  scopeProvince: 'Skop: seluruh wilayah; angka 1 hingga {max} disembunyikan.',
  source: 'Sumber: rekod Benteng, dikemas kini {time}.',
  sourcePending: 'Sumber: rekod Benteng.',
  generated: 'Dibuat {time} untuk {name}.',
  kpis: 'Angka utama',
  trend: 'Trend bulanan',
  breakdowns: 'Pecahan',
  delays: 'Kepantasan tindakan',
  official: 'Angka rasmi dan rekod Benteng',
  officialNote: 'Jurang = rekod Benteng − angka rasmi; negatif bermaksud Benteng merekodkan lebih sedikit.',
  noOfficial: 'Tiada angka rasmi yang tempohnya bertindih dengan tempoh ini.',
  figure: 'Angka',
  count: 'Bilangan',
  month: 'Bulan',
  category: 'Kategori',
  withheld: 'disembunyikan',
  unknown: 'Tidak diketahui',
  unnamedPort: 'Pelabuhan rasmi (tidak dinamakan)',
  meanDays: 'Purata (hari)',
  officialValue: 'Angka rasmi',
  own: 'Rekod Benteng',
  gap: 'Jurang',
  sourceColumn: 'Sumber',
  publisher: 'Penerbit',
  periodColumn: 'Tempoh angka',
  series: { cases: 'Kes', victims: 'Mangsa', suspects: 'Suspek', tips: 'Maklumat', interceptions: 'Pemintasan', deportees: 'Diusir' },
  delayTitles: { tipToCase: 'Dari maklumat orang awam hingga kes', caseToReferral: 'Dari kes hingga rujukan mangsa pertama' },
  sheets: { summary: 'Ringkasan', trend: 'Trend', breakdowns: 'Pecahan', official: 'Angka rasmi' },
};

export const reportMessages: Record<Locale, ReportMessages> = { id, en, ms };

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
