import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: PGlite in-process, or a pool of connections to a PostgreSQL server. */
export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Runs one SQL text (possibly several statements when there are no parameters). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export const pgliteExtensions = { pg_trgm, unaccent };

// Bigint counts and int8 columns arrive as JS numbers; Benteng's counters stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens PGlite in a folder (or in memory when `dataDir` is undefined), or from a dumped data directory. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: pgliteExtensions,
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite,
    async query<T>(text: string, params?: unknown[]) {
      if (params && params.length > 0) {
        const r = await pglite.query<T>(text, params);
        return { rows: r.rows };
      }
      const results = await pglite.exec(text);
      return { rows: results.flatMap((r) => r.rows as T[]) };
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Connects to a PostgreSQL server with a small pool. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  // JIT compilation is for long analytical queries; on Benteng's short indexed ones (a case list
  // page) it cost more than the query itself (80 ms of compiling for a 5 ms sort), so it is off.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 10_000, options: '-c jit=off' });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it */
  });
  const client = await pool.connect();
  client.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    pool,
    async query<T>(text: string, params?: unknown[]) {
      const r = await pool.query(text, params);
      const results = Array.isArray(r) ? (r as pg.QueryResult[]) : [r];
      return { rows: results.flatMap((x) => x.rows as T[]) };
    },
    async close() {
      await pool.end();
    },
  };
}

export function pgliteDirectory(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

/** The rows of a raw `execute()` result (both drivers answer `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
