import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openPglite, openPostgres } from '../src/platform/db/database';
import { runMigrations } from '../src/platform/db/migrate';
import { seedReferenceData } from '../src/features/reference';
import { loadNationalRegionsOnce } from '../src/features/system';
import { createDatabase, dropDatabase, templateDatabaseName, withDatabase } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/**
 * Builds one migrated, reference-seeded database (Kepri and national regions) before the suite;
 * every test file then starts from a copy of it (PGlite: a dumped data directory; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    await dropDatabase(url, templateDatabaseName);
    await createDatabase(url, templateDatabaseName);
    const database = await openPostgres(withDatabase(url, templateDatabaseName), { max: 2 });
    await runMigrations(database);
    await seedReferenceData(database.db);
    await loadNationalRegionsOnce(database.db, new Date());
    await database.close();
    // Vacuumed now, autovacuum has less reason to visit the template while files copy it.
    const vacuum = new pg.Client({ connectionString: withDatabase(url, templateDatabaseName) });
    await vacuum.connect();
    await vacuum.query('VACUUM ANALYZE').finally(() => vacuum.end());
    project.provide('postgresTemplate', templateDatabaseName);
    project.provide('pgliteTemplate', '');
    return;
  }
  const database = await openPglite();
  await runMigrations(database);
  await seedReferenceData(database.db);
  await loadNationalRegionsOnce(database.db, new Date());
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-test-'));
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
