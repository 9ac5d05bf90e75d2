import { caseWorkflow, type CaseStatus } from '#contracts/cases';
import type { Random } from './random';

/*
 * A synthetic case's path through the workflow: from `reported`, one allowed move after another,
 * each after a plausible number of days, until the next move would fall after the end of the data
 * set or the case stalls. Older cases are therefore further along, as in a real registry.
 */

export interface StatusStep {
  from: CaseStatus | null;
  to: CaseStatus;
  /** Days after the report. */
  day: number;
  reason: string;
}

/** Days a case typically stays in a status before it moves on. */
const daysIn: Record<CaseStatus, readonly [number, number]> = {
  reported: [1, 21],
  verified: [7, 60],
  investigation: [30, 240],
  prosecution: [30, 180],
  court_decision: [14, 90],
  closed: [60, 400],
  closed_referred: [60, 400],
};

/** Relative weights of the next status (only moves `caseWorkflow` allows; checked by the tests). */
const nextWeights: Record<CaseStatus, readonly (readonly [CaseStatus, number])[]> = {
  reported: [
    ['verified', 90],
    ['closed', 5],
    ['closed_referred', 5],
  ],
  verified: [
    ['investigation', 78],
    ['closed', 10],
    ['closed_referred', 12],
  ],
  investigation: [
    ['prosecution', 82],
    ['closed', 8],
    ['closed_referred', 10],
  ],
  prosecution: [
    ['court_decision', 95],
    ['closed_referred', 5],
  ],
  court_decision: [['closed', 1]],
  closed: [['verified', 1]],
  closed_referred: [['verified', 1]],
};

/** Chance that a case stops moving in a status (investigations drag on; closed cases stay closed). */
const stallChance: Record<CaseStatus, number> = {
  reported: 0.05,
  verified: 0.12,
  investigation: 0.3,
  prosecution: 0.15,
  court_decision: 0.2,
  closed: 0.985,
  closed_referred: 0.985,
};

const reasons: Record<CaseStatus, readonly string[]> = {
  reported: ['Kasus dicatat dari laporan awal (data sintetis).'],
  verified: [
    'Laporan diverifikasi: indikasi TPPO terpenuhi (data sintetis).',
    'Keterangan korban dan dokumen dicocokkan (data sintetis).',
  ],
  investigation: [
    'Naik ke penyidikan setelah gelar perkara (data sintetis).',
    'Surat perintah penyidikan diterbitkan (data sintetis).',
  ],
  prosecution: ['Berkas perkara dinyatakan lengkap dan diserahkan ke kejaksaan (data sintetis).'],
  court_decision: ['Putusan pengadilan negeri dibacakan (data sintetis).'],
  closed: [
    'Kasus ditutup: putusan berkekuatan hukum tetap atau unsur tidak terpenuhi (data sintetis).',
    'Kasus ditutup setelah korban dipulangkan (data sintetis).',
  ],
  closed_referred: [
    'Dirujuk ke BP3MI dan dinas sosial daerah asal untuk pemulangan dan reintegrasi (data sintetis).',
    'Dirujuk ke instansi lain yang berwenang (data sintetis).',
  ],
};

/**
 * The status history of a case reported `daysAvailable` days before the end of the data set.
 * `referralBias` > 1 makes closing by referral likelier (deportee cases go back to their regions).
 */
export function walkWorkflow(rng: Random, daysAvailable: number, referralBias = 1): StatusStep[] {
  const steps: StatusStep[] = [{ from: null, to: 'reported', day: 0, reason: reasons.reported[0]! }];
  let status: CaseStatus = 'reported';
  let day = 0;
  for (let moves = 0; moves < 8; moves++) {
    if (rng.chance(stallChance[status])) break;
    const [min, max] = daysIn[status];
    const nextDay = day + rng.int(min, max);
    if (nextDay > daysAvailable) break;
    const weights: (readonly [CaseStatus, number])[] = nextWeights[status].map(([s, w]) => [
      s,
      s === 'closed_referred' ? w * referralBias : w,
    ]);
    const next: CaseStatus = rng.weighted(weights);
    if (!caseWorkflow[status].includes(next)) throw new Error(`workflow table allows ${status} → ${next}`);
    const reason =
      status === 'closed' || status === 'closed_referred'
        ? 'Dibuka kembali: ada fakta baru (data sintetis).'
        : rng.pick(reasons[next]);
    steps.push({ from: status, to: next, day: nextDay, reason });
    status = next;
    day = nextDay;
  }
  return steps;
}
