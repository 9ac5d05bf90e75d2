import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { CaseListQuery } from '#contracts/cases';
import { AppError } from '../../platform/http/app-error';
import { cases } from './cases.schema';

export type CaseSort = CaseListQuery['sort'];

/** One column of a sort key: how it orders, how it is read into a cursor and bound back from one. */
interface KeyPart {
  order: SQL;
  /** The value as text in the cursor (exact: timestamps keep their microseconds). */
  read: SQL;
  /** Binds a cursor value back as the column's type. */
  bind: (value: string) => SQL;
  valid: RegExp;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const idPart: KeyPart = { order: sql`${cases.id}`, read: sql`${cases.id}::text`, bind: (v) => sql`${v}::uuid`, valid: uuidPattern };
const reportedPart: KeyPart = {
  order: sql`${cases.reportedOn}`,
  read: sql`${cases.reportedOn}::text`,
  bind: (v) => sql`${v}::date`,
  valid: /^\d{4}-\d{2}-\d{2}$/,
};
const updatedPart: KeyPart = {
  order: sql`${cases.updatedAt}`,
  read: sql`to_char(${cases.updatedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  bind: (v) => sql`${v}::timestamptz`,
  valid: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
};
// Case numbers are `TPPO/KEPRI/<year>/<sequence>` with the sequence padded to four digits only, so
// text order puts 10000 before 9999: order by year, then length, then text.
const numberParts: KeyPart[] = [
  { order: sql`${cases.year}`, read: sql`${cases.year}::text`, bind: (v) => sql`${v}::int`, valid: /^\d{1,9}$/ },
  { order: sql`length(${cases.number})`, read: sql`length(${cases.number})::text`, bind: (v) => sql`${v}::int`, valid: /^\d{1,9}$/ },
  { order: sql`${cases.number}`, read: sql`${cases.number}`, bind: (v) => sql`${v}::text`, valid: /^.{1,60}$/ },
];

const sorts: Record<CaseSort, { descending: boolean; parts: KeyPart[] }> = {
  reported_desc: { descending: true, parts: [reportedPart, idPart] },
  reported_asc: { descending: false, parts: [reportedPart, idPart] },
  updated_desc: { descending: true, parts: [updatedPart, idPart] },
  number_asc: { descending: false, parts: [...numberParts, idPart] },
};

/** ORDER BY for a sort: every part in the same direction, the id last so the order is total. */
export function sortOrder(sort: CaseSort): SQL[] {
  const { descending, parts } = sorts[sort];
  return parts.map((p) => (descending ? desc(p.order) : asc(p.order)));
}

/** The row's sort key as a JSON array of text, to build the next cursor from the last row of a page. */
export function sortKeyOf(sort: CaseSort): SQL<string[]> {
  return sql<string[]>`json_build_array(${sql.join(
    sorts[sort].parts.map((p) => p.read),
    sql`, `,
  )})`;
}

/** Rows strictly after the cursor in the sort order (a row-value comparison the btree indexes serve). */
export function afterCursor(sort: CaseSort, key: string[]): SQL {
  const { descending, parts } = sorts[sort];
  const columns = sql.join(
    parts.map((p) => p.order),
    sql`, `,
  );
  const values = sql.join(
    parts.map((p, i) => p.bind(key[i]!)),
    sql`, `,
  );
  return descending ? sql`(${columns}) < (${values})` : sql`(${columns}) > (${values})`;
}

/** An opaque cursor: the sort it belongs to and the last row's key, base64url-encoded JSON. */
export function encodeCursor(sort: CaseSort, key: string[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url');
}

const badCursor = () =>
  new AppError('VALIDATION_FAILED', 'The page cursor is not valid for this list; start from the first page', {
    issues: [{ path: 'cursor', code: 'invalid_cursor', message: 'Start from the first page' }],
  });

/** Reads a cursor back; refuses one made for another sort or altered by hand. */
export function decodeCursor(sort: CaseSort, cursor: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const { s, k } = (parsed ?? {}) as { s?: unknown; k?: unknown };
  const parts = sorts[sort].parts;
  if (s !== sort || !Array.isArray(k) || k.length !== parts.length) throw badCursor();
  if (!k.every((v, i) => typeof v === 'string' && parts[i]!.valid.test(v))) throw badCursor();
  return k as string[];
}
