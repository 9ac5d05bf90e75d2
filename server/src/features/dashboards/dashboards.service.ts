import { officialStatisticRequestSchema, type Dashboard, type DashboardBreakdownKey, type DashboardCell, type DashboardKpiKey, type DashboardQuery, type OfficialIndicator } from '#contracts/dashboards';
import { minimumCellSize } from '#contracts/cases';
import { ageBand, delayBucket, majority } from '#contracts/dashboards';
import { systemContext, type Actor, type RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { forbidden } from '../../platform/http/app-error';
import type { JobDefinition } from '../../platform/jobs/queue';
import { recordAudit } from '../audit';
import { actorOf } from '../cases';
import { getState, setState } from '../system';
import { suppressAdditive, suppressCell } from '../statistics';
import { demoOfficialStatistics } from '../../../seeds/official-statistics';
import * as repo from './dashboards.repository';
import * as official from './official.repository';
import { createOfficial, presentOfficial } from './official.service';

const refreshedKey = 'dashboards.refreshed';

/** Rebuilds the pre-aggregated figures from the registry (the `dashboards-refresh` job). */
export async function refreshDashboards(deps: Deps): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const now = deps.clock.now();
  const rows = await deps.db.transaction(async (tx) => {
    const n = await repo.rebuildFacts(tx);
    await setState(tx, refreshedKey, { at: now.toISOString(), rows: n }, now);
    return n;
  });
  return { rows, ms: Math.round(performance.now() - started) };
}

export function dashboardJobs(deps: Deps): JobDefinition[] {
  return [{ name: 'dashboards-refresh', schedule: '*/10 * * * *', run: async () => void (await refreshDashboards(deps)) }];
}

/** Demo mode: the published figures of Polda Kepri and BP3MI Kepri, once, with their sources. */
export async function loadDemoOfficialStatisticsIfEmpty(deps: Deps, now: Date): Promise<number> {
  if ((await official.countOfficial(deps.db)) > 0) return 0;
  const ctx = systemContext(now, 'seed');
  for (const item of demoOfficialStatistics) await createOfficial(deps, ctx, officialStatisticRequestSchema.parse(item));
  return demoOfficialStatistics.length;
}

type Facts = Map<string, { n: number; days: number }>;
const key = (metric: string, dim: string, value = '') => `${metric}|${dim}|${value}`;

