import type { LinkageRun } from '#contracts/linkage-review';
import { systemContext, type RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { executeRun, presentRun, queueRun } from './scoring.service';
import * as repo from './scoring.repository';

/** The queue of registry linkage runs. */
export const linkageQueue = 'linkage-score';

interface LinkageJob {
  /** Absent for the nightly run, which queues its own. */
  runId?: string;
  requestId: string;
}

async function runLinkageJob(deps: Deps, job: LinkageJob): Promise<void> {
  const ctx = systemContext(deps.clock.now(), job.requestId);
  let runId = job.runId;
  if (!runId) {
    if (await repo.findUnfinishedRun(deps.db)) return; // one at a time; the next night tries again
    runId = (await queueRun(deps, ctx)).id;
  }
  await executeRun(deps, ctx, runId);
}

/**
 * Starts a run for a coordinator: queued on pg-boss when the queue runs, in process otherwise
 * (CLI, tests). Answers the queued run at once; `GET /api/linkage/runs` follows it.
 */
export async function startRun(deps: Deps, ctx: RequestContext): Promise<LinkageRun> {
  const run = await queueRun(deps, ctx);
  const job: LinkageJob = { runId: run.id, requestId: ctx.requestId };
  if (deps.jobs) {
    try {
      await deps.jobs.send(linkageQueue, job);
    } catch (err) {
      await repo.updateRun(deps.db, run.id, { status: 'failed', finishedAt: deps.clock.now(), error: 'Could not queue the run' });
      throw err;
    }
  } else {
    setImmediate(() => void runLinkageJob(deps, job).catch((err: unknown) => deps.logger.error({ err }, 'linkage job failed')));
  }
  return presentRun(run);
}

/** The registry is scored every night at 02:00 WIB (19:00 UTC), and whenever a coordinator asks. */
export function linkageJobs(deps: Deps): JobDefinition[] {
  return [{ name: linkageQueue, schedule: '0 19 * * *', run: (data) => runLinkageJob(deps, { requestId: 'schedule', ...(data as Partial<LinkageJob>) }) }];
}
