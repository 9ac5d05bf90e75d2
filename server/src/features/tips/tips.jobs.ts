import type { Deps } from '../../platform/deps';
import { systemContext } from '../../platform/context';
import type { JobDefinition } from '../../platform/jobs/queue';
import { recordAudit } from '../audit';
import * as repo from './tips.repository';
import { whatsappDeliveryRetentionDays } from './tips.whatsapp';

/**
 * Escalation to the BPPD coordinator: an open tip past the deadline of its stage is marked
 * escalated once (the coordinator's queue filters on it) and the escalation is audited.
 */
export async function escalateOverdueTips(deps: Deps, now: Date): Promise<number> {
  const ctx = systemContext(now, 'tips-escalate');
  let count = 0;
  for (const tip of await repo.overdueUnescalated(deps.db, now)) {
    await deps.db.transaction(async (tx) => {
      const row = await repo.updateTip(tx, tip.id, tip.version, { escalatedAt: now });
      if (!row) return; // changed meanwhile: the next run looks again
      count++;
      await recordAudit(tx, ctx, {
        action: 'tip.escalate',
        objectType: 'tip',
        objectId: tip.id,
        details: { status: tip.status, agencyId: tip.agencyId, verifyDueAt: tip.verifyDueAt, actDueAt: tip.actDueAt },
      });
    });
  }
  return count;
}

/**
 * Retention: closed tips that led to nothing (no case) are deleted with their messages, files
 * and receipt hash once closed for longer than the retention period; an audit entry of the purge
 * is all that remains. Spent proof-of-work challenges past their expiry go too, and WhatsApp
 * message ids older than two weeks.
 */
export async function purgeClosedTips(deps: Deps, now: Date): Promise<number> {
  const ctx = systemContext(now, 'tips-purge');
  const cutoff = new Date(now.getTime() - deps.config.tips.retentionDays * 86_400_000);
  let count = 0;
  for (const tip of await repo.purgeableTips(deps.db, cutoff)) {
    await deps.db.transaction(async (tx) => {
      await repo.deleteTip(tx, tip.id);
      await recordAudit(tx, ctx, { action: 'tip.purge', objectType: 'tip', objectId: tip.id, details: { outcome: tip.outcome, retentionDays: deps.config.tips.retentionDays } });
    });
    count++;
  }
  await repo.purgeSpentChallenges(deps.db, now);
  await repo.purgeWhatsappDeliveries(deps.db, new Date(now.getTime() - whatsappDeliveryRetentionDays * 86_400_000));
  return count;
}

export function tipJobs(deps: Deps): JobDefinition[] {
  return [
    { name: 'tips-escalate', schedule: '*/15 * * * *', run: async () => void (await escalateOverdueTips(deps, deps.clock.now())) },
    { name: 'tips-purge', schedule: '41 3 * * *', run: async () => void (await purgeClosedTips(deps, deps.clock.now())) },
  ];
}
