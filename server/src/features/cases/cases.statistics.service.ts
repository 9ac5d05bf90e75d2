import { caseStatus, discoveryChannel, exploitationType, gender } from '#contracts/codes/cases';
import { minimumCellSize, type CaseStatistics, type StatisticCell } from '#contracts/cases';
import type { Deps } from '../../platform/deps';
import * as repo from './cases.statistics.repository';

/** A count as published: below the minimum cell size (but not zero) it is withheld. */
function cell(count: number): StatisticCell {
  return count > 0 && count < minimumCellSize ? { count: null, suppressed: true } : { count, suppressed: false };
}

/**
 * Withholds small cells of a dimension whose cells add up to a published total. When exactly one
 * cell is withheld, the total minus the others would give it away, so the next smallest non-zero
 * cell is withheld as well (complementary suppression). When the total itself is withheld, every
 * cell is.
 */
export function suppressAdditive<T extends { n: number }>(rows: T[], totalSuppressed: boolean): (T & StatisticCell)[] {
  const cells = rows.map((r) => ({ ...r, ...(totalSuppressed && r.n > 0 ? { count: null, suppressed: true } : cell(r.n)) }));
  if (cells.filter((c) => c.suppressed).length === 1) {
    const next = cells.filter((c) => !c.suppressed && c.n > 0).sort((a, b) => a.n - b.n)[0];
    if (next) Object.assign(next, { count: null, suppressed: true });
  }
  return cells;
}

const strip = <T extends { n: number }>({ n: _n, ...rest }: T) => rest;

/**
 * Province-wide aggregates for analysts and coordinators: counts over every case (restricted ones
 * included, never listed), by status, year, discovery channel and exploitation type, and victims
 * by sex; counts from 1 to 2 are suppressed so a small group cannot point at a person.
 */
export async function caseStatistics(deps: Deps): Promise<CaseStatistics> {
  // One snapshot, so the victim and case totals agree with their breakdowns.
  const [counts, byType, bySex] = await deps.db.transaction(
    async (tx) => [await repo.countCases(tx), await repo.countByExploitationType(tx), await repo.countVictimsBySex(tx)] as const,
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const count = (dimension: repo.CountRow['dimension'], value: string | null) =>
    counts.find((r) => r.dimension === dimension && r.value === value)?.n ?? 0;
  const total = cell(count('total', null));
  const victims = cell(bySex.reduce((sum, r) => sum + r.n, 0));
  const years = counts.filter((r) => r.dimension === 'year').map((r) => Number(r.value)).sort((a, b) => a - b);
  return {
    minimumCellSize,
    cases: total,
    victims,
    byStatus: suppressAdditive(
      caseStatus.codes.map((code) => ({ code, n: count('status', code) })),
      total.suppressed,
    ).map(strip),
    byYear: suppressAdditive(
      years.map((year) => ({ year, n: count('year', String(year)) })),
      total.suppressed,
    ).map(strip),
    byDiscoveryChannel: suppressAdditive(
      discoveryChannel.codes.map((code) => ({ code, n: count('channel', code) })),
      total.suppressed,
    ).map(strip),
    byExploitationType: exploitationType.codes.map((code) => ({ code, ...cell(byType.find((r) => r.value === code)?.n ?? 0) })),
    victimsBySex: suppressAdditive(
      gender.codes.map((code) => ({ code, n: bySex.find((r) => r.value === code)?.n ?? 0 })),
      victims.suppressed,
    ).map(strip),
  };
}
