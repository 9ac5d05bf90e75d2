import os from 'node:os';
import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordPolicy } from '#contracts/auth';
import { Semaphore } from '../../platform/concurrency';
import { AppError } from '../../platform/http/app-error';
import { randomBase32 } from '../../platform/crypto/secrets';

/** OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
export const argon2Parameters = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Argon2 runs on libuv's thread pool, off the event loop; this bounds how many run at once so a
// burst of sign-ins queues instead of exhausting memory and CPU.
const hashing = new Semaphore(Math.max(1, os.availableParallelism()));

export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => argon2.hash(password, argon2Parameters));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await hashing.run(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

/** True when a stored hash uses weaker parameters than today's, so it is re-hashed at sign-in. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, argon2Parameters);
}

// A hash of a random password, verified against when the account does not exist, so an unknown
// e-mail takes as long to refuse as a wrong password.
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword(`dummy-${Math.PI}-${process.pid}`);
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

/** Passwords people choose most, plus local favourites; lower-cased. */
const localCommon = [
  'bismillah',
  'bismillah123',
  'indonesia',
  'indonesia123',
  'sayangku',
  'sayang123',
  'malaysia',
  'malaysia123',
  'benteng',
  'benteng123',
  'password123',
  'katasandi',
  'rahasia',
  'rahasia123',
  'batam123',
  'kepri123',
  'qwertyuiop',
  '123456789012',
  'alhamdulillah',
  'assalamualaikum',
];
const commonPasswords = new Set([...dictionary.passwords.map((p) => p.toLowerCase()), ...localCommon]);

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-account';

/**
 * Checks a new password the way NIST 800-63B and ASVS 6.2 ask: a minimum length, no composition
 * rules, long passphrases accepted, and no password from the list of the most common ones.
 */
export function passwordProblems(password: string, account: { email: string }): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < passwordPolicy.minLength) problems.push('too-short');
  if (length > passwordPolicy.maxLength) problems.push('too-long');
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower) || commonPasswords.has(lower.replace(/\d+$/, ''))) problems.push('common');
  const localPart = account.email.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) problems.push('contains-account');
  return problems;
}

export function assertAcceptablePassword(password: string, account: { email: string }): void {
  const problems = passwordProblems(password, account);
  if (problems.length === 0) return;
  throw new AppError('PASSWORD_REJECTED', `Choose another password (${problems.join(', ')})`, {
    issues: problems.map((p) => ({ path: 'body.newPassword', code: p, message: p })),
  });
}

/** A random one-time password for new accounts and resets: 4 groups of 5 characters, 100 bits. */
export function temporaryPassword(): string {
  return Array.from({ length: 4 }, () => randomBase32(5)).join('-');
}
