import type { z } from 'zod';
import type { Patrol, PatrolArea, PatrolStatistics, PatrolSummary, PatrolTotals, patrolAreaQuerySchema, patrolListQuerySchema, patrolReportRequestSchema, patrolRequestSchema, patrolUpdateSchema } from '#contracts/patrols';
import type { AuditAction } from '#contracts/audit';
import type { Actor, RequestContext } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db/database';
import type { Deps } from '../../platform/deps';
import { AppError, invalidField, notFound, versionConflict } from '../../platform/http/app-error';
import { findAgency } from '../agencies';
import { recordAudit } from '../audit';
import { raiseNotice } from '../notifications';
import { actorOf, diffFields, openCase, visibleCases } from '../cases';
import { openBody } from '../taskforce';
import { kabkotaNames, kabkotaOfArea } from './patrol-area';
import * as repo from './patrols.repository';

type In<S extends z.ZodType> = z.output<S>;
type ListQuery = In<typeof patrolListQuerySchema>;

/**
 * The agency whose participation limits which patrols the actor sees, or null for all of them.
 * Holders of `patrols.all` (the provincial coordinator) see every patrol; anyone else sees the
 * patrols their agency takes part in.
 */
export const patrolScopeOf = (actor: Actor): string | null => (actor.permissions.has('patrols.all') ? null : actor.agencyId);

/** A patrol the actor may see; any other answers 404 exactly like a missing one. */
async function openPatrol(db: Executor, actor: Actor, id: string, options: { lock?: boolean } = {}): Promise<repo.PatrolRow> {
  const row = await repo.findPatrol(db, id, options);
  const scope = patrolScopeOf(actor);
  if (!row || (scope !== null && !row.agencyIds.includes(scope))) throw notFound('Patrol');
  return row;
}

/** Days in WIB, both ends included, as the half-open instant range the queries take; and the forum, if one is asked for. */
function listFilter(actor: Actor, query: ListQuery): repo.PatrolFilter {
  const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 86_400_000);
  return {
    agencyId: patrolScopeOf(actor),
    ...(query.from ? { from: new Date(`${query.from}T00:00:00+07:00`) } : {}),
    ...(query.to ? { to: nextDay(query.to) } : {}),
    ...(query.bodyId ? { bodyId: query.bodyId } : {}),
  };
}

