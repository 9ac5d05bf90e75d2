import { and, asc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Port, Region } from '#contracts/reference';
import type { Executor } from '../../platform/db/database';
import { ports, regions } from './reference.schema';

export async function listRegions(
  db: Executor,
  filter: { parent?: string; level?: Region['level']; q?: string },
): Promise<Region[]> {
  const conditions: SQL[] = [];
  if (filter.parent) conditions.push(eq(regions.parentCode, filter.parent));
  if (filter.level) conditions.push(eq(regions.level, filter.level));
  if (filter.q) conditions.push(ilike(regions.name, `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`));
  const rows = await db
    .select()
    .from(regions)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(regions.code))
    .limit(1000);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level as Region['level'],
    parentCode: r.parentCode,
    lat: r.lat,
    lng: r.lng,
  }));
}

/** Every region at the given levels, by code, without the list endpoint's page limit (for bulk work such as seeding). */
export async function listAllRegionsAtLevels(db: Executor, levels: readonly Region['level'][]): Promise<Region[]> {
  const rows = await db.select().from(regions).where(inArray(regions.level, [...levels])).orderBy(asc(regions.code));
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level as Region['level'], parentCode: r.parentCode, lat: r.lat, lng: r.lng }));
}

export async function findRegion(db: Executor, code: string): Promise<Region | null> {
  const rows = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  const r = rows[0];
  return r ? { code: r.code, name: r.name, level: r.level as Region['level'], parentCode: r.parentCode, lat: r.lat, lng: r.lng } : null;
}

/**
 * The name of each region ("Batam Kota"), looked up in one query: the one region-name lookup of
 * the server (cases, statistics and `regionPaths` use it). A code not in the table is left out.
 */
export async function regionNames(db: Executor, codes: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.filter((code): code is string => Boolean(code)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, wanted));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * Where each region is, in words, from the unit itself up to its province ("Batam Kota, Kota
 * Batam, Kepulauan Riau"), looked up in one query. A code not in the table is left out.
 */
export async function regionPaths(db: Executor, codes: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.filter((code): code is string => Boolean(code)))];
  const ancestors = (code: string) => code.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
  const names = await regionNames(db, wanted.flatMap(ancestors));
  const paths = new Map<string, string>();
  for (const code of wanted) {
    if (!names.has(code)) continue;
    const path = ancestors(code)
      .reverse()
      .flatMap((c) => names.get(c) ?? []);
    paths.set(code, path.join(', '));
  }
  return paths;
}

export async function listPorts(db: Executor): Promise<Port[]> {
  const rows = await db.select().from(ports).orderBy(asc(ports.country), asc(ports.name));
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    country: p.country,
    adminArea: p.adminArea,
    type: p.type as Port['type'],
    immigrationCheckpoint: p.immigrationCheckpoint,
    connectsTo: p.connectsTo,
    lat: p.lat,
    lng: p.lng,
    regionCode: p.regionCode,
  }));
}