function sumFacts(rows: repo.FactRow[], from: string, to: string): Facts {
  const facts: Facts = new Map();
  for (const r of rows) {
    if (r.month < from || r.month > to) continue;
    const k = key(r.metric, r.dim, r.value);
    const f = facts.get(k) ?? { n: 0, days: 0 };
    f.n += Number(r.n);
    f.days += Number(r.days);
    facts.set(k, f);
  }
  return facts;
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    out.push(month);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const kpiFacts: Record<DashboardKpiKey, [string, string, string?]> = {
  cases: ['cases', 'total'],
  suspects: ['suspects', 'total'],
  victims: ['victims', 'total'],
  victimsFemale: ['victims', 'sex', 'female'],
  victimsMale: ['victims', 'sex', 'male'],
  victimsMinor: ['victims', 'majority', 'minor'],
  victimsAdult: ['victims', 'majority', 'adult'],
  tips: ['tips', 'total'],
  interceptionsOfficialPort: ['interceptions', 'place', 'port'],
  interceptionsUnofficialLanding: ['interceptions', 'place', 'unofficial_landing'],
  deportees: ['deportees', 'total'],
};

/** Each breakdown: metric, dimension, and the fixed code order when the codes are a closed list. */
const breakdownFacts: Record<DashboardBreakdownKey, [string, string, (readonly string[])?]> = {
  modus: ['cases', 'modus'],
  exploitationType: ['cases', 'exploitation'],
  industry: ['victims', 'industry'],
  route: ['cases', 'route'],
  port: ['cases', 'port'],
  originProvince: ['victims', 'origin_province'],
  victimSex: ['victims', 'sex'],
  victimAgeBand: ['victims', 'age_band', ageBand.codes],
  victimMajority: ['victims', 'majority', majority.codes],
  interceptionPlace: ['interceptions', 'place'],
  status: ['cases', 'status'],
  discoveryChannel: ['cases', 'channel'],
};

/** Figures an official indicator is compared with. */
const officialFacts: Record<OfficialIndicator, [string, string, string?]> = {
  cases: ['cases', 'total'],
  suspects: ['suspects', 'total'],
  victims: ['victims', 'total'],
  protection_cases: ['victims', 'total'],
  stopped_official_ports: ['interceptions', 'place', 'port'],
  stopped_unofficial_ports: ['interceptions', 'place', 'unofficial_landing'],
  deportees: ['deportees', 'total'],
};

/** Whether the dashboard counts the actor's visible cases or the province (withholding small cells). */
function viewOf(actor: Actor): 'visible' | 'province' {
  if (actor.scope !== 'none') return 'visible';
  if (actor.permissions.has('cases.statistics')) return 'province';
  throw forbidden('Your role sees no case figures');
}

export interface DashboardOptions {
  /** `raw` counts straight from the registry (the benchmark's baseline); default the summary. */
  source?: 'summary' | 'raw';
}

/**
 * The dashboard of a period: KPIs, monthly trend, breakdowns, delays, and the official figures
 * of overlapping periods beside Benteng's own count. Visible view: the cases the user may see
 * (agency scoping and sensitivity as in the case registry: restricted cases only for their agency
 * and those they are shared with). Province view (analysts): every case, counts from 1 to 2
 * withheld.
 */
export async function dashboard(deps: Deps, ctx: RequestContext, query: DashboardQuery, options: DashboardOptions = {}): Promise<Dashboard> {
  const actor = actorOf(ctx);
  const view = viewOf(actor);
  let refreshed = await getState<{ at: string }>(deps.db, refreshedKey);
  if (!refreshed && options.source !== 'raw') {
    await refreshDashboards(deps);
    refreshed = await getState<{ at: string }>(deps.db, refreshedKey);
  }
  const officialRows = await official.listOfficial(deps.db, repo.monthRange(query.from, query.to));
  const span = officialRows.reduce(
    (s, o) => ({ from: o.periodStart.slice(0, 7) < s.from ? o.periodStart.slice(0, 7) : s.from, to: o.periodEnd.slice(0, 7) > s.to ? o.periodEnd.slice(0, 7) : s.to }),
    { from: query.from, to: query.to },
  );
  const read = options.source === 'raw' ? repo.rawFacts : repo.summaryFacts;
  const rows = await read(deps.db, actor, ctx.now, span.from, span.to);
  const facts = sumFacts(rows, query.from, query.to);
  const n = (metric: string, dim: string, value = '') => facts.get(key(metric, dim, value))?.n ?? 0;
  const cell = (count: number): DashboardCell => (view === 'province' ? suppressCell(count, minimumCellSize) : { count, suppressed: false });
  const strip = ({ n: _n, ...rest }: { n: number; code: string } & DashboardCell) => rest;

  const kpis = Object.fromEntries(Object.entries(kpiFacts).map(([k, [m, d, v]]) => [k, cell(n(m, d, v))])) as Dashboard['kpis'];

  const totalsByMonth = new Map<string, number>();
  for (const r of rows) if (r.dim === 'total') totalsByMonth.set(`${r.month}|${r.metric}`, (totalsByMonth.get(`${r.month}|${r.metric}`) ?? 0) + Number(r.n));
  const monthly = (month: string, metric: string) => totalsByMonth.get(`${month}|${metric}`) ?? 0;
  const trend = monthsBetween(query.from, query.to).map((month) => ({
    month,
    cases: cell(monthly(month, 'cases')),
    victims: cell(monthly(month, 'victims')),
    suspects: cell(monthly(month, 'suspects')),
    tips: cell(monthly(month, 'tips')),
    interceptions: cell(monthly(month, 'interceptions')),
    deportees: cell(monthly(month, 'deportees')),
  }));

  const breakdowns = Object.fromEntries(
    Object.entries(breakdownFacts).map(([k, [metric, dim, order]]) => {
      const prefix = `${metric}|${dim}|`;
      const found = [...facts.entries()].filter(([fk]) => fk.startsWith(prefix)).map(([fk, f]) => ({ code: fk.slice(prefix.length), n: f.n }));
      const items = order ? order.map((code) => ({ code, n: found.find((f) => f.code === code)?.n ?? 0 })) : found.sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
      const total = n(metric, 'total');
      const cells = view === 'province' ? suppressAdditive(items, minimumCellSize, total > 0 && total < minimumCellSize) : items.map((i) => ({ ...i, count: i.n, suppressed: false }));
      return [k, cells.map(strip)];
    }),
  ) as Dashboard['breakdowns'];

  const delay = (metric: string) => {
    const total = facts.get(key(metric, 'total'));
    const count = cell(total?.n ?? 0);
    return {
      count,
      meanDays: total && total.n > 0 && !count.suppressed ? Math.round((total.days / total.n) * 10) / 10 : null,
      buckets: delayBucket.codes.map((code) => ({ code, ...cell(n(metric, 'bucket', code)) })),
    };
  };

  const officialCompared = officialRows.map((o) => {
    const [m, d, v] = officialFacts[o.indicator as OfficialIndicator];
    const own = cell(sumFacts(rows, o.periodStart.slice(0, 7), o.periodEnd.slice(0, 7)).get(key(m, d, v))?.n ?? 0);
    return { ...presentOfficial(o), own, gap: own.count === null ? null : own.count - o.value };
  });

  return {
    from: query.from,
    to: query.to,
    scope: view,
    minimumCellSize,
    refreshedAt: refreshed?.at ?? null,
    kpis,
    trend,
    breakdowns,
    tipToCase: delay('tip_to_case'),
    caseToReferral: delay('case_to_referral'),
    official: officialCompared,
  };
}

/** A manual rebuild (coordinators, after a bulk load); audited. */
export async function refreshNow(deps: Deps, ctx: RequestContext): Promise<{ rows: number; ms: number }> {
  const result = await refreshDashboards(deps);
  await deps.db.transaction((tx) => recordAudit(tx, ctx, { action: 'dashboards.refresh', details: result }));
  return result;
}