async function present(db: Executor, ctx: RequestContext, row: repo.PatrolRow): Promise<Patrol> {
  const agencies = await repo.agenciesByIds(db, row.agencyIds);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    bodyId: row.bodyId,
    area: row.area,
    kabkotaCodes: row.kabkotaCodes,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    agencies: row.agencyIds.flatMap((id) => byId.get(id) ?? []),
    vessels: row.vessels,
    objectives: row.objectives,
    status: row.reportedAt ? 'reported' : 'planned',
    report: row.reportedAt
      ? {
          findings: row.findings,
          peopleIntercepted: row.peopleIntercepted ?? 0,
          boatsIntercepted: row.boatsIntercepted ?? 0,
          landings: row.landings,
          cases: await repo.caseNumbers(db, row.caseIds, visibleCases(actorOf(ctx), ctx.now)),
          caseCount: row.caseIds.length,
          reportedAt: row.reportedAt.toISOString(),
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

function summaryOf(row: repo.PatrolRow, byId: Map<string, { id: string; code: string; name: string; country: string }>): PatrolSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    bodyId: row.bodyId,
    kabkotaCodes: row.kabkotaCodes,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    agencies: row.agencyIds.flatMap((id) => byId.get(id) ?? []),
    status: row.reportedAt ? 'reported' : 'planned',
    peopleIntercepted: row.reportedAt ? row.peopleIntercepted : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

async function summaries(db: Executor, filter: repo.PatrolFilter): Promise<PatrolSummary[]> {
  const rows = await repo.listPatrols(db, filter);
  const agencies = await repo.agenciesByIds(db, [...new Set(rows.flatMap((r) => r.agencyIds))]);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return rows.map((r) => summaryOf(r, byId));
}

/** The areas of the patrols the actor sees (for the risk map), newest first. */
export async function listPatrolAreas(deps: Deps, ctx: RequestContext, query: In<typeof patrolAreaQuerySchema>): Promise<{ items: PatrolArea[] }> {
  const { agencyId, ...period } = query;
  const filter = { ...listFilter(actorOf(ctx), period), ...(agencyId ? { participantId: agencyId } : {}) };
  const rows = await repo.listPatrols(deps.db, filter);
  const byId = new Map((await repo.agenciesByIds(deps.db, [...new Set(rows.flatMap((r) => r.agencyIds))])).map((a) => [a.id, a]));
  return {
    items: rows.map((row) => {
      const { id, kind, title, startsAt, endsAt, agencies, status } = summaryOf(row, byId);
      return { id, kind, title, area: row.area, startsAt, endsAt, agencies, status };
    }),
  };
}

/** The patrols the actor sees in the period (and forum) asked for, newest first. */
export async function listPatrols(deps: Deps, ctx: RequestContext, query: ListQuery): Promise<{ items: PatrolSummary[] }> {
  return { items: await summaries(deps.db, listFilter(actorOf(ctx), query)) };
}

export async function getPatrol(deps: Deps, ctx: RequestContext, id: string): Promise<Patrol> {
  return present(deps.db, ctx, await openPatrol(deps.db, actorOf(ctx), id));
}

/**
 * The plan's references: known agencies (the actor's own among them unless they see every patrol,
 * so nobody plans a patrol they could not then read), vessels of participating agencies, a body
 * the actor may see.
 */
async function checkPlan(tx: Tx, actor: Actor, plan: { agencyIds?: string[]; vessels?: { agencyId: string }[]; bodyId?: string | null }, current?: repo.PatrolRow) {
  const agencyIds = plan.agencyIds ?? current?.agencyIds ?? [];
  if (plan.agencyIds) {
    if (new Set(plan.agencyIds).size !== plan.agencyIds.length) throw invalidField('agencyIds', 'duplicate_agency', 'An agency is listed twice');
    for (const [i, id] of plan.agencyIds.entries()) if (!(await findAgency(tx, id))) throw invalidField(`agencyIds.${i}`, 'unknown_agency', 'Unknown agency');
    const scope = patrolScopeOf(actor);
    if (scope !== null && !plan.agencyIds.includes(scope)) throw invalidField('agencyIds', 'own_agency_required', 'Your agency must take part in the patrols it plans');
  }
  for (const [i, v] of (plan.vessels ?? current?.vessels ?? []).entries())
    if (!agencyIds.includes(v.agencyId)) throw invalidField(`vessels.${i}.agencyId`, 'not_participating', "A vessel's agency must take part in the patrol");
  if (plan.bodyId) {
    try {
      await openBody(tx, actor, plan.bodyId);
    } catch {
      throw invalidField('bodyId', 'unknown_body', 'Unknown forum or task force');
    }
  }
}

export async function planPatrol(deps: Deps, ctx: RequestContext, input: In<typeof patrolRequestSchema>): Promise<Patrol> {
  const actor = actorOf(ctx);
  const patrol = await deps.db.transaction(async (tx) => {
    await checkPlan(tx, actor, input);
    const row = await repo.insertPatrol(tx, {
      ...input,
      kabkotaCodes: kabkotaOfArea(input.area),
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      createdBy: actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const patrol = await present(tx, ctx, row);
    await recordAudit(tx, ctx, { action: 'patrols.plan', objectType: 'patrol', objectId: row.id, after: patrol });
    return patrol;
  });
  await raiseNotice(deps, plannedNotice(deps, patrol));
  return patrol;
}

const wib = (iso: string) => `${new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} WIB`;

/** The e-mail to the agencies taking part: kind, window, kab/kota, agencies and a link; no free text typed by users. */
function plannedNotice(deps: Deps, patrol: Patrol) {
  const names = kabkotaNames();
  const area = patrol.kabkotaCodes.map((c) => names.get(c) ?? c).join(', ');
  const agencies = patrol.agencies.map((a) => a.name).join(', ');
  const [id, en] = patrol.kind === 'operation' ? ['Operasi bersama', 'Joint operation'] : ['Patroli bersama', 'Joint patrol'];
  return {
    kind: 'patrols.planned',
    objectId: patrol.id,
    agencyIds: patrol.agencies.map((a) => a.id),
    permission: 'patrols.read' as const,
    subject: `[Benteng] ${id} direncanakan / ${en} planned: ${wib(patrol.startsAt)}`,
    text: [
      `${id} direncanakan dengan instansi Anda / ${en} planned with your agency.`,
      '',
      `Waktu / When: ${wib(patrol.startsAt)} – ${wib(patrol.endsAt)}`,
      `Wilayah / Area: ${area}`,
      `Instansi / Agencies: ${agencies}`,
      '',
      `Masuk ke Benteng untuk rencana lengkap / Sign in for the full plan: ${deps.config.publicUrl}/patrols/${patrol.id}`,
    ].join('\n'),
  };
}

/**
 * Runs a version-checked change to a patrol the actor may see and manage, audited in the
 * transaction. `work` answers 'unchanged' for a request that changes nothing (as the case registry
 * does): the patrol is answered as it is, with no new version and no audit entry.
 */
async function changePatrol(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: AuditAction,
  work: (tx: Tx, before: repo.PatrolRow) => Promise<repo.PatrolRow | null | 'unchanged'>,
): Promise<Patrol> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const before = await openPatrol(tx, actor, id, { lock: true });
    const row = await work(tx, before);
    if (row === 'unchanged') return present(tx, ctx, before);
    if (!row) throw versionConflict();
    const after = await present(tx, ctx, row);
    await recordAudit(tx, ctx, { action, objectType: 'patrol', objectId: id, before: await present(tx, ctx, before), after });
    return after;
  });
}

export const updatePlan = (deps: Deps, ctx: RequestContext, id: string, input: In<typeof patrolUpdateSchema>) =>
  changePatrol(deps, ctx, id, 'patrols.update', async (tx, before) => {
    const { version, startsAt, endsAt, area, ...changes } = input;
    if (before.version !== version) throw versionConflict();
    await checkPlan(tx, actorOf(ctx), changes, before);
    const starts = startsAt ? new Date(startsAt) : before.startsAt;
    const ends = endsAt ? new Date(endsAt) : before.endsAt;
    if (ends <= starts) throw invalidField('endsAt', 'ends_before_start', 'The patrol must end after it starts');
    const next = { ...changes, ...(area ? { area, kabkotaCodes: kabkotaOfArea(area) } : {}), startsAt: starts, endsAt: ends };
    if (diffFields(before, next, Object.keys(next) as (keyof typeof next & keyof repo.PatrolRow)[]).length === 0) return 'unchanged';
    return repo.updatePatrol(tx, id, version, { ...next, updatedAt: ctx.now });
  });

/** Records (or corrects) what the patrol found. Linked cases must be cases the reporter may see. */
export const reportPatrol = (deps: Deps, ctx: RequestContext, id: string, input: In<typeof patrolReportRequestSchema>) =>
  changePatrol(deps, ctx, id, 'patrols.report', async (tx, before) => {
    if (before.startsAt > ctx.now) throw new AppError('INVALID_TRANSITION', 'A patrol is reported once it has started');
    const { version, ...report } = input;
    if (new Set(report.caseIds).size !== report.caseIds.length) throw invalidField('caseIds', 'duplicate_case', 'A case is linked twice');
    for (const [i, caseId] of report.caseIds.entries()) {
      try {
        await openCase(tx, ctx, caseId);
      } catch {
        throw invalidField(`caseIds.${i}`, 'unknown_case', 'Unknown case');
      }
    }
    // Links to cases the reporter cannot see stay as they were (they could not have removed them knowingly).
    const hidden = before.caseIds.filter((c) => !report.caseIds.includes(c));
    const stillHidden: string[] = [];
    for (const caseId of hidden) await openCase(tx, ctx, caseId).catch(() => stillHidden.push(caseId));
    return repo.updatePatrol(tx, id, version, { ...report, caseIds: [...report.caseIds, ...stillHidden], reportedAt: before.reportedAt ?? ctx.now, updatedAt: ctx.now });
  });

/** Statistics per month and per kab/kota of the patrols the actor sees, computed in SQL. */
export async function statistics(deps: Deps, ctx: RequestContext, query: ListQuery): Promise<PatrolStatistics> {
  const filter = listFilter(actorOf(ctx), query);
  const names = kabkotaNames();
  const [totals, byMonth, byArea] = [await repo.totalsOf(deps.db, filter), await repo.totalsByMonth(deps.db, filter), await repo.totalsByKabkota(deps.db, filter)];
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    totals,
    byMonth,
    byArea: byArea.map((r) => ({ ...r, kabkotaName: names.get(r.kabkotaCode) ?? r.kabkotaCode })),
  };
}

