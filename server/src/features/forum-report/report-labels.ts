import { dashboardKpiKeys, type DashboardKpiKey } from '#contracts/dashboards';
import type { PatrolKind } from '#contracts/patrols';
import type { ActionItemStatus } from '#contracts/taskforce';
import type { ForumLanguage } from '../taskforce';

/** The report's indicators, in the dashboards' order; adult victims follow from victims and children. */
export const reportIndicators = dashboardKpiKeys.filter((k): k is Exclude<DashboardKpiKey, 'victimsAdult'> => k !== 'victimsAdult');
export type ReportIndicator = (typeof reportIndicators)[number];

/** The figures a patrol report gives, in the report's order. */
export const patrolFigures = ['peopleIntercepted', 'boatsIntercepted', 'landingsFound', 'casesOpened'] as const;
export type PatrolFigure = (typeof patrolFigures)[number];

/** The forum report's words in the forum's two languages; the layout puts them side by side. */
export const reportLabels: Record<
  ForumLanguage,
  {
    language: string;
    title: string;
    meeting: string;
    place: string;
    online: string;
    period: string;
    periodNote: (previous: string | null) => string;
    participants: string;
    indicators: string;
    indicatorsSource: string;
    indicator: Record<ReportIndicator, string>;
    followUp: string;
    followUpCounts: (c: { open: number; overdue: number; done: number; decided: number }) => string;
    decisions: string;
    actionItems: string;
    noActionItems: string;
    owner: string;
    due: string;
    status: Record<ActionItemStatus, string>;
    overdue: string;
    evidence: string;
    generated: string;
    page: (n: number, of: number) => string;
    patrols: string;
    patrolsWindow: (since: string, until: string, previous: boolean) => string;
    patrolsScope: string;
    noPatrols: string;
    patrolKind: Record<PatrolKind, string>;
    patrolCount: (patrols: number, reported: number) => string;
    patrolFigure: Record<PatrolFigure, string>;
    notReported: string;
    total: string;
  }
