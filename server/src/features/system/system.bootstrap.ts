import { kepriAgencies } from '../../../seeds/agencies';
import { demoAccounts } from '../../../seeds/demo-accounts';
import { loadDemoDataIfEmpty } from '../../../seeds/demo';
import { loadDemoOfficialStatisticsIfEmpty } from '../dashboards';
import type { Db } from '../../platform/db/database';
import type { Deps } from '../../platform/deps';
import { systemContext } from '../../platform/context';
import { recordAudit } from '../audit';
import { countAgencies, findAgencyByCode, insertAgency } from '../agencies';
import { countActiveAdmins, createUser, temporaryPassword } from '../auth';
import { loadSampleRecruitersIfEmpty } from '../public-info';
import { nationalRegionsVersion, seedNationalRegions, seedReferenceData } from '../reference';
import { getState, setState } from './system.repository';
import { seedTaskforceBodiesIfEmpty } from '../taskforce';


export interface BootstrapReport {
  regions: number;
  ports: number;
  /** National regions loaded at this start: 0 unless their data version changed. */
  nationalRegions: number;
  agenciesSeeded: number;
  demoAccounts: { email: string; password: string; roles: string[] }[];
  /** Synthetic demo cases loaded at this start (demo mode, empty registry only). */
  demoCases: number;
  needsFirstAdmin: boolean;
}

const demoAccountsKey = 'demo.accounts-created';

/**
 * Brings a database to a usable state at start: reference data always; the Kepri agencies into an
 * empty registry; and, in demo mode only, one account per role, once per database (a marker in
 * system_state), by the command that will print their passwords (`serve`, not `admin create`),
 * and the synthetic demo cases into a registry without cases.
 */
export async function bootstrap(deps: Deps, options: { demoAccounts?: boolean; demoData?: boolean } = {}): Promise<BootstrapReport> {
  const ctx = systemContext(deps.clock.now(), 'bootstrap');
  const reference = await seedReferenceData(deps.db);
  const nationalRegions = await loadNationalRegionsOnce(deps.db, ctx.now);

  let agenciesSeeded = 0;
  if ((await countAgencies(deps.db)) === 0) {
    await deps.db.transaction(async (tx) => {
      for (const a of kepriAgencies) await insertAgency(tx, { ...a, createdAt: ctx.now, updatedAt: ctx.now });
      await recordAudit(tx, ctx, { action: 'system.seed.agencies', details: { count: kepriAgencies.length } });
    });
    agenciesSeeded = kepriAgencies.length;
  }
  // The forums and task forces whose members are those agencies (once, into a database without any).
  await seedTaskforceBodiesIfEmpty(deps.db, ctx);

  const created: BootstrapReport['demoAccounts'] = [];
  const wantsDemoAccounts = deps.config.mode === 'demo' && options.demoAccounts !== false;
  if (wantsDemoAccounts && (await getState(deps.db, demoAccountsKey)) === null) {
    for (const account of demoAccounts) {
      const agency = await findAgencyByCode(deps.db, account.agencyCode);
      if (!agency) continue;
      const password = temporaryPassword();
      await createUser(
        deps,
        ctx,
        { email: account.email, displayName: account.displayName, agencyId: agency.id, roles: account.roles, locale: 'id', timeZone: 'Asia/Jakarta' },
        { password, mustChangePassword: false },
      );
      created.push({ email: account.email, password, roles: account.roles });
    }
    await setState(deps.db, demoAccountsKey, { at: ctx.now.toISOString(), count: created.length }, ctx.now);
  }
  // Demo mode also fills a registry without cases with the synthetic Kepri data set (seeds/demo).
  const demoCases = deps.config.mode === 'demo' && options.demoData !== false ? await loadDemoDataIfEmpty(deps) : 0;
  // …and the public recruiter check with a list marked as a SAMPLE (never passed off as official).
  if (deps.config.mode === 'demo' && options.demoData !== false) await loadSampleRecruitersIfEmpty(deps, ctx.now);
  // …and the figures Polda Kepri and BP3MI Kepri published, beside which the dashboards show Benteng's own counts.
  if (deps.config.mode === 'demo' && options.demoData !== false) await loadDemoOfficialStatisticsIfEmpty(deps, ctx.now);
  const needsFirstAdmin = (await countActiveAdmins(deps.db)) === 0;
  return { ...reference, nationalRegions, agenciesSeeded, demoAccounts: created, demoCases, needsFirstAdmin };
}

const nationalRegionsKey = 'reference.national-regions';

/**
 * Upserts the ~7,750 national regions only when their data version differs from the one loaded
 * last (recorded in system_state), so a normal start does not rewrite them. Returns how many.
 */
export async function loadNationalRegionsOnce(db: Db, now: Date): Promise<number> {
  const loaded = await getState<{ version: string }>(db, nationalRegionsKey);
  if (loaded?.version === nationalRegionsVersion) return 0;
  return db.transaction(async (tx) => {
    const count = await seedNationalRegions(tx);
    await setState(tx, nationalRegionsKey, { version: nationalRegionsVersion, count }, now);
    return count;
  });
}
