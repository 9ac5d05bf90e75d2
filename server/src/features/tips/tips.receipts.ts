import crypto from 'node:crypto';
import os from 'node:os';
import argon2 from 'argon2';
import { receiptGroupLength, receiptGroups } from '#contracts/tips';
import { Semaphore } from '../../platform/concurrency';
import { randomBase32 } from '../../platform/crypto/secrets';

/**
 * Receipt codes. A code is 16 Crockford base32 characters from `crypto.randomInt` (80 bits). The
 * database keeps two things, never the code: an HMAC-SHA256 of it under a key derived from the
 * instance key (the lookup key: finds the row with one index probe) and a salted Argon2id hash (the
 * verifier) at a light setting. A slow hash pays off for secrets people choose; against an 80-bit
 * random code it adds nothing that matters: without the key file an attacker with the database
 * still faces 2^79 guesses per code (per-row salt), far out of reach even at the speed of plain
 * SHA-256; with the key file the lookup HMAC is a faster test than any verifier. So the verifier
 * costs ~0.6 ms instead of ~2.5 ms, which at 200 reports/s is a third of a core saved on two
 * (docs/SECURITY.md). Hashes made with older parameters carry them and still verify.
 */
export const receiptArgon2 = { type: argon2.argon2id, memoryCost: 512, timeCost: 1, parallelism: 1 } as const;
export const receiptEntropyBits = receiptGroups * receiptGroupLength * 5;

const hashing = new Semaphore(Math.max(2, os.availableParallelism()));

/** A fresh receipt code, `XXXX-XXXX-XXXX-XXXX`. */
export function newReceipt(): string {
  return Array.from({ length: receiptGroups }, () => randomBase32(receiptGroupLength)).join('-');
}

/** The code without dashes, as the lookup key and verifier are computed (input is normalised by the contract). */
export const compactReceipt = (receipt: string) => receipt.replace(/-/g, '');

/** A key for receipt lookups, derived from the instance key so no new secret has to be kept. */
const derived = new WeakMap<Buffer, Buffer>();
export function receiptLookupKey(instanceKey: Buffer): Buffer {
  let key = derived.get(instanceKey);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', instanceKey, Buffer.alloc(0), 'benteng/tips/receipt-lookup', 32));
    derived.set(instanceKey, key);
  }
  return key;
}

export function receiptLookup(lookupKey: Buffer, compact: string): string {
  return crypto.createHmac('sha256', lookupKey).update(compact).digest('hex');
}

export function hashReceipt(compact: string): Promise<string> {
  // The 16-byte salt is drawn here from the same CSPRNG, synchronously (microseconds): left to
  // argon2, it is one more trip through the thread pool per hash, and on a busy machine each trip
  // waits for a thread to be scheduled.
  return hashing.run(() => argon2.hash(compact, { ...receiptArgon2, salt: crypto.randomBytes(16) }));
}

let dummy: Promise<string> | undefined;

/**
 * Verifies a code against its hash, or against a dummy hash when no row matched, so an unknown
 * code costs the same work as a wrong one.
 */
export async function verifyReceipt(hash: string | null, compact: string): Promise<boolean> {
  dummy ??= hashReceipt(randomBase32(16));
  const target = hash ?? (await dummy);
  try {
    const ok = await hashing.run(() => argon2.verify(target, compact));
    return ok && hash !== null;
  } catch {
    return false;
  }
}
