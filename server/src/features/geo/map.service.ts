import type { MapLayers, MapQuery, VulnerabilityFormula, VulnerabilityIndex, VulnerabilityWeights } from '#contracts/map';
import { mapPointKinds, vulnerabilityWeightsSchema } from '#contracts/map';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { versionConflict } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { actorOf } from '../cases';
import { kecamatanAt } from '../reference';
import { kabkotaIndicators } from './geo.files';
import * as repo from './map.repository';
import { defaultWeights, vulnerabilityIndex } from './vulnerability.index';

/** Kemendagri code of the kecamatan containing a region code (21.71.10.1003 → 21.71.10), or null above it. */
export const kecamatanOf = (code: string | null) => (code && code.length >= 8 ? code.slice(0, 8) : null);

const kind = (placeKind: string) => mapPointKinds.indexOf(placeKind === 'unofficial_landing' ? 'landing' : placeKind === 'port' ? 'port' : 'incident');
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * The case layers of the map. Points are the route steps in Kepri/Johor (not abroad). With
 * `map.locations.precise` a point keeps its recorded coordinates (or its port's, or its region's
 * label point); without it every point is moved to the label point of its kecamatan (from the
 * step's region code, or the kecamatan its coordinates fall in), and a step whose kecamatan is
 * unknown is left out — never its own coordinates. Official ports are public places and keep theirs.
 */
export async function mapLayers(deps: Deps, ctx: RequestContext, query: MapQuery): Promise<MapLayers> {
  const actor = actorOf(ctx);
  const precise = actor.permissions.has('map.locations.precise');
  const [steps, regions] = await Promise.all([repo.routeSteps(deps.db, actor, ctx.now, query), repo.regionPoints(deps.db)]);
  const points: MapLayers['points'] = [];
  for (const step of steps) {
    if (step.placeKind === 'abroad') continue;
    let kec = kecamatanOf(step.regionCode);
    let lng = step.lng ?? step.portLng;
    let lat = step.lat ?? step.portLat;
    if (lng === null || lat === null) {
      const region = step.regionCode ? regions.get(step.regionCode) : undefined;
      lng = region?.lng ?? null;
      lat = region?.lat ?? null;
    }
    if (!kec && lng !== null && lat !== null) kec = kecamatanAt(lng, lat)?.code ?? null;
    if (!precise && step.placeKind !== 'port') {
      const centre = kec ? regions.get(kec) : undefined;
      if (!centre || centre.lat === null || centre.lng === null) continue;
      lng = centre.lng;
      lat = centre.lat;
    }
    if (lng === null || lat === null) continue;
    points.push([round5(lng), round5(lat), kind(step.placeKind), kec ?? '']);
  }
  return { precision: precise ? 'precise' : 'kecamatan', points, flows: flowsOf(steps, regions) };
}

/** Per case: origin province (the recruitment step's region), the first official port, the first country abroad. */
function flowsOf(steps: repo.RouteStepRow[], regions: Awaited<ReturnType<typeof repo.regionPoints>>): MapLayers['flows'] {
  const perCase = new Map<string, { origin?: string; port?: repo.RouteStepRow; destination?: string }>();
  for (const step of steps) {
    const flow = perCase.get(step.caseId) ?? {};
    perCase.set(step.caseId, flow);
    if (step.type === 'recruitment' && step.regionCode && !flow.origin) flow.origin = step.regionCode.slice(0, 2);
    if (step.placeKind === 'port' && step.portId && !flow.port) flow.port = step;
    if (step.placeKind === 'abroad' && step.country && step.country !== 'ID' && !flow.destination) flow.destination = step.country;
  }
  const counted = new Map<string, MapLayers['flows'][number]>();
  for (const { origin, port, destination } of perCase.values()) {
    const province = origin ? regions.get(origin) : undefined;
    if (!origin || !destination) continue;
    const key = `${origin}|${port?.portId ?? ''}|${destination}`;
    const flow = counted.get(key) ?? {
      originCode: origin, originName: province?.name ?? origin, originLat: province?.lat ?? null, originLng: province?.lng ?? null,
      portId: port?.portId ?? null, portLat: port?.portLat ?? null, portLng: port?.portLng ?? null, destination, cases: 0,
    };
    flow.cases += 1;
    counted.set(key, flow);
  }
  return [...counted.values()].sort((a, b) => b.cases - a.cases).slice(0, 200);
}

const presentFormula = (row: repo.FormulaRow): VulnerabilityFormula => ({
  version: row.version,
  weights: vulnerabilityWeightsSchema.parse(row.weights),
  note: row.note,
  createdAt: row.createdAt.toISOString(),
});
const initialFormula: VulnerabilityFormula = { version: 0, weights: defaultWeights, note: 'Bobot awal Benteng', createdAt: new Date(0).toISOString() };

/** The index with the formula in force (the latest version, else the defaults) and its history. */
export async function vulnerability(deps: Deps): Promise<VulnerabilityIndex> {
  const [history, counts] = await Promise.all([repo.formulas(deps.db), repo.countsByKabkota(deps.db)]);
  const formula = history[0] ? presentFormula(history[0]) : initialFormula;
  const areas = kabkotaIndicators().map((a) => ({
    ...a,
    cases: counts.cases.get(a.code) ?? 0,
    tips: counts.tips.get(a.code) ?? 0,
    interceptions: counts.interceptions.get(a.code) ?? 0,
  }));
  return { formula, history: history.map(presentFormula), rows: vulnerabilityIndex(areas, formula.weights) };
}

/** Saves new weights as the next version, with the analyst's note; audited in the same transaction. */
export async function saveFormula(deps: Deps, ctx: RequestContext, input: { weights: VulnerabilityWeights; note: string; version: number }): Promise<VulnerabilityFormula> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const [latest] = await repo.formulas(tx);
    if ((latest?.version ?? 0) !== input.version) throw versionConflict();
    const row = await repo.insertFormula(tx, { version: input.version + 1, weights: input.weights, note: input.note, createdAt: ctx.now, createdBy: actor.userId });
    if (!row) throw versionConflict();
    await recordAudit(tx, ctx, {
      action: 'vulnerability-formula.update', objectType: 'vulnerability_formula', objectId: String(row.version), reason: input.note,
      before: { weights: latest?.weights ?? defaultWeights }, after: { weights: row.weights },
    });
    return presentFormula(row);
  });
}
