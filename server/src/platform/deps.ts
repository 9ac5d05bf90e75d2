import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Clock } from './clock';
import type { InstanceKeys } from './crypto/keys';
import type { Database, Db } from './db/database';

/** What services need from the running instance; built once at start and passed down. */
export interface Deps {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  keys: InstanceKeys;
  logger: Logger;
  /**
   * Sends work to the job queue (pg-boss). Set once the queue has started (serve); absent in the
   * CLI and in tests, where a feature runs the work in process instead.
   */
  jobs?: { send(name: string, data: object): Promise<string | null> };
}
