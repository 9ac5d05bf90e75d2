import fs from 'node:fs';
import { Command, Option } from 'commander';
import { ConfigError } from './config';
import { openRuntime } from './runtime';
import { serve } from './serve';
import { systemContext } from './platform/context';
import { DataDirLockedError } from './platform/db/lock';
import { UnsafeDatabaseSettingsError } from './platform/db/durability';
import { backupDatabase, restoreDatabase, RestoreError } from './platform/db/backup';
import { AppError } from './platform/http/app-error';
import { recordAuditAlone, verifyAuditLog, writeCheckpoint } from './features/audit';
import { createUser } from './features/auth';
import { findAgencyByCode } from './features/agencies';
import { bootstrap } from './features/system';
import { describeLinkSummary, linkageRoles, linkFiles } from './features/linkage';
import { version } from './version';
import { seedSyntheticCases } from '../seeds/demo';
import { refreshDashboards } from './features/dashboards';
import { describeCliImport, importFromCli } from './features/imports';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Runs a command with the database open and closes it afterwards, whatever happens. */
async function withRuntime<T>(fn: (deps: Awaited<ReturnType<typeof openRuntime>>) => Promise<T>, options = {}): Promise<T> {
  const deps = await openRuntime({ ...options, logger: undefined });
  try {
    return await fn(deps);
  } finally {
    await deps.database.close();
  }
}

