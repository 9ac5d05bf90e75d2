import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database';

/*
 * Bulk writes: one INSERT … SELECT FROM jsonb_populate_recordset per call (one parameter, whatever
 * the number of rows; far faster than row-by-row or wide VALUES lists), inside the caller's
 * transaction. Used by the demo seed and by agency imports.
 */

/** Inserts rows (objects keyed by the table's property names; every row has the same keys). */
export async function insertRows(tx: Executor, table: PgTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!);
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`No column for ${k}`);
    return column.name;
  });
  const data = rows.map((row) => {
    const values = row as Record<string, unknown>;
    if (Object.keys(values).length !== keys.length)
      throw new Error('Rows of one table must have the same fields');
    const out: Record<string, unknown> = {};
    keys.forEach((k, i) => (out[names[i]!] = values[k]));
    return out;
  });
  const list = sql.raw(names.map((n) => `"${n}"`).join(', '));
  await tx.execute(
    sql`INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(data)}::jsonb)`,
  );
}