/** One patrol as the forum report lists it; figures are null until the patrol is reported. */
export interface PatrolResult {
  id: string;
  kind: Patrol['kind'];
  title: string;
  startsAt: Date;
  endsAt: Date;
  agencies: string[];
  kabkota: string[];
  reported: boolean;
  peopleIntercepted: number | null;
  boatsIntercepted: number | null;
  landingsFound: number | null;
  casesOpened: number | null;
}

export interface PatrolResults {
  totals: PatrolTotals;
  /** Oldest first. */
  patrols: PatrolResult[];
}

/**
 * Patrol results for the forum report of a body's meeting: the patrols that started within
 * [from, to) under that body or under none, among those the caller may see (a liaison only those
 * their agency took part in), and their totals (computed in SQL with the same filter).
 */
export async function patrolResults(db: Executor, ctx: RequestContext, window: { from: Date; to: Date; bodyId: string }): Promise<PatrolResults> {
  const filter: repo.PatrolFilter = { agencyId: patrolScopeOf(actorOf(ctx)), from: window.from, to: window.to, bodyOrNone: window.bodyId };
  const rows = (await repo.listPatrols(db, filter)).reverse();
  const agencies = new Map((await repo.agenciesByIds(db, [...new Set(rows.flatMap((r) => r.agencyIds))])).map((a) => [a.id, a.name]));
  const names = kabkotaNames();
  const figure = (row: repo.PatrolRow, value: number | null) => (row.reportedAt ? (value ?? 0) : null);
  return {
    totals: await repo.totalsOf(db, filter),
    patrols: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      agencies: r.agencyIds.flatMap((id) => agencies.get(id) ?? []),
      kabkota: r.kabkotaCodes.map((c) => names.get(c) ?? c),
      reported: r.reportedAt !== null,
      peopleIntercepted: figure(r, r.peopleIntercepted),
      boatsIntercepted: figure(r, r.boatsIntercepted),
      landingsFound: figure(r, r.landings.length),
      casesOpened: figure(r, r.caseIds.length),
    })),
  };
}
