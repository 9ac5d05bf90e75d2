import type { PersonIdentity } from '#contracts/cases';
import type {
  PairDecisionRequest,
  ReviewPair,
  ReviewQueue,
  ReviewQueueQuery,
  RevealedIdentities,
  SamePersonRequest,
} from '#contracts/linkage-review';
import type { LinkageEvidence } from '#contracts/person-links';
import type { Actor, RequestContext } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db/database';
import type { Deps } from '../../platform/deps';
import { AppError, forbidden, notFound } from '../../platform/http/app-error';
import { recordAudit, recordAuditAlone } from '../audit';
import { staffByIds } from '../auth';
import { actorOf, canEditCase, openCase } from '../cases';
import { mergeRecords } from './groups.service';
import * as groups from './groups.repository';
import { identityOf, loadRecords, type LoadedRecord } from './records.present';
import * as repo from './review.repository';

async function presentPairs(db: Executor, actor: Actor, now: Date, pairs: readonly repo.PairRow[]): Promise<ReviewPair[]> {
  const records = await loadRecords(db, actor, now, pairs.flatMap((p) => [p.leftPersonId, p.rightPersonId]));
  const skippers = await staffByIds(db, pairs.map((p) => p.skippedBy));
  return pairs.map((p) => ({
    id: p.id,
    probability: p.probability,
    band: p.band as ReviewPair['band'],
    status: p.status as ReviewPair['status'],
    evidence: p.evidence as LinkageEvidence[],
    priorWeight: p.priorWeight,
    scoredAt: p.scoredAt.toISOString(),
    skipped: p.skippedAt ? { at: p.skippedAt.toISOString(), by: (p.skippedBy && skippers.get(p.skippedBy)?.displayName) ?? null } : null,
    left: records.get(p.leftPersonId)!.record,
    right: records.get(p.rightPersonId)!.record,
  }));
}

/** Pending pairs whose two records the reviewer may see, most likely first, and how many per band. */
export async function reviewQueue(deps: Deps, ctx: RequestContext, query: ReviewQueueQuery): Promise<ReviewQueue> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const pairs = await repo.queuePairs(tx, actor, ctx.now, query);
    const counts = Object.fromEntries((await repo.countQueue(tx, actor, ctx.now)).map((c) => [c.band, c.n]));
    return {
      items: await presentPairs(tx, actor, ctx.now, pairs),
      counts: { proposed: counts.proposed ?? 0, review: counts.review ?? 0 },
    };
  });
}

/**
 * A reviewer's decision on a pending pair: `confirm` makes the two records one person (group
 * created or extended), `reject` marks them two people. Audited with the reason in the same
 * transaction. A pair the reviewer may not see both records of answers 404.
 */
export async function decidePair(deps: Deps, ctx: RequestContext, pairId: string, request: PairDecisionRequest): Promise<ReviewPair> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const pair = await repo.findPair(tx, actor, ctx.now, pairId, true);
    if (!pair) throw notFound('Pair');
    if (pair.status !== 'pending') throw new AppError('INVALID_TRANSITION', `This pair was already ${pair.status}`);
    const status = request.decision === 'confirm' ? 'confirmed' : 'rejected';
    const base = { pairId: pair.id, pairStatusBefore: pair.status, leftPersonId: pair.leftPersonId, rightPersonId: pair.rightPersonId, reason: request.reason };
    if (request.decision === 'confirm') {
      await mergeRecords(tx, ctx, { ...base, source: 'review' });
    } else {
      const decision = await groups.insertDecision(tx, { kind: 'reject', source: 'review', ...base, decidedAt: ctx.now, decidedBy: actor.userId });
      await recordAudit(tx, ctx, {
        action: 'linkage.reject',
        objectType: 'linkage_pair',
        objectId: pair.id,
        reason: request.reason,
        details: { decisionId: decision.id, left: pair.leftPersonId, right: pair.rightPersonId, probability: pair.probability },
      });
    }
    await repo.setPairStatus(tx, pair.id, status);
    const [presented] = await presentPairs(tx, actor, ctx.now, [{ ...pair, status }]);
    return presented!;
  });
}

/**
 * A reviewer's "not now" on a pending pair: no reason needed, no decision taken; the pair moves
 * behind the pairs nobody skipped, for every reviewer. Audited (`linkage.skip`) in the same
 * transaction. A pair the reviewer may not see both records of answers 404.
 */