export function buildCli(): Command {
  const program = new Command('benteng').description('Benteng: cross-border TPPO case platform').version(version);

  program
    .command('serve', { isDefault: true })
    .description('start the web server and the job worker')
    .option('--production', 'production mode: no demo data or demo accounts')
    .action(async (opts: { production?: boolean }) => {
      const deps = await openRuntime({ production: opts.production });
      const { stop } = await serve(deps);
      const shutdown = (signal: string) => {
        deps.logger.info({ signal }, 'signal received');
        void stop().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });

  program
    .command('migrate')
    .description('apply database migrations and exit')
    .action(() => withRuntime(async () => console.log('Migrations applied.')));

  program
    .command('seed')
    .description('load a synthetic data set of TPPO cases (demo, benchmarks); refused in production mode')
    .requiredOption('--cases <n>', 'number of cases', Number)
    .option('--seed <text>', 'seed of the generator: the same seed and settings give the same data', 'benteng')
    .option('--years <n>', 'years covered, ending on --until', Number, 2)
    .option('--until <date>', 'last day covered (YYYY-MM-DD; default today)')
    .action((opts: { cases: number; seed: string; years: number; until?: string }) =>
      withRuntime(async (deps) => {
        if (deps.config.mode === 'production') throw new AppError('FORBIDDEN', 'benteng seed loads synthetic cases and is refused in production mode');
        // Reference data and agencies only: no demo accounts, and no demo cases besides the requested set.
        await bootstrap(deps, { demoAccounts: false, demoData: false });
        const step = Math.max(1000, Math.ceil(opts.cases / 10 / 1000) * 1000);
        const report = await seedSyntheticCases(deps, { ...opts, onProgress: (done, total) => done % step === 0 && done < total && console.log(`  ${done} / ${total} cases`) });
        if (!report) return;
        await refreshDashboards(deps); // the dashboards' pre-aggregated figures include the new cases at once
        console.log(
          `Loaded ${report.cases} synthetic cases (${report.persons} people, ${report.routeEvents} route events, ${report.shares} shares, ` +
            `${report.secondRecordings} second recordings) in ${report.seconds} s (generating ${report.generateSeconds} s, writing ${report.writeSeconds} s, overlapped); ` +
            `seed "${report.plan.seed}", ${report.plan.years} years to ${report.plan.until}.`,
        );
      }),
    );

  program
    .command('link <files...>')
    .description('find the records of the same person in one CSV file (de-duplicate) or across two (link); no database needed')
    .requiredOption('--id <column>', 'the column that identifies each record')
    .option('--field <role=column>', `a column to compare and its role, repeatable; roles: ${linkageRoles.join(', ')}`, (value: string, all: string[]) => [...all, value], [] as string[])
    .requiredOption('--out <pairs.csv>', 'where to write left_id,right_id,probability for every scored pair with probability ≥ 0.01')
    .option('--clusters <clusters.csv>', 'where to write id,cluster_id at the threshold')
    .option('--threshold <p>', 'match probability at which records are clustered', Number, 0.5)
    .option('--date-format <pattern>', 'birth date format, e.g. DD/MM/YYYY or YYYY-MM-DD', 'auto')
    .action(async (files: string[], opts: { id: string; field: string[]; out: string; clusters?: string; threshold: number; dateFormat: string }) => {
      const summary = await linkFiles({ ...opts, files, idColumn: opts.id, fields: opts.field, onProgress: (line) => console.error(`  ${line}`) });
      for (const line of describeLinkSummary(summary, files.length, opts)) console.log(line);
    });

  program
    .command('import <file>')
    .description("import an agency's CSV or XLSX case list: validate every row, write the valid ones in one transaction, keep the rejected ones in a CSV")
    .requiredOption('--agency <code>', 'the agency whose list it is (its code, e.g. POLDA-KEPRI)')
    .requiredOption('--as <email>', 'the staff member of that agency who imports (officer or coordinator; named in the audit log)')
    .option('--template <name>', "use the agency's saved column mapping of this name")
    .option('--map <field=column>', 'map a Benteng field to a column of the file, repeatable (instead of the suggested mapping)', (value: string, all: string[]) => [...all, value], [] as string[])
    .option('--rejected <file>', 'where to write the rejected rows (default: <file>-rejected.csv beside the file)')
    .option('--dry-run', 'validate and report only; write nothing')
    .action(async (file: string, opts: { agency: string; as: string; template?: string; map: string[]; rejected?: string; dryRun?: boolean }) => {
      await withRuntime(async (deps) => {
        await bootstrap(deps, { demoAccounts: false });
        const result = await importFromCli(deps, { ...opts, file, dryRun: Boolean(opts.dryRun) }, (line) => console.error(`  ${line}`));
        for (const line of describeCliImport(result)) console.log(line);
      });
    });

  const admin = program.command('admin').description('administration');
  admin
    .command('create')
    .description('create an administrator account (e.g. the first one in production)')
    .requiredOption('--email <email>', 'e-mail address to sign in with')
    .option('--name <name>', 'display name', 'Administrator')
    .option('--agency <code>', 'agency code', 'BPPD-KEPRI')
    .option('--password-stdin', 'read the password from standard input instead of generating a one-time password')
    .action(async (opts: { email: string; name: string; agency: string; passwordStdin?: boolean }) => {
      const password = opts.passwordStdin ? await readStdin() : undefined;
      await withRuntime(async (deps) => {
        // Demo accounts are left to `serve`, which prints their one-time passwords.
        await bootstrap(deps, { demoAccounts: false });
        const agency = await findAgencyByCode(deps.db, opts.agency);
        if (!agency) throw new AppError('NOT_FOUND', `No agency with code ${opts.agency}`);
        const ctx = systemContext(deps.clock.now(), 'cli:admin-create');
        const result = await createUser(
          deps,
          ctx,
          { email: opts.email, displayName: opts.name, agencyId: agency.id, roles: ['admin'], locale: 'id', timeZone: 'Asia/Jakarta' },
          { password, mustChangePassword: password === undefined },
        );
        console.log(`Administrator ${result.user.email} created.`);
        if (!password) console.log(`One-time password (change it at first sign-in): ${result.temporaryPassword}`);
      });
    });

  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('recompute the hash chain and check it against the signed checkpoints')
    .action(async () => {
      const result = await withRuntime((deps) => verifyAuditLog(deps.db, deps.config.auditCheckpointFile, deps.keys.auditVerifyKey));
      if (result.ok) {
        console.log(`Audit log intact: ${result.entries} entries, ${result.checkpoints} checkpoints.`);
        return;
      }
      console.log(`Audit log FAILED verification (${result.entries} entries, ${result.checkpoints} checkpoints):`);
      for (const p of result.problems) console.log(`  [${p.kind}] ${p.message}`);
      process.exitCode = 1;
    });
  audit
    .command('checkpoint')
    .description('sign the current chain head into the checkpoint file')
    .action(() =>
      withRuntime(async (deps) => {
        const c = await writeCheckpoint(deps.db, deps.config.auditCheckpointFile, deps.keys.auditSigningKey, deps.clock.now());
        console.log(c ? `Checkpoint written at entry ${c.seq}.` : 'The last checkpoint is already current.');
      }),
    );

  program
    .command('backup <file>')
    .description('write a logical backup (gzip JSON lines) of the whole database')
    .action((file: string) =>
      withRuntime(async (deps) => {
        const counts = await backupDatabase(deps.database, file, deps.database.kind);
        const rows = Object.values(counts).reduce((a, b) => a + b, 0);
        await recordAuditAlone(deps.db, systemContext(deps.clock.now(), 'cli:backup'), {
          action: 'system.backup',
          details: { tables: Object.keys(counts).length, rows },
        });
        console.log(`Backup written to ${file}: ${rows} rows in ${Object.keys(counts).length} tables.`);
      }),
    );

  program
    .command('restore <file>')
    .description('restore a backup into an empty database (or replace everything with --force)')
    .addOption(new Option('--force', 'drop every table of the target first'))
    .action((file: string, opts: { force?: boolean }) =>
      withRuntime(
        async (deps) => {
          if (!fs.existsSync(file)) throw new RestoreError(`No such file: ${file}`);
          const counts = await restoreDatabase(deps.database, file, { force: opts.force, referenceTables: ['regions', 'ports'] });
          // The restored chain becomes the new baseline; a signed restore record says so.
          await writeCheckpoint(deps.db, deps.config.auditCheckpointFile, deps.keys.auditSigningKey, deps.clock.now(), 'restore');
          await recordAuditAlone(deps.db, systemContext(deps.clock.now(), 'cli:restore'), {
            action: 'system.restore',
            details: { file: fs.realpathSync(file), rows: Object.values(counts).reduce((a, b) => a + b, 0) },
          });
          console.log(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows from ${file}.`);
        },
        { migrate: false },
      ),
    );

  return program;
}

const expectedErrors = [ConfigError, DataDirLockedError, UnsafeDatabaseSettingsError, RestoreError, AppError];

/** Parses the command line and runs the command; expected failures print one clear line. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (e) {
    if (expectedErrors.some((E) => e instanceof E)) {
      console.error(`benteng: ${(e as Error).message}`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}
