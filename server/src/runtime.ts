import type { Logger } from 'pino';
import { loadConfig, type Config } from './config';
import { systemClock, type Clock } from './platform/clock';
import { loadOrCreateKeys } from './platform/crypto/keys';
import { connectDatabase } from './platform/db/connect';
import type { Deps } from './platform/deps';
import { createLogger } from './platform/logging/logger';

/** Opens everything a command needs: settings, keys, the migrated database. */
export async function openRuntime(
  options: { production?: boolean; migrate?: boolean; logger?: Logger; clock?: Clock; config?: Config } = {},
): Promise<Deps> {
  const config = options.config ?? loadConfig(process.env, { production: options.production });
  const logger = options.logger ?? createLogger(config.logLevel);
  const keys = loadOrCreateKeys(config.keyFile);
  const database = await connectDatabase(config, { migrate: options.migrate });
  return { config, logger, keys, database, db: database.db, clock: options.clock ?? systemClock };
}
