import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import type { Actor } from '../../platform/context';
import { cases, ports, regions, routeEvents, tips } from '../../platform/db/schema';
import { caseFilterCondition } from '../cases';
import type { MapQuery } from '#contracts/map';
import { vulnerabilityFormulas } from './geo.schema';

export interface RouteStepRow {
  caseId: string;
  position: number;
  type: string;
  placeKind: string;
  regionCode: string | null;
  portId: string | null;
  lat: number | null;
  lng: number | null;
  country: string | null;
  portLat: number | null;
  portLng: number | null;
}

/** Every route step of the cases the actor may see and asked for, in case and route order. */
export async function routeSteps(db: Executor, actor: Actor, now: Date, query: MapQuery): Promise<RouteStepRow[]> {
  return db
    .select({
      caseId: routeEvents.caseId,
      position: routeEvents.position,
      type: routeEvents.type,
      placeKind: routeEvents.placeKind,
      regionCode: sql<string | null>`coalesce(${routeEvents.regionCode}, ${ports.regionCode})`,
      portId: routeEvents.portId,
      lat: routeEvents.lat,
      lng: routeEvents.lng,
      country: routeEvents.country,
      portLat: ports.lat,
      portLng: ports.lng,
    })
    .from(routeEvents)
    .innerJoin(cases, eq(cases.id, routeEvents.caseId))
    .leftJoin(ports, eq(ports.id, routeEvents.portId))
    .where(caseFilterCondition(actor, now, query))
    .orderBy(routeEvents.caseId, routeEvents.position);
}

export async function regionPoints(db: Executor): Promise<Map<string, { name: string; lat: number | null; lng: number | null }>> {
  const rows = await db.select({ code: regions.code, name: regions.name, lat: regions.lat, lng: regions.lng }).from(regions);
  return new Map(rows.map((r) => [r.code, r]));
}

/** Counts per kabupaten/kota code (the first five characters of a Kemendagri code). */
export async function countsByKabkota(db: Executor): Promise<{ cases: Map<string, number>; tips: Map<string, number>; interceptions: Map<string, number> }> {
  const kab = (column: unknown) => sql<string>`left(${column}, 5)`;
  const toMap = (rows: { code: string | null; n: number }[]) => new Map(rows.filter((r) => r.code).map((r) => [r.code!, Number(r.n)]));
  const caseRows = await db
    .select({ code: kab(cases.reportedRegionCode), n: sql<number>`count(*)` })
    .from(cases)
    .groupBy(kab(cases.reportedRegionCode));
  const tipRows = await db.select({ code: kab(tips.regionCode), n: sql<number>`count(*)` }).from(tips).groupBy(kab(tips.regionCode));
  const interceptionRows = await db
    .select({ code: kab(sql`coalesce(${routeEvents.regionCode}, ${ports.regionCode})`), n: sql<number>`count(*)` })
    .from(routeEvents)
    .leftJoin(ports, eq(ports.id, routeEvents.portId))
    .where(and(eq(routeEvents.type, 'interception'), inArray(routeEvents.placeKind, ['port', 'unofficial_landing', 'region'])))
    .groupBy(kab(sql`coalesce(${routeEvents.regionCode}, ${ports.regionCode})`));
  return { cases: toMap(caseRows), tips: toMap(tipRows), interceptions: toMap(interceptionRows) };
}

export type FormulaRow = typeof vulnerabilityFormulas.$inferSelect;

export async function formulas(db: Executor): Promise<FormulaRow[]> {
  return db.select().from(vulnerabilityFormulas).orderBy(desc(vulnerabilityFormulas.version)).limit(20);
}

/** Inserts the next version; null when `version` is no longer the latest (someone else saved first). */
export async function insertFormula(db: Executor, row: FormulaRow): Promise<FormulaRow | null> {
  const inserted = await db.insert(vulnerabilityFormulas).values(row).onConflictDoNothing().returning();
  return inserted[0] ?? null;
}
