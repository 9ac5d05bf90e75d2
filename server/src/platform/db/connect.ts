import type { Config } from '../../config';
import { lockDataDir } from './lock';
import { openPglite, openPostgres, pgliteDirectory, type Database } from './database';
import { runMigrations } from './migrate';
import { checkDurabilitySettings } from './durability';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite) and migrates it. */
export async function connectDatabase(config: Config, options: { migrate?: boolean } = {}): Promise<Database> {
  let database: Database;
  if (config.databaseUrl) {
    database = await openPostgres(config.databaseUrl);
    await checkDurabilitySettings(database);
  } else {
    const dir = pgliteDirectory(config.dataDir);
    const unlock = lockDataDir(dir);
    try {
      database = await openPglite({ dataDir: dir });
    } catch (e) {
      unlock();
      throw e;
    }
    const close = database.close.bind(database);
    database.close = async () => {
      try {
        await close();
      } finally {
        unlock();
      }
    };
  }
  if (options.migrate !== false) await runMigrations(database);
  return database;
}
