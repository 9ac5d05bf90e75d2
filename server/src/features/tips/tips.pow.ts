import crypto from 'node:crypto';
import { createChallenge, extractParams } from 'altcha-lib/v1';
import type { PowChallenge } from '#contracts/tips';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import * as repo from './tips.repository';

/**
 * Proof of work (ALTCHA v1: find n with SHA-256(salt + n) = challenge). A challenge carries its
 * expiry inside the signed salt; it is good for one submission only: its hash is stored in
 * `tip_spent_challenges` in the same transaction as the tip (so a replay loses the race at the
 * primary key), and a wrong answer spends it too.
 */
export const challengeTtlMs = 10 * 60_000;

const derived = new WeakMap<Buffer, string>();

/** The challenge-signing key, derived once from the instance key. */
export function powKey(instanceKey: Buffer): string {
  let key = derived.get(instanceKey);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', instanceKey, Buffer.alloc(0), 'benteng/tips/proof-of-work', 32)).toString('hex');
    derived.set(instanceKey, key);
  }
  return key;
}

export async function issueChallenge(hmacKey: string, now: Date, maxNumber: number): Promise<PowChallenge> {
  const c = await createChallenge({ hmacKey, maxnumber: maxNumber, expires: new Date(now.getTime() + challengeTtlMs) });
  return { algorithm: 'SHA-256', challenge: c.challenge, maxnumber: c.maxnumber ?? maxNumber, salt: c.salt, signature: c.signature };
}

interface Payload {
  algorithm: 'SHA-256';
  challenge: string;
  number: number;
  salt: string;
  signature: string;
}

const rejected = () => new AppError('PROOF_OF_WORK_FAILED', 'The anti-spam check failed or was already used; try sending again');

function decode(proof: string): Payload {
  try {
    const p = JSON.parse(Buffer.from(proof, 'base64').toString('utf8')) as Payload;
    if (p.algorithm !== 'SHA-256' || typeof p.challenge !== 'string' || typeof p.salt !== 'string') throw new Error('shape');
    if (typeof p.signature !== 'string' || !Number.isInteger(p.number)) throw new Error('shape');
    return p;
  } catch {
    throw rejected();
  }
}

const hmacHex = (key: string, value: string) => crypto.createHmac('sha256', key).update(value).digest('hex');

/**
 * Checks a solved challenge and returns what to spend (its challenge hash and expiry). An expired
 * or forged one is refused; a genuine one with a wrong answer is spent at once, then refused.
 */
export async function checkProof(db: Executor, hmacKey: string, proof: string, now: Date): Promise<{ challenge: string; expiresAt: Date }> {
  const payload = decode(proof);
  const issued = Buffer.from(hmacHex(hmacKey, payload.challenge));
  const claimed = Buffer.from(payload.signature);
  if (issued.length !== claimed.length || !crypto.timingSafeEqual(issued, claimed)) throw rejected();
  const expires = Number(extractParams(payload).expires);
  if (!Number.isFinite(expires)) throw rejected();
  const expiresAt = new Date(expires * 1000);
  if (expiresAt.getTime() <= now.getTime()) throw rejected();
  // The answer: SHA-256(salt + number) must be the challenge (ALTCHA v1), checked with node:crypto
  // directly rather than WebCrypto, which would queue behind Argon2 on the thread pool.
  const answer = crypto.createHash('sha256').update(payload.salt + String(payload.number)).digest('hex');
  if (answer !== payload.challenge) {
    await repo.spendChallenge(db, payload.challenge, expiresAt);
    throw rejected();
  }
  return { challenge: payload.challenge, expiresAt };
}

/** Spends a checked challenge inside the submission's transaction; a second use is refused. */
export async function spendProof(tx: Executor, spent: { challenge: string; expiresAt: Date }): Promise<void> {
  if (!(await repo.spendChallenge(tx, spent.challenge, spent.expiresAt))) throw rejected();
}
