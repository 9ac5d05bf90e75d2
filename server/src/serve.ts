import { buildApp } from './app';
import type { Deps } from './platform/deps';
import { startJobQueue, type JobQueue } from './platform/jobs/queue';
import { auditJobs, startAuditChainer, writeCheckpoint } from './features/audit';
import { authJobs } from './features/auth';
import { bootstrap, type BootstrapReport } from './features/system';
import { tipJobs } from './features/tips';
import { notificationJobs } from './features/notifications';
import { dashboardJobs, reportJobs } from './features/dashboards';
import { importJobs } from './features/imports';
import { linkageJobs } from './features/person-links';

/** Prints the demo accounts once, outside the structured log (they are meant for the person starting it). */
function announce(deps: Deps, report: BootstrapReport): void {
  const out = process.stdout;
  if (report.demoAccounts.length > 0) {
    out.write('\n  DEMO accounts (shown once; each signs in with this password and then sets up an authenticator app):\n');
    for (const a of report.demoAccounts) out.write(`    ${a.roles.join(',').padEnd(12)} ${a.email.padEnd(36)} ${a.password}\n`);
    out.write('\n');
  }
  if (report.needsFirstAdmin) {
    deps.logger.warn('No active administrator exists yet: create one with `npx benteng admin create`');
  }
}

/** Starts the HTTP server and the job worker; returns a function that stops both gracefully. */
export async function serve(deps: Deps): Promise<{ url: string; stop: () => Promise<void> }> {
  const report = await bootstrap(deps);
  announce(deps, report);
  const chainer = startAuditChainer(deps.db, (err) => deps.logger.error({ err }, 'could not link audit entries into the chain'));
  const { app } = await buildApp(deps);
  await app.listen({ port: deps.config.port, host: deps.config.host });
  let queue: JobQueue | null = null;
  try {
    queue = await startJobQueue(deps.database, [...auditJobs(deps), ...authJobs(deps), ...tipJobs(deps), ...dashboardJobs(deps), ...reportJobs(deps), ...importJobs(deps), ...linkageJobs(deps), ...notificationJobs(deps)], deps.logger);
    deps.jobs = queue; // routes that start background work send it from now on
  } catch (err) {
    deps.logger.error({ err }, 'the job queue did not start; scheduled work will not run');
  }
  const checkpoint = () =>
    writeCheckpoint(deps.db, deps.config.auditCheckpointFile, deps.keys.auditSigningKey, deps.clock.now()).catch((err: unknown) =>
      deps.logger.error({ err }, 'could not write the audit checkpoint'),
    );
  await checkpoint();
  const url = `http://${deps.config.host === '0.0.0.0' ? 'localhost' : deps.config.host}:${deps.config.port}`;
  deps.logger.info({ url, mode: deps.config.mode, database: deps.database.kind }, `Benteng is ready at ${url}`);

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      deps.logger.info('shutting down: finishing requests in flight');
      await app.close();
      await queue?.stop().catch((err: unknown) => deps.logger.error({ err }, 'job queue did not stop cleanly'));
      await chainer.stop();
      await checkpoint();
      await deps.database.close();
      deps.logger.info('stopped');
    })());
  return { url, stop };
}
