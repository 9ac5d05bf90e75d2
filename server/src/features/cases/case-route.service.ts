import type { RouteEvent, RouteEventRequest, RouteEventUpdate } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { Executor, Tx } from '../../platform/db/database';
import { invalidField, notFound, versionConflict } from '../../platform/http/app-error';
import { openCaseForEdit } from './case-access';
import { diffFields, recordPartChange } from './case-changes';
import { findCasePerson } from './case-people.repository';
import { placeNames, requirePort, requireRegion } from './case-places';
import * as repo from './case-route.repository';
import { refreshCaseFacets } from './cases.facets';

const eventFields = [
  'type',
  'occurredOn',
  'placeKind',
  'regionCode',
  'portId',
  'lat',
  'lng',
  'placeName',
  'country',
  'transport',
  'description',
  'casePersonId',
] as const;

function present(row: repo.RouteEventRow, names: Awaited<ReturnType<typeof placeNames>>): RouteEvent {
  return {
    id: row.id,
    version: row.version,
    position: row.position,
    type: row.type as RouteEvent['type'],
    occurredOn: row.occurredOn,
    placeKind: row.placeKind as RouteEvent['placeKind'],
    regionCode: row.regionCode,
    regionName: row.regionCode ? (names.regions.get(row.regionCode) ?? null) : null,
    portId: row.portId,
    portName: row.portId ? (names.ports.get(row.portId) ?? null) : null,
    lat: row.lat,
    lng: row.lng,
    placeName: row.placeName,
    country: row.country,
    transport: row.transport as RouteEvent['transport'],
    description: row.description,
    casePersonId: row.casePersonId,
  };
}

/** The route of a case in order, with region and port names. */
export async function presentRoute(db: Executor, caseId: string): Promise<RouteEvent[]> {
  const rows = await repo.listRouteEvents(db, caseId);
  const names = await placeNames(
    db,
    rows.map((r) => r.regionCode),
    rows.map((r) => r.portId),
  );
  return rows.map((r) => present(r, names));
}

async function presentOne(db: Executor, row: repo.RouteEventRow): Promise<RouteEvent> {
  return present(row, await placeNames(db, [row.regionCode], [row.portId]));
}

/** Places must exist, and the person an event is about must be of this case. */
async function validate(tx: Tx, caseId: string, input: RouteEventRequest): Promise<void> {
  await requireRegion(tx, input.regionCode, 'regionCode');
  await requirePort(tx, input.portId, 'portId');
  if (input.casePersonId && !(await findCasePerson(tx, caseId, input.casePersonId))) {
    throw invalidField('casePersonId', 'unknown_person', 'Not a person of this case');
  }
}

async function findOrFail(tx: Tx, caseId: string, eventId: string) {
  const row = await repo.findRouteEvent(tx, caseId, eventId);
  if (!row) throw notFound('Route event');
  return row;
}

export async function addRouteEvent(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  input: RouteEventRequest,
): Promise<RouteEvent> {
  return deps.db.transaction(async (tx) => {
    await openCaseForEdit(tx, ctx, caseId);
    await validate(tx, caseId, input);
    const row = await repo.insertRouteEvent(tx, {
      caseId,
      ...input,
      position: await repo.nextPosition(tx, caseId),
      createdAt: ctx.now,
      createdBy: ctx.actor?.userId ?? null,
      updatedAt: ctx.now,
    });
    await refreshCaseFacets(tx, [caseId]);
    const changes = eventFields.map((field) => ({ field, before: null, after: input[field] }));
    await recordPartChange(tx, ctx, caseId, {
      action: 'add',
      entityType: 'route',
      entityId: row.id,
      changes,
    });
    return presentOne(tx, row);
  });
}

/** Replaces an event's content (a correction, version-checked); its place in the order stays. */
export async function updateRouteEvent(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  eventId: string,
  { version, ...input }: RouteEventUpdate,
): Promise<RouteEvent> {
  return deps.db.transaction(async (tx) => {
    await openCaseForEdit(tx, ctx, caseId);
    const before = await findOrFail(tx, caseId, eventId);
    if (before.version !== version) throw versionConflict();
    await validate(tx, caseId, input);
    const changes = diffFields(before, input, eventFields);
    if (changes.length === 0) return presentOne(tx, before);
    const row = await repo.updateRouteEventRow(tx, eventId, version, { ...input, updatedAt: ctx.now });
    if (!row) throw versionConflict();
    await refreshCaseFacets(tx, [caseId]);
    await recordPartChange(tx, ctx, caseId, {
      action: 'update',
      entityType: 'route',
      entityId: eventId,
      changes,
    });
    return presentOne(tx, row);
  });
}

/** Removes a mistaken step; the history keeps what it said. Answers the route that remains. */
export async function deleteRouteEvent(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  eventId: string,
): Promise<RouteEvent[]> {
  return deps.db.transaction(async (tx) => {
    await openCaseForEdit(tx, ctx, caseId);
    const before = await findOrFail(tx, caseId, eventId);
    await repo.deleteRouteEvent(tx, eventId);
    await refreshCaseFacets(tx, [caseId]);
    const changes = eventFields.map((field) => ({ field, before: before[field], after: null }));
    await recordPartChange(tx, ctx, caseId, {
      action: 'delete',
      entityType: 'route',
      entityId: eventId,
      changes,
    });
    return presentRoute(tx, caseId);
  });
}

/** Puts the route in a new order; `ids` must name every event of the case exactly once. */
export async function reorderRoute(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  ids: string[],
): Promise<RouteEvent[]> {
  return deps.db.transaction(async (tx) => {
    await openCaseForEdit(tx, ctx, caseId);
    const current = (await repo.listRouteEvents(tx, caseId)).map((r) => r.id);
    const same =
      ids.length === current.length &&
      new Set(ids).size === ids.length &&
      ids.every((id) => current.includes(id));
    if (!same)
      throw invalidField('ids', 'not_the_route', 'Send every event id of this case’s route, each once');
    if (ids.some((id, i) => id !== current[i])) {
      await repo.setPositions(tx, caseId, ids);
      await recordPartChange(tx, ctx, caseId, {
        action: 'reorder',
        entityType: 'route',
        entityId: caseId,
        changes: [{ field: 'order', before: current, after: ids }],
      });
    }
    return presentRoute(tx, caseId);
  });
}