export async function skipPair(deps: Deps, ctx: RequestContext, pairId: string): Promise<ReviewPair> {
  const actor = actorOf(ctx);
  return deps.db.transaction(async (tx) => {
    const pair = await repo.findPair(tx, actor, ctx.now, pairId, true);
    if (!pair) throw notFound('Pair');
    if (pair.status !== 'pending') throw new AppError('INVALID_TRANSITION', `This pair was already ${pair.status}`);
    await repo.skipPair(tx, pair.id, ctx.now, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'linkage.skip',
      objectType: 'linkage_pair',
      objectId: pair.id,
      details: {
        left: pair.leftPersonId,
        right: pair.rightPersonId,
        probability: pair.probability,
        previouslySkippedAt: pair.skippedAt?.toISOString() ?? null,
      },
    });
    const [presented] = await presentPairs(tx, actor, ctx.now, [{ ...pair, skippedAt: ctx.now, skippedBy: actor.userId }]);
    return presented!;
  });
}

/**
 * Reveals the identities of records (break-glass, as on the case page): every protected record
 * must be one the actor may reveal, or nothing is revealed and the refusal is audited. Each
 * protected record revealed gets its own `case.identity.view` entry with the reason.
 */
async function reveal(deps: Deps, ctx: RequestContext, loaded: readonly LoadedRecord[], reason: string, via: object): Promise<RevealedIdentities> {
  const hidden = loaded.filter((l) => l.record.identityProtected);
  if (hidden.some((l) => !l.revealVia)) {
    await recordAuditAlone(deps.db, ctx, { action: 'case.identity.view', objectType: 'person', outcome: 'denied', reason, details: via });
    throw forbidden('Your role or your access to these cases does not allow seeing identities');
  }
  const rows = await repo.personRows(deps.db, loaded.map((l) => l.record.personId));
  const identities: Record<string, PersonIdentity> = {};
  for (const { person } of rows) identities[person.id] = identityOf(person);
  await deps.db.transaction(async (tx) => {
    for (const l of hidden)
      await recordAudit(tx, ctx, {
        action: 'case.identity.view',
        objectType: 'case_person',
        objectId: l.revealVia!.casePersonId,
        reason,
        details: { caseId: l.revealVia!.caseId, role: l.revealVia!.role, ...via },
      });
  });
  return { identities };
}

export async function revealPair(deps: Deps, ctx: RequestContext, pairId: string, reason: string): Promise<RevealedIdentities> {
  const actor = actorOf(ctx);
  const pair = await repo.findPair(deps.db, actor, ctx.now, pairId);
  if (!pair) throw notFound('Pair');
  const loaded = await loadRecords(deps.db, actor, ctx.now, [pair.leftPersonId, pair.rightPersonId]);
  return reveal(deps, ctx, [...loaded.values()], reason, { via: 'linkage_pair', pairId });
}

export async function revealGroup(deps: Deps, ctx: RequestContext, groupId: string, reason: string): Promise<RevealedIdentities> {
  const actor = actorOf(ctx);
  const members = await groups.activeMembers(deps.db, groupId);
  // The records detached from the person are shown on its page, so they are revealed with it.
  const detached = await groups.detachedFrom(deps.db, groupId);
  const all = await loadRecords(deps.db, actor, ctx.now, [...members.map((m) => m.personId), ...detached]);
  if (!members.some((m) => all.get(m.personId)?.record.appearances.length)) throw notFound('Person group');
  const loaded = [...all.values()].filter((l) => l.record.appearances.length > 0);
  return reveal(deps, ctx, loaded, reason, { via: 'person_group', groupId });
}

/**
 * From the add-person dialog: the person just entered on a case the actor may edit is the
 * suggested one. Creates or extends their group (a pending pair of the two becomes confirmed).
 */
export async function linkSamePerson(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  casePersonId: string,
  request: SamePersonRequest,
): Promise<{ groupId: string }> {
  const actor = actorOf(ctx);
  const opened = await openCase(deps.db, ctx, caseId);
  if (!canEditCase(actor, opened.access)) throw forbidden('You may read this case but not change it');
  return deps.db.transaction(async (tx: Tx) => {
    const entered = (await loadRecords(tx, actor, ctx.now, [request.personId])).get(request.personId);
    const own = await repo.casePersonOf(tx, caseId, casePersonId);
    if (!own) throw notFound('Person');
    if (!entered || entered.record.appearances.length === 0) throw notFound('Suggested person');
    const pair = await repo.findPairByPersons(tx, own.personId, request.personId);
    const { groupId } = await mergeRecords(tx, ctx, {
      leftPersonId: own.personId,
      rightPersonId: request.personId,
      pairId: pair?.status === 'pending' ? pair.id : null,
      pairStatusBefore: pair?.status === 'pending' ? 'pending' : null,
      source: 'entry',
      reason: request.reason,
    });
    if (pair?.status === 'pending') await repo.setPairStatus(tx, pair.id, 'confirmed');
    return { groupId };
  });
}
