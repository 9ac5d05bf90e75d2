import { stringify } from 'csv-stringify/sync';
import { exploitationType, gender } from '#contracts/codes/cases';
import { ageBand } from '#contracts/dashboards';
import type { Locale } from '#contracts/common';
import {
  openDataK,
  openDataQuasiIdentifiers,
  publicMinimumCell,
  publicRoundingStep,
  type PublicCell,
  type PublicStatistics,
} from '#contracts/statistics';
import type { Deps } from '../../platform/deps';
import { getState } from '../system';
import { refreshDashboards } from '../dashboards';
import { regionNames } from '../reference';
import { kAnonymousGroups, publicCell } from './suppression';
import * as repo from './statistics.repository';

const cell = (n: number): PublicCell => publicCell(n, publicMinimumCell, publicRoundingStep);

/**
 * The public figures: province-wide (restricted cases counted, never described), per year or all
 * years, from the dashboards' pre-aggregated figures; every count withheld below the minimum and
 * rounded; geography no finer than kabupaten/kota.
 */
export async function publicStatistics(deps: Deps, year: number | undefined, locale: Locale): Promise<PublicStatistics> {
  let refreshed = await getState<{ at: string }>(deps.db, 'dashboards.refreshed');
  if (!refreshed) {
    await refreshDashboards(deps);
    refreshed = await getState<{ at: string }>(deps.db, 'dashboards.refreshed');
  }
  const all = await repo.yearlyFacts(deps.db);
  const years = [...new Set(all.map((f) => f.year))].sort((a, b) => a - b);
  const facts = all.filter((f) => year === undefined || f.year === year);
  const n = (metric: string, dim = 'total', value = '') =>
    facts.filter((f) => f.metric === metric && f.dim === dim && f.value === value).reduce((s, f) => s + f.n, 0);
  const items = (metric: string, dim: string, codeList?: { codes: readonly string[]; label: (code: never, locale: Locale) => string }) => {
    const codes = codeList?.codes;
    const label = (code: string) => (codeList ? codeList.label(code as never, locale) : code);
    const found = new Map<string, number>();
    for (const f of facts) if (f.metric === metric && f.dim === dim) found.set(f.value, (found.get(f.value) ?? 0) + f.n);
    const list = codes ? codes.map((code) => ({ code, n: found.get(code) ?? 0 })) : [...found].map(([code, v]) => ({ code, n: v }));
    return list.sort((a, b) => (codes ? 0 : b.n - a.n)).map(({ code, n: v }) => ({ code, label: label(code), ...cell(v) }));
  };
  const kabupaten = items('cases', 'kabupaten');
  const names = await regionNames(deps.db, kabupaten.map((k) => k.code));
  const ofYear = (y: number, metric: string) => all.filter((f) => f.year === y && f.metric === metric && f.dim === 'total').reduce((s, f) => s + f.n, 0);
  return {
    year: year ?? null,
    years,
    minimumCell: publicMinimumCell,
    roundingStep: publicRoundingStep,
    openDataK,
    updatedAt: refreshed?.at ?? null,
    totals: {
      cases: cell(n('cases')),
      victims: cell(n('victims')),
      suspects: cell(n('suspects')),
      interceptionsOfficialPort: cell(n('interceptions', 'place', 'port')),
      interceptionsUnofficialLanding: cell(n('interceptions', 'place', 'unofficial_landing')),
      deportees: cell(n('deportees')),
    },
    byYear: years.map((y) => ({ year: y, cases: cell(ofYear(y, 'cases')), victims: cell(ofYear(y, 'victims')) })),
    victimsBySex: items('victims', 'sex', gender),
    victimsByAgeBand: items('victims', 'age_band', ageBand),
    casesByExploitationType: items('cases', 'exploitation', exploitationType),
    casesByKabupaten: kabupaten.map((k) => ({ ...k, label: names.get(k.code) ?? k.code })),
  };
}

/**
 * The open-data CSV: one row per combination of the quasi-identifiers shared by at least k
 * victims (the others are left out), with the count rounded down to the rounding step. A first
 * comment line states the rules.
 */
export async function openDataCsv(deps: Deps): Promise<{ csv: string; rows: number; withheldVictims: number }> {
  const groups = await repo.openDataGroups(deps.db);
  const { kept, withheld } = kAnonymousGroups(groups, openDataK);
  const columns = [...openDataQuasiIdentifiers, 'victims'];
  const csv =
    `\ufeff${stringify([columns])}` +
    stringify(kept.map((g) => [...openDataQuasiIdentifiers.map((q) => g[q]), Math.floor(g.n / publicRoundingStep) * publicRoundingStep]));
  return { csv, rows: kept.length, withheldVictims: withheld };
}
