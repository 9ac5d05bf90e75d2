import { permissionsOf } from '#contracts/access';
import type { ImportBatch } from '#contracts/imports';
import type { Actor, RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { actorOf } from '../cases';
import { runningImports } from './imports.progress';
import { commitImport, getImport, markCommitting, markImportFailed } from './imports.service';

/** The queue of background commits. */
export const importQueue = 'imports-run';

/** What a queued commit carries: the import and who started it (permissions are derived again from the roles). */
export interface ImportJob {
  importId: string;
  requestId: string;
  actor: Omit<Actor, 'permissions'>;
}

export function importJobData(importId: string, requestId: string, actor: Actor): ImportJob {
  const { permissions: _derived, ...rest } = actor;
  return { importId, requestId, actor: rest };
}

/**
 * Runs a queued commit: progress goes to the in-process registry that `GET /api/imports/:id`
 * reads, and a cancel request is checked between steps (the one transaction rolls back, nothing
 * stays). A commit that fails is marked `failed` (not retried: the same rows would fail again).
 */
export async function runImportJob(deps: Deps, job: ImportJob): Promise<void> {
  const actor: Actor = { ...job.actor, permissions: permissionsOf(job.actor.roles) };
  const ctx = { requestId: job.requestId, actor, now: deps.clock.now() };
  const entry = runningImports.start(job.importId);
  try {
    await commitImport(deps, ctx, job.importId, {
      onProgress: (done, total, phase) => runningImports.progress(job.importId, phase, done, total),
      cancelled: () => entry.cancelRequested,
    });
  } catch (err) {
    deps.logger.error({ err, importId: job.importId }, 'import commit failed');
    await markImportFailed(deps, ctx, job.importId, err);
  } finally {
    runningImports.finish(job.importId);
  }
}

/**
 * Starts the commit of a validated import as a background job (pg-boss when the queue runs; in
 * process otherwise: the CLI, tests) and answers the import, now `committing`, at once.
 */
export async function startCommit(deps: Deps, ctx: RequestContext, id: string): Promise<ImportBatch> {
  await markCommitting(deps, ctx, id);
  runningImports.start(id);
  const job = importJobData(id, ctx.requestId, actorOf(ctx));
  if (deps.jobs) {
    try {
      await deps.jobs.send(importQueue, job);
    } catch (err) {
      runningImports.finish(id);
      await markImportFailed(deps, ctx, id, err);
      throw err;
    }
  } else {
    const answer = await getImport(deps, ctx, id); // read before the work starts, as a queue would
    setImmediate(() => void runImportJob(deps, job).catch((err: unknown) => deps.logger.error({ err, importId: id }, 'import job failed')));
    return answer;
  }
  return getImport(deps, ctx, id);
}

export function importJobs(deps: Deps): JobDefinition[] {
  return [{ name: importQueue, run: (data) => runImportJob(deps, data as ImportJob) }];
}
