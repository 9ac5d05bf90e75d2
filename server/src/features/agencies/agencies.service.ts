import type { Agency, AgencyType, CreateAgencyRequest, UpdateAgencyRequest } from '#contracts/agencies';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/context';
import { AppError, notFound, versionConflict } from '../../platform/http/app-error';
import { isUniqueViolation } from '../../platform/db/errors';
import { recordAudit } from '../audit';
import * as repo from './agencies.repository';

export function presentAgency(row: repo.AgencyRow): Agency {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    type: row.type as AgencyType,
    country: row.country,
    regionCode: row.regionCode,
    address: row.address,
    phone: row.phone,
    email: row.email,
    isActive: row.isActive,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listAgencies(deps: Deps, query: { q?: string; includeInactive?: 'true' | 'false' }): Promise<Agency[]> {
  const rows = await repo.listAgencies(deps.db, { q: query.q, includeInactive: query.includeInactive === 'true' });
  return rows.map(presentAgency);
}

export async function getAgency(deps: Deps, id: string): Promise<Agency> {
  const row = await repo.findAgency(deps.db, id);
  if (!row) throw notFound('Agency');
  return presentAgency(row);
}

const duplicateCode = () =>
  new AppError('CONFLICT', 'Another agency already uses this code', {
    issues: [{ path: 'body.code', code: 'duplicate', message: 'already in use' }],
  });

export async function createAgency(deps: Deps, ctx: RequestContext, input: CreateAgencyRequest): Promise<Agency> {
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await repo.insertAgency(tx, { ...input, createdAt: ctx.now, updatedAt: ctx.now });
      const agency = presentAgency(row);
      await recordAudit(tx, ctx, { action: 'agency.create', objectType: 'agency', objectId: row.id, after: agency });
      return agency;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateCode();
    throw e;
  }
}

export async function updateAgency(deps: Deps, ctx: RequestContext, id: string, input: UpdateAgencyRequest): Promise<Agency> {
  const { version, ...changes } = input;
  try {
    return await deps.db.transaction(async (tx) => {
      const before = await repo.findAgency(tx, id);
      if (!before) throw notFound('Agency');
      const row = await repo.updateAgency(tx, id, version, { ...changes, updatedAt: ctx.now });
      if (!row) throw versionConflict();
      const agency = presentAgency(row);
      await recordAudit(tx, ctx, {
        action: 'agency.update',
        objectType: 'agency',
        objectId: id,
        before: presentAgency(before),
        after: agency,
      });
      return agency;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateCode();
    throw e;
  }
}
