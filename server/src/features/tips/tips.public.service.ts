import crypto from 'node:crypto';
import type { PowChallenge, ReporterView, SubmitTipRequest } from '#contracts/tips';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { decryptText, encryptText } from '../../platform/crypto/secrets';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { dayOf } from './tips.deadlines';
import { anonymousContext, checkPlaces, insertTip, prepareReceipt } from './tips.intake';
import { WindowLimiter } from './tips.limits';
import { checkProof, issueChallenge, powKey, spendProof } from './tips.pow';
import { compactReceipt, receiptLookup, receiptLookupKey, verifyReceipt } from './tips.receipts';
import * as repo from './tips.repository';

/** The in-memory abuse limits of one running server (lost on restart, by design). */
export interface TipGuards {
  submissions: WindowLimiter;
  /** Wrong receipt codes. */
  guesses: WindowLimiter;
}

export const guessLimits = { perClient: 10, total: 500 };

export function createTipGuards(deps: Deps): TipGuards {
  const hour = 3600_000;
  return {
    submissions: new WindowLimiter({ perClient: deps.config.tips.clientPerHour, total: deps.config.tips.systemPerHour, windowMs: hour }),
    guesses: new WindowLimiter({ ...guessLimits, windowMs: hour }),
  };
}

const tooMany = () => new AppError('RATE_LIMITED', 'Too many reports or attempts from here or in total; try again in an hour');

export function challenge(deps: Deps, now: Date): Promise<PowChallenge> {
  return issueChallenge(powKey(deps.keys.encryptionKey), now, deps.config.tips.powMaxNumber);
}

/**
 * Takes a report from the public page. The order matters: limits, then the proof of work, then
 * the slow receipt hash, and only then one short transaction (challenge spent, tip, audit).
 * The receipt is returned once and exists nowhere else in clear.
 */
export async function submitTip(deps: Deps, guards: TipGuards, ctx: RequestContext, client: string, input: SubmitTipRequest): Promise<{ receipt: string }> {
  if (!guards.submissions.take(client, ctx.now.getTime())) throw tooMany();
  const { proofOfWork, ...report } = input;
  const proof = await checkProof(deps.db, powKey(deps.keys.encryptionKey), proofOfWork, ctx.now);
  const { nearPortId } = await checkPlaces(deps.db, report);
  const receipt = await prepareReceipt(deps);
  const anonymous = anonymousContext(ctx);
  await deps.db.transaction(async (tx) => {
    await spendProof(tx, proof);
    await insertTip(tx, deps, anonymous, { channel: 'web', report, nearPortId, receipt, createdBy: null });
  });
  return { receipt: receipt.receipt };
}

/**
 * The tip a receipt opens. Unknown and wrong codes get the same answer after the same work (an
 * Argon2 verification against a dummy hash), and both count towards the guessing limits.
 */
export async function openByReceipt(deps: Deps, guards: TipGuards, client: string, receipt: string, now: Date): Promise<repo.TipRow> {
  if (!guards.guesses.allows(client, now.getTime())) throw tooMany();
  const lookup = receiptLookup(receiptLookupKey(deps.keys.encryptionKey), compactReceipt(receipt));
  const row = /^[0-9A-HJKMNP-TV-Z]{16}$/.test(receipt) ? await repo.findTipByLookup(deps.db, lookup) : null;
  if (!(await verifyReceipt(row?.receiptHash ?? null, receipt)) || !row) {
    guards.guesses.hit(client, now.getTime());
    throw new AppError('INVALID_RECEIPT', 'This receipt code does not open a report; check how it was written down');
  }
  return row;
}

/** What the reporter sees: their messages and replies (never internal notes), dated by day. */
export async function reporterView(deps: Deps, tip: repo.TipRow): Promise<ReporterView> {
  const messages = await repo.listMessages(deps.db, tip.id, ['reporter', 'reply']);
  return {
    status: tip.status as ReporterView['status'],
    receivedOn: dayOf(tip.receivedAt),
    messages: messages.map((m) => ({
      from: m.kind === 'reporter' ? ('reporter' as const) : ('staff' as const),
      body: decryptText(deps.keys.encryptionKey, m.bodySealed, `tip-message:${m.id}`),
      on: dayOf(m.createdAt),
      attachmentCount: 0,
    })),
  };
}

/** A message from the reporter (an answer or more information); staff see the tip as unread. */
export async function addReporterMessage(deps: Deps, ctx: RequestContext, tip: repo.TipRow, body: string): Promise<void> {
  const anonymous = anonymousContext(ctx);
  await deps.db.transaction(async (tx) => {
    await repo.findTip(tx, tip.id, { lock: true });
    const id = crypto.randomUUID();
    await repo.insertMessage(
      tx,
      { id, tipId: tip.id, kind: 'reporter', bodySealed: encryptText(deps.keys.encryptionKey, body, `tip-message:${id}`), createdAt: anonymous.now, authorId: null },
      { unreadFromReporter: true },
    );
    await recordAudit(tx, anonymous, { action: 'tip.reporter.message', objectType: 'tip', objectId: tip.id });
  });
}
