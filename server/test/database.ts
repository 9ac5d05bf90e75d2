import crypto from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../src/platform/db/database';
import { createDatabase, dropDatabase, withDatabase } from './postgres';

/**
 * A fresh database for one test file, copied from the suite's migrated template: in-process PGlite
 * by default, a new database on the PostgreSQL server when DATABASE_URL is set.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const template = inject('pgliteTemplate');
    return openPglite({ loadDataDir: new Blob([fs.readFileSync(template)]) });
  }
  const name = `benteng_test_${crypto.randomBytes(6).toString('hex')}`;
  await createDatabase(url, name, inject('postgresTemplate'));
  const database = await openPostgres(withDatabase(url, name), { max: 5 });
  const close = database.close.bind(database);
  database.close = async () => {
    await close();
    await dropDatabase(url, name);
  };
  return database;
}

/** An empty database on the PostgreSQL server (for tests that run the CLI against it). */
export async function createEmptyPostgresDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `benteng_cli_${crypto.randomBytes(6).toString('hex')}`;
  await createDatabase(url, name);
  return {
    url: withDatabase(url, name),
    drop: () => dropDatabase(url, name),
  };
}
