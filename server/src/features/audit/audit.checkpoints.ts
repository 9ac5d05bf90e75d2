import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../platform/db/database';
import { canonicalJson } from './audit.chain';
import { chainAuditLog } from './audit.chainer';
import { findHead } from './audit.repository';

/**
 * A signed statement about the chain head, kept outside the database. `checkpoint` says "the chain
 * had this hash at this length"; `restore` says "the chain was deliberately reset to this point".
 */
export interface SignedCheckpoint {
  type: 'checkpoint' | 'restore';
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  signature: string;
}

export function keyIdOf(publicKey: crypto.KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('hex').slice(0, 16);
}

function signedPart(c: Omit<SignedCheckpoint, 'signature'>): string {
  return canonicalJson({ type: c.type, seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId });
}

export function signCheckpoint(
  key: crypto.KeyObject,
  fields: Pick<SignedCheckpoint, 'type' | 'seq' | 'hash' | 'at'>,
): SignedCheckpoint {
  const unsigned = { ...fields, keyId: keyIdOf(crypto.createPublicKey(key)) };
  const signature = crypto.sign(null, Buffer.from(signedPart(unsigned)), key).toString('base64');
  return { ...unsigned, signature };
}

export function checkpointSignatureValid(publicKey: crypto.KeyObject, c: SignedCheckpoint): boolean {
  try {
    return crypto.verify(null, Buffer.from(signedPart(c)), publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Reads the checkpoint file; a line that is not valid JSON comes back as null so verify can report it. */
export function readCheckpoints(file: string): (SignedCheckpoint | null)[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as SignedCheckpoint;
      } catch {
        return null;
      }
    });
}

/** Appends one line and flushes it to disk before returning. */
export function appendCheckpoint(file: string, checkpoint: SignedCheckpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Links the entries committed so far, then writes a signed checkpoint of the chain head unless
 * the last one already covers it. Returns the checkpoint written, or null when nothing changed.
 * `seq` in a checkpoint is a place in the chain (`chain_seq`).
 */
export async function writeCheckpoint(
  db: Db,
  file: string,
  signingKey: crypto.KeyObject,
  now: Date,
  type: SignedCheckpoint['type'] = 'checkpoint',
): Promise<SignedCheckpoint | null> {
  await chainAuditLog(db);
  const head = await findHead(db);
  if (!head) return null;
  const last = readCheckpoints(file).at(-1);
  if (type === 'checkpoint' && last && last.seq === head.seq && last.hash === head.hash) return null;
  const checkpoint = signCheckpoint(signingKey, { type, seq: head.seq, hash: head.hash, at: now.toISOString() });
  appendCheckpoint(file, checkpoint);
  return checkpoint;
}
