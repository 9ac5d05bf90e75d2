import { taskforceBodies } from '../../../seeds/taskforce-bodies';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { findAgencyByCode } from '../agencies';
import { recordAudit } from '../audit';
import * as repo from './taskforce.repository';

/**
 * Loads the forums and task forces (seeds/taskforce-bodies.ts) into a database without any, after
 * the agencies; a member whose agency code is missing (an administrator removed it) is skipped.
 * Answers how many bodies it created.
 */
export async function seedTaskforceBodiesIfEmpty(db: Db, ctx: RequestContext): Promise<number> {
  if ((await repo.countBodies(db)) > 0) return 0;
  return db.transaction(async (tx) => {
    const idByCode = new Map<string, string>();
    let members = 0;
    for (const seed of taskforceBodies) {
      const parentId = seed.parentCode ? (idByCode.get(seed.parentCode) ?? null) : null;
      const body = await repo.insertBody(tx, { code: seed.code, kind: seed.kind, name: seed.name, parentId, regionCode: seed.regionCode, createdAt: ctx.now });
      idByCode.set(seed.code, body.id);
      for (const m of seed.members) {
        const agency = await findAgencyByCode(tx, m.agencyCode);
        if (!agency) continue;
        await repo.insertMember(tx, { bodyId: body.id, agencyId: agency.id, role: m.role, representativeName: null, representativeTitle: m.representativeTitle, updatedAt: ctx.now });
        members += 1;
      }
    }
    await recordAudit(tx, ctx, { action: 'system.seed.taskforce-bodies', details: { bodies: taskforceBodies.length, members } });
    return taskforceBodies.length;
  });
}
