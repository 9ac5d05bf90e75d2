import type { OfficialStatisticRequest } from '#contracts/dashboards';

/**
 * Published aggregate figures loaded in demo mode beside the synthetic cases, so the dashboards
 * show the gap between what agencies publish and what Benteng's records count. Origin: the
 * project's field notes (shared/DESIGN.md "Why it exists" and shared/domain/indonesia-malaysia.md
 * §6); facts, not copyrightable text. Verify against the publisher before quoting them officially.
 */
const polda = {
  publisher: 'Polda Kepri',
  periodStart: '2024-01-01',
  periodEnd: '2024-08-31',
  sourceTitle: 'Polda Kepri, rilis pengungkapan kasus TPPO Januari–Agustus 2024 (sebagaimana dikutip dalam catatan lapangan Benteng)',
  sourceUrl: null,
  notes: 'Angka contoh mode demo. Tautan rilis asli belum dicatat; periksa ke Bidhumas Polda Kepri sebelum dikutip.',
} as const;

const bp3mi = {
  publisher: 'BP3MI Kepulauan Riau',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-05',
  sourceTitle: 'BP3MI Kepri, data pelindungan PMI 2024 s.d. 5 Desember 2024 (wantimpres.go.id, Desember 2024)',
  sourceUrl: null,
  notes: 'Angka contoh mode demo, dari pemberitaan wantimpres.go.id (Desember 2024). Deportan dari negara tetangga, diterima melalui Batam.',
} as const;

export const demoOfficialStatistics: OfficialStatisticRequest[] = [
  { ...polda, indicator: 'cases', value: 60 },
  { ...polda, indicator: 'suspects', value: 103 },
  { ...polda, indicator: 'victims', value: 132 },
  { ...bp3mi, indicator: 'protection_cases', value: 2603 },
  { ...bp3mi, indicator: 'stopped_official_ports', value: 950 },
  { ...bp3mi, indicator: 'stopped_unofficial_ports', value: 253 },
  { ...bp3mi, indicator: 'deportees', value: 1520 },
];
