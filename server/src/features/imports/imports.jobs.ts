import { permissionsOf, type Role } from '#contracts/access';
import type { Locale } from '#contracts/common';
import type { ImportBatch } from '#contracts/imports';
import type { Actor, RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { AppError } from '../../platform/http/app-error';
import { findUserById } from '../auth';
import { actorOf } from '../cases';
import { runningImports } from './imports.progress';
import { purgeImportRows } from './imports.retention';
import { commitImport, getImport, markCommitting, markImportFailed } from './imports.service';

/** The queue of background commits. */
export const importQueue = 'imports-run';

/**
 * What a queued commit carries: ids only. The queue's table keeps job data after the job ran, so
 * no name or e-mail of the importer is put there; the worker reads the account when it runs.
 */
export interface ImportJob {
  importId: string;
  requestId: string;
  userId: string;
  agencyId: string;
}

export function importJobData(importId: string, requestId: string, actor: Actor): ImportJob {
  return { importId, requestId, userId: actor.userId, agencyId: actor.agencyId };
}

/**
 * The importer as the job acts for them, read again when it runs: roles as they are now (an
 * account disabled meanwhile, or without `imports.run` any more, acts with no permission and the
 * commit fails); the import's agency as when it was started.
 */
async function jobActor(deps: Deps, job: ImportJob): Promise<Actor> {
  const user = await findUserById(deps.db, job.userId);
  const roles = user && !user.disabledAt ? (user.roles as Role[]) : [];
  return {
    userId: job.userId,
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    agencyId: job.agencyId,
    roles,
    permissions: permissionsOf(roles),
    scope: 'agency',
    locale: (user?.locale ?? 'id') as Locale,
    sessionIdHash: '',
  };
}

/**
 * Runs a queued commit: progress goes to the in-process registry that `GET /api/imports/:id`
 * reads, and a cancel request is checked between steps (the one transaction rolls back, nothing
 * stays). A commit that fails is marked `failed` (not retried: the same rows would fail again).
 */
export async function runImportJob(deps: Deps, job: ImportJob): Promise<void> {
  const actor = await jobActor(deps, job);
  const ctx = { requestId: job.requestId, actor, now: deps.clock.now() };
  const entry = runningImports.start(job.importId);
  try {
    if (!actor.permissions.has('imports.run')) throw new AppError('FORBIDDEN', 'The importer may no longer import');
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
  return [
    { name: importQueue, run: (data) => runImportJob(deps, data as ImportJob) },
    { name: 'imports-purge', schedule: '53 3 * * *', run: async () => void (await purgeImportRows(deps, deps.clock.now())) },
  ];
}
