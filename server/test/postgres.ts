import pg from 'pg';

export const templateDatabaseName = 'benteng_test_template';

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates a database, copied from `template` when given. A copy needs the template to have no other
 * session, and autovacuum may be working in it at that moment ("source database … is being accessed
 * by other users", 55006): under load that failed a test file's setup. So the statement is retried
 * for up to about ten seconds.
 */
export async function createDatabase(url: string, database: string, template?: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${database}${template ? ` TEMPLATE ${template}` : ''}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 40) throw error;
        await pause(250);
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * Drops a test database once its own connections are closed. A plain DROP DATABASE stops the
 * autovacuum workers in it and waits a few seconds for our closing backends to exit; `WITH (FORCE)`
 * would also try to terminate autovacuum, which a non-superuser role may not do ("must be a member
 * of the role whose process is being terminated": it failed the suite under load). FORCE is the last
 * resort, for a connection a test left open.
 */
export async function dropDatabase(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${database}`);
        return;
      } catch (error) {
        // 55006 object_in_use: another session is still connected to it.
        if ((error as { code?: string }).code !== '55006') throw error;
        if (attempt >= 3) break;
      }
    }
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