> = {
  id: {
    language: 'Bahasa Indonesia',
    title: 'Laporan Forum',
    meeting: 'Rapat',
    place: 'Tempat',
    online: 'Daring',
    period: 'Periode indikator',
    periodNote: (previous) => (previous ? `sejak rapat sebelumnya (${previous})` : 'tiga bulan terakhir (belum ada rapat sebelumnya)'),
    participants: 'Peserta',
    indicators: 'Indikator TPPO',
    indicatorsSource: 'Sumber: dasbor Benteng, bulan penuh, data yang dapat dilihat pembuat laporan.',
    indicator: {
      cases: 'Kasus TPPO',
      suspects: 'Tersangka',
      victims: 'Korban',
      victimsFemale: 'Korban perempuan',
      victimsMale: 'Korban laki-laki',
      victimsMinor: 'Korban anak',
      tips: 'Laporan masyarakat',
      interceptionsOfficialPort: 'Dicegah di pelabuhan resmi',
      interceptionsUnofficialLanding: 'Dicegah di jalur tikus',
      deportees: 'Deportan diterima',
    },
    followUp: 'Tindak lanjut',
    followUpCounts: (c) => `${c.decided} diputuskan di rapat ini; ${c.open} terbuka, ${c.overdue} lewat tenggat, ${c.done} selesai sejak rapat sebelumnya.`,
    decisions: 'Keputusan',
    actionItems: 'Tindak lanjut dan statusnya',
    noActionItems: 'Tidak ada tindak lanjut.',
    owner: 'Penanggung jawab',
    due: 'Tenggat',
    status: { open: 'Terbuka', in_progress: 'Berjalan', done: 'Selesai', dropped: 'Dibatalkan' },
    overdue: 'LEWAT TENGGAT',
    evidence: 'Bukti',
    generated: 'Dibuat',
    page: (n, of) => `Halaman ${n} dari ${of}`,
    patrols: 'Hasil patroli bersama',
    patrolsWindow: (since, until, previous) => `Dimulai ${since} – ${until}${previous ? ' (sejak rapat sebelumnya)' : ''}`,
    patrolsScope: 'Patroli dan operasi forum ini atau tanpa forum, yang dapat dilihat pembuat laporan.',
    noPatrols: 'Tidak ada patroli bersama dalam periode ini.',
    patrolKind: { patrol: 'Patroli', operation: 'Operasi' },
    patrolCount: (patrols, reported) => `Patroli dan operasi: ${patrols} (${reported} sudah dilaporkan)`,
    patrolFigure: { peopleIntercepted: 'Orang dicegat', boatsIntercepted: 'Kapal dicegat', landingsFound: 'Jalur tikus ditemukan', casesOpened: 'Kasus dibuka' },
    notReported: 'Belum dilaporkan',
    total: 'Jumlah',
  },
  ms: {
    language: 'Bahasa Malaysia',
    title: 'Laporan Forum',
    meeting: 'Mesyuarat',
    place: 'Tempat',
    online: 'Dalam talian',
    period: 'Tempoh penunjuk',
    periodNote: (previous) => (previous ? `sejak mesyuarat terdahulu (${previous})` : 'tiga bulan terakhir (tiada mesyuarat terdahulu)'),
    participants: 'Peserta',
    indicators: 'Penunjuk pemerdagangan orang (TPPO)',
    indicatorsSource: 'Sumber: papan pemuka Benteng, bulan penuh, data yang boleh dilihat oleh penyedia laporan.',
    indicator: {
      cases: 'Kes pemerdagangan orang',
      suspects: 'Suspek',
      victims: 'Mangsa',
      victimsFemale: 'Mangsa perempuan',
      victimsMale: 'Mangsa lelaki',
      victimsMinor: 'Mangsa kanak-kanak',
      tips: 'Laporan orang awam',
      interceptionsOfficialPort: 'Ditahan di pelabuhan rasmi',
      interceptionsUnofficialLanding: 'Ditahan di pendaratan haram (jalur tikus)',
      deportees: 'Orang yang diusir diterima',
    },
    followUp: 'Tindakan susulan',
    followUpCounts: (c) => `${c.decided} diputuskan dalam mesyuarat ini; ${c.open} terbuka, ${c.overdue} melepasi tarikh akhir, ${c.done} selesai sejak mesyuarat terdahulu.`,
    decisions: 'Keputusan',
    actionItems: 'Tindakan susulan dan statusnya',
    noActionItems: 'Tiada tindakan susulan.',
    owner: 'Pemilik',
    due: 'Tarikh akhir',
    status: { open: 'Terbuka', in_progress: 'Sedang berjalan', done: 'Selesai', dropped: 'Dibatalkan' },
    overdue: 'MELEPASI TARIKH AKHIR',
    evidence: 'Bukti',
    generated: 'Dijana',
    page: (n, of) => `Halaman ${n} daripada ${of}`,
    patrols: 'Hasil rondaan bersama',
    patrolsWindow: (since, until, previous) => `Bermula ${since} – ${until}${previous ? ' (sejak mesyuarat terdahulu)' : ''}`,
    patrolsScope: 'Rondaan dan operasi forum ini atau tanpa forum, yang boleh dilihat oleh penyedia laporan.',
    noPatrols: 'Tiada rondaan bersama dalam tempoh ini.',
    patrolKind: { patrol: 'Rondaan', operation: 'Operasi' },
    patrolCount: (patrols, reported) => `Rondaan dan operasi: ${patrols} (${reported} telah dilaporkan)`,
    patrolFigure: { peopleIntercepted: 'Orang dipintas', boatsIntercepted: 'Bot dipintas', landingsFound: 'Pendaratan haram (jalur tikus) ditemui', casesOpened: 'Kes dibuka' },
    notReported: 'Belum dilaporkan',
    total: 'Jumlah',
  },
};

const intlLocale: Record<ForumLanguage, string> = { id: 'id-ID', ms: 'ms-MY' };

/** An instant as the forum reads it: date and time in WIB. */
export function formatWib(instant: Date | string, language: ForumLanguage): string {
  const text = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: 'Asia/Jakarta' }).format(new Date(instant));
  return `${text} WIB`;
}

/** A calendar day (YYYY-MM-DD) in the language. */
export function formatDay(day: string, language: ForumLanguage): string {
  return new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A month (YYYY-MM) in the language, e.g. "November 2026". */
export function formatMonth(month: string, language: ForumLanguage): string {
  return new Intl.DateTimeFormat(intlLocale[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
