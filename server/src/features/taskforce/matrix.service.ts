import type { Matrix, MatrixRequest } from '#contracts/taskforce';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import type { Deps } from '../../platform/deps';
import { invalidField, notFound, versionConflict } from '../../platform/http/app-error';
import { agencyNamesById } from '../agencies';
import { recordAudit } from '../audit';
import { actorOf } from '../cases';
import { detectConflicts, firstDuplicate } from './matrix-conflicts';
import * as repo from './matrix.repository';

async function presentMatrix(db: Executor, row: repo.VersionRow | null): Promise<Matrix> {
  const assignments = row?.assignments ?? [];
  const names = await agencyNamesById(db, assignments.map((a) => a.agencyId));
  return {
    version: row?.version ?? 0,
    reason: row?.reason ?? '',
    changedByName: row?.changedByName ?? null,
    changedAt: row?.changedAt.toISOString() ?? null,
    assignments: assignments.map((a) => ({ ...a, agencyName: names.get(a.agencyId)?.name ?? '' })),
    conflicts: detectConflicts(assignments),
  };
}

/** The matrix in force (version 0, all conflicts, before the first save) or an earlier version. */
export async function getMatrix(deps: Deps, version?: number): Promise<Matrix> {
  const row = await repo.findVersion(deps.db, version);
  if (version && !row) throw notFound('Matrix version');
  return presentMatrix(deps.db, row);
}

/** Every version, newest first, with who changed it, when, why and how many conflicts it left. */
export async function listVersions(deps: Deps) {
  const rows = await repo.listVersions(deps.db);
  return {
    items: rows.map((r) => ({ version: r.version, reason: r.reason, changedByName: r.changedByName, changedAt: r.changedAt.toISOString(), conflicts: detectConflicts(r.assignments).length })),
  };
}

/**
 * Saves a new version over the one the editor started from (a concurrent save answers
 * VERSION_CONFLICT). Conflicts are flagged, not refused: the matrix records the dispute until the
 * forum settles it. Audited with the version before and after.
 */
export async function saveMatrix(deps: Deps, ctx: RequestContext, input: MatrixRequest): Promise<Matrix> {
  const actor = actorOf(ctx);
  const duplicate = firstDuplicate(input.assignments);
  if (duplicate >= 0) throw invalidField(`assignments.${duplicate}`, 'duplicate_assignment', 'This agency already has this role for this step');
  return deps.db.transaction(async (tx) => {
    const names = await agencyNamesById(tx, input.assignments.map((a) => a.agencyId));
    const unknown = input.assignments.findIndex((a) => !names.has(a.agencyId));
    if (unknown >= 0) throw invalidField(`assignments.${unknown}.agencyId`, 'unknown_agency', 'Unknown agency');
    const current = await repo.findVersion(tx);
    if ((current?.version ?? 0) !== input.baseVersion) throw versionConflict();
    // The primary key refuses a second save of the same version number by a concurrent editor.
    const version = input.baseVersion + 1;
    if (!(await repo.insertVersion(tx, { version, assignments: input.assignments, reason: input.reason, changedBy: actor.userId, changedAt: ctx.now }))) throw versionConflict();
    const result = await presentMatrix(tx, await repo.findVersion(tx, version));
    await recordAudit(tx, ctx, { action: 'taskforce.matrix.save', objectType: 'taskforce_matrix', objectId: String(version), reason: input.reason, before: current && { version: current.version, assignments: current.assignments }, after: { version, assignments: input.assignments, conflicts: result.conflicts.length } });
    return result;
  });
}
