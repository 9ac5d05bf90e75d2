import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database';

/** A background job: a name, an optional cron schedule (UTC), and what to do with each job's data. */
export interface JobDefinition<T extends object = object> {
  name: string;
  schedule?: string;
  run: (data: T) => Promise<void>;
}

export interface JobQueue {
  send(name: string, data: object): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the same database as everything else (no separate broker). It talks through
 * Benteng's own connection: the single in-process one on PGlite, the pool on a PostgreSQL server.
 */
export async function startJobQueue(database: Database, jobs: JobDefinition[], logger: Logger): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => database.query(text, values) },
    schema: 'pgboss',
    // PGlite runs one query at a time; a slower poll leaves room for requests.
    ...(database.kind === 'pglite' ? { pollingIntervalSeconds: 5 } : {}),
  });
  boss.on('error', (err: Error) => logger.error({ err }, 'job queue error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.work<object>(job.name, async (batch) => {
      for (const item of batch) await job.run(item.data);
    });
    if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: 'UTC' });
  }
  return {
    send: (name, data) => boss.send(name, data),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
