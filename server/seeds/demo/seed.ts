import type { Deps } from '../../src/platform/deps';
import { systemContext } from '../../src/platform/context';
import { AppError } from '../../src/platform/http/app-error';
import { recordAudit } from '../../src/features/audit';
import { refreshCaseFacets } from '../../src/features/cases';
import { generateCase, type CaseBundle } from './generate';
import { loadWorld } from './places';
import type { RunPlan } from './plan';
import {
  analyzeCaseTables,
  countExistingCases,
  hasAnyCase,
  lockSyntheticLoad,
  withoutJit,
  writeBundles,
} from './writer';

/*
 * Loads a synthetic data set: generates cases in batches (memory stays flat whatever the size),
 * writes each batch in one transaction with its case facets, and records one `system.seed` audit
 * entry per run, in the first batch's transaction.
 */

export interface SeedOptions {
  cases: number;
  seed?: string;
  years?: number;
  /** Last day of the data set (YYYY-MM-DD); today (WIB) by default. */
  until?: string;
  /** Load only into a registry without cases (the demo start); answers null otherwise. */
  onlyIfEmpty?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedReport {
  plan: RunPlan;
  cases: number;
  persons: number;
  routeEvents: number;
  statusChanges: number;
  shares: number;
  /** Victims recorded a second time by another agency (spelling variants). */
  secondRecordings: number;
  /** Wall time, and the time spent generating and writing (they overlap). */
  seconds: number;
  generateSeconds: number;
  writeSeconds: number;
}

/** The default demo data set: about 150 cases over the last two years. */
export const demoDataSet = { cases: 150, seed: 'demo', years: 2 } as const;

const wibDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

function planFor(options: SeedOptions, now: Date): RunPlan {
  const years = options.years ?? 2;
  if (!Number.isInteger(options.cases) || options.cases < 1 || options.cases > 2_000_000)
    throw new AppError('VALIDATION_FAILED', '--cases must be a whole number from 1 to 2,000,000');
  if (!Number.isInteger(years) || years < 1 || years > 20)
    throw new AppError('VALIDATION_FAILED', '--years must be a whole number from 1 to 20');
  const today = wibDay(now);
  const until = options.until ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until)) || until > today) {
    throw new AppError('VALIDATION_FAILED', '--until must be a date (YYYY-MM-DD) not after today');
  }
  // The end of `until` in WIB, or now when the data set ends today.
  const endsAt = until === today ? now : new Date(Date.parse(`${until}T16:59:59.999Z`));
  return { seed: options.seed ?? 'benteng', cases: options.cases, years, until, endsAt };
}

type Totals = Omit<SeedReport, 'plan' | 'seconds' | 'generateSeconds' | 'writeSeconds'>;

function count(totals: Totals, bundles: readonly CaseBundle[]): void {
  const sum = (f: (b: CaseBundle) => number) => bundles.reduce((n, b) => n + f(b), 0);
  totals.cases += bundles.length;
  totals.persons += sum((b) => b.persons.length);
  totals.routeEvents += sum((b) => b.routeEvents.length);
  totals.statusChanges += sum((b) => b.statusChanges.length);
  totals.shares += sum((b) => b.shares.length);
  totals.secondRecordings += sum((b) => b.persons.filter((p) => p.provenance.twinOf).length);
}

/**
 * Generates and writes a synthetic data set; null when `onlyIfEmpty` found cases already. The
 * next batch is generated while the database writes the previous one (two cores, both busy).
 */
export async function seedSyntheticCases(deps: Deps, options: SeedOptions): Promise<SeedReport | null> {
  const started = performance.now();
  const plan = planFor(options, deps.clock.now());
  const ctx = systemContext(deps.clock.now(), 'seed');
  const world = await loadWorld(deps.db);
  const batchSize = options.batchSize ?? 1000;
  const totals: Totals = {
    cases: 0,
    persons: 0,
    routeEvents: 0,
    statusChanges: 0,
    shares: 0,
    secondRecordings: 0,
  };
  const time = { generate: 0, write: 0 };
  const write = async (bundles: CaseBundle[], first: boolean): Promise<boolean> => {
    const t = performance.now();
    const written = await deps.db.transaction(async (tx) => {
      await withoutJit(tx);
      if (first) {
        await lockSyntheticLoad(tx);
        if (options.onlyIfEmpty && (await hasAnyCase(tx))) return false;
        if (
          (await countExistingCases(
            tx,
            bundles.map((b) => b.case.id),
          )) > 0
        ) {
          throw new AppError(
            'CONFLICT',
            `This database already holds the synthetic data set "${plan.seed}" with these settings; choose another --seed`,
          );
        }
        await recordAudit(tx, ctx, {
          action: 'system.seed',
          details: {
            synthetic: true,
            seed: plan.seed,
            cases: plan.cases,
            years: plan.years,
            until: plan.until,
          },
        });
      }
      await writeBundles(tx, bundles);
      await refreshCaseFacets(
        tx,
        bundles.map((b) => b.case.id),
      );
      return true;
    });
    time.write += performance.now() - t;
    if (written) {
      count(totals, bundles);
      options.onProgress?.(totals.cases, plan.cases);
    }
    return written;
  };
  let pending: Promise<boolean> = Promise.resolve(true);
  for (let start = 0; start < plan.cases; start += batchSize) {
    const t = performance.now();
    const bundles: CaseBundle[] = [];
    for (let i = start; i < Math.min(plan.cases, start + batchSize); i++)
      bundles.push(await generateCase(world, plan, i));
    time.generate += performance.now() - t;
    if (!(await pending)) return null;
    pending = write(bundles, start === 0);
    void pending.catch(() => undefined); // awaited on the next turn; this only keeps Node from calling it unhandled meanwhile
  }
  if (!(await pending)) return null;
  if (plan.cases >= 5000) await analyzeCaseTables(deps.db);
  const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
  return {
    plan,
    ...totals,
    seconds: seconds(performance.now() - started),
    generateSeconds: seconds(time.generate),
    writeSeconds: seconds(time.write),
  };
}

/** The demo start: the default data set, once, into a registry without cases. Answers how many cases it loaded. */
export async function loadDemoDataIfEmpty(deps: Deps): Promise<number> {
  if (await hasAnyCase(deps.db)) return 0; // the usual start: nothing to generate
  const report = await seedSyntheticCases(deps, { ...demoDataSet, onlyIfEmpty: true });
  return report?.cases ?? 0;
}
