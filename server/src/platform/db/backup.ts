import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Tx } from './database';
import { committedMigrations, runMigrations } from './migrate';

/**
 * Logical backups: every table of the `public` schema as JSON lines, gzip-compressed. The same file
 * restores into PGlite or a PostgreSQL server (so it also moves an instance from one to the other).
 * The job queue's tables are not included: jobs are transient and schedules are re-created at start.
 */
export const backupFormat = 'benteng-backup';

interface Header {
  format: typeof backupFormat;
  version: 1;
  createdAt: string;
  migrations: string[];
  source: string;
}

interface TableInfo {
  name: string;
  columns: string[];
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Tables of `public` in an order that satisfies foreign keys (referenced tables first). */
async function listTables(tx: Tx): Promise<TableInfo[]> {
  const tables = rowsOf<TableInfo>(await tx.execute(sql`
    SELECT c.table_name AS name,
           array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       AND c.is_generated = 'NEVER' AND coalesce(c.identity_generation, '') <> 'ALWAYS'
     GROUP BY c.table_name`));
  const deps = rowsOf<{ child: string; parent: string }>(await tx.execute(sql`
    SELECT src.relname AS child, dst.relname AS parent
      FROM pg_constraint k
      JOIN pg_class src ON src.oid = k.conrelid
      JOIN pg_class dst ON dst.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = src.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND src.relname <> dst.relname`));
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (t: TableInfo, path: Set<string>) => {
    if (done.has(t.name) || path.has(t.name)) return;
    path.add(t.name);
    for (const d of deps.filter((x) => x.child === t.name)) {
      const parent = tables.find((x) => x.name === d.parent);
      if (parent) visit(parent, path);
    }
    done.add(t.name);
    ordered.push(t);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t, new Set());
  return ordered;
}

/** Writes a consistent snapshot of the database to `file`, streaming; returns the row count per table. */
export async function backupDatabase(database: Database, file: string, source: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tmp = `${file}.partial`;
  const gzip = zlib.createGzip();
  const done = pipeline(gzip, fs.createWriteStream(tmp, { mode: 0o600 }));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  try {
    const header: Header = { format: backupFormat, version: 1, createdAt: new Date().toISOString(), migrations: committedMigrations(), source };
    await write(header);
    await database.db.transaction(
      async (tx) => {
        for (const table of await listTables(tx)) {
          await write({ table: table.name, columns: table.columns });
          counts[table.name] = 0;
          await tx.execute(sql.raw(`DECLARE backup_cursor NO SCROLL CURSOR FOR SELECT to_jsonb(t) AS r FROM ${q(table.name)} t`));
          for (;;) {
            const rows = rowsOf<{ r: unknown }>(await tx.execute(sql.raw('FETCH 1000 FROM backup_cursor')));
            if (rows.length === 0) break;
            for (const row of rows) await write(row.r);
            counts[table.name]! += rows.length;
          }
          await tx.execute(sql.raw('CLOSE backup_cursor'));
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await write({ end: true, counts });
    gzip.end();
    await done;
  } catch (e) {
    gzip.destroy();
    await done.catch(() => undefined);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.renameSync(tmp, file);
  return counts;
}

export class RestoreError extends Error {}

/** True when no table of `public` holds a row (reference tables excepted: they are re-seeded at start). */
async function isEmpty(database: Database, ignore: string[]): Promise<boolean> {
  return database.db.transaction(async (tx) => {
    for (const t of await listTables(tx)) {
      if (ignore.includes(t.name)) continue;
      const rows = rowsOf<{ any: boolean }>(await tx.execute(sql.raw(`SELECT EXISTS (SELECT 1 FROM ${q(t.name)}) AS any`)));
      if (rows[0]?.any) return false;
    }
    return true;
  });
}

/**
 * Restores a backup in one transaction. The target must be empty unless `force` is set, in which
 * case every table is dropped and re-created first. Returns the row count per table.
 */
export async function restoreDatabase(
  database: Database,
  file: string,
  options: { force?: boolean; referenceTables?: string[] } = {},
): Promise<Record<string, number>> {
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as Header);
  if (header?.format !== backupFormat) throw new RestoreError(`${file} is not a Benteng backup`);
  const known = committedMigrations();
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length) {
    throw new RestoreError(`The backup comes from a newer Benteng (migrations ${unknown.join(', ')}); upgrade first`);
  }

  if (options.force) {
    await database.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS pgboss CASCADE;');
  }
  await runMigrations(database);
  if (!(await isEmpty(database, options.referenceTables ?? []))) {
    throw new RestoreError('The target database is not empty; restore into a new one or pass --force to replace everything');
  }

  const counts: Record<string, number> = {};
  await database.db.transaction(async (tx) => {
    const targetTables = new Map((await listTables(tx)).map((t) => [t.name, t]));
    let current: { name: string; columns: string[] } | null = null;
    let batch: unknown[] = [];
    const flush = async () => {
      if (!current || batch.length === 0) return;
      const cols = current.columns.map(q).join(', ');
      await tx.execute(
        sql`INSERT INTO ${sql.raw(q(current.name))} (${sql.raw(cols)}) SELECT ${sql.raw(cols)} FROM jsonb_populate_recordset(NULL::${sql.raw(q(current.name))}, ${JSON.stringify(batch)}::jsonb)`,
      );
      counts[current.name] = (counts[current.name] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const item = JSON.parse(next.value) as Record<string, unknown>;
      if (typeof item.table === 'string' && Array.isArray(item.columns)) {
        await flush();
        const target = targetTables.get(item.table);
        if (!target) throw new RestoreError(`The backup has a table this version does not know: ${item.table}`);
        if (options.referenceTables?.includes(item.table)) await tx.execute(sql.raw(`DELETE FROM ${q(item.table)}`));
        current = { name: item.table, columns: (item.columns as string[]).filter((c) => target.columns.includes(c)) };
      } else if (item.end === true) {
        await flush();
        current = null;
      } else {
        batch.push(item);
        if (batch.length >= 500) await flush();
      }
    }
    await flush();
    // Serial columns continue after the highest restored value.
    const serials = rowsOf<{ t: string; c: string }>(await tx.execute(sql`
      SELECT table_name AS t, column_name AS c FROM information_schema.columns
       WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`));
    for (const s of serials) {
      await tx.execute(
        sql.raw(
          `SELECT setval(pg_get_serial_sequence('${q(s.t)}', '${s.c}'), coalesce((SELECT max(${q(s.c)}) FROM ${q(s.t)}), 0) + 1, false)`,
        ),
      );
    }
  });
  return counts;
}
