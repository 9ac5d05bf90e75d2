import type crypto from 'node:crypto';
import type { AuditVerification } from '#contracts/audit';
import type { Db } from '../../platform/db/database';
import { entryHash, genesisHash } from './audit.chain';
import { checkpointSignatureValid, readCheckpoints, type SignedCheckpoint } from './audit.checkpoints';
import { chainAuditLog } from './audit.chainer';
import { listChained } from './audit.repository';

type Problem = AuditVerification['problems'][number];

const batchSize = 2000;

/**
 * Links the entries committed so far (audit.chainer.ts), then recomputes the whole chain in chain
 * order and checks it against the signed checkpoints. Detects a changed, deleted or reordered
 * entry (the number of the first bad entry is reported), a truncated tail, and a chain rewritten
 * from some point on (its hashes no longer match the checkpoints, which name places in the chain).
 */
export async function verifyAuditLog(
  db: Db,
  checkpointFile: string,
  verifyKey: crypto.KeyObject,
): Promise<AuditVerification> {
  const problems: Problem[] = [];
  const hashesAt = new Map<number, string>();
  const checkpoints = readCheckpoints(checkpointFile);
  const wanted = new Set(checkpoints.flatMap((c) => (c ? [c.seq] : [])));

  await chainAuditLog(db);
  let expected = 1;
  let prevHash = genesisHash;
  let entries = 0;
  let chainBroken = false;
  for (let after = 0; ; ) {
    const rows = await listChained(db, after, batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      const place = row.chainSeq!;
      const hash = row.hash ?? '';
      entries++;
      if (!chainBroken) {
        if (place !== expected) {
          problems.push({
            seq: row.seq,
            kind: 'gap',
            message: `expected chain place ${expected} but found ${place} (entry ${row.seq}): entries are missing or reordered`,
          });
          chainBroken = true;
        } else if (row.prevHash !== prevHash) {
          problems.push({ seq: row.seq, kind: 'link', message: `entry ${row.seq} does not link to the entry before it in the chain (place ${place - 1})` });
          chainBroken = true;
        } else if (entryHash(prevHash, row) !== hash) {
          problems.push({ seq: row.seq, kind: 'content', message: `entry ${row.seq} was changed after it was written` });
          chainBroken = true;
        }
      }
      if (wanted.has(place)) hashesAt.set(place, hash);
      expected = place + 1;
      prevHash = hash;
      after = place;
    }
  }
  const lastSeq = expected - 1;

  // A restore record supersedes the checkpoints written before it beyond its own point.
  const effective: { c: SignedCheckpoint; line: number }[] = [];
  checkpoints.forEach((c, index) => {
    const line = index + 1;
    if (!c) {
      problems.push({ seq: null, kind: 'checkpoint-unreadable', message: `checkpoint line ${line} is not valid JSON` });
      return;
    }
    if (!checkpointSignatureValid(verifyKey, c)) {
      problems.push({ seq: c.seq, kind: 'checkpoint-signature', message: `checkpoint line ${line} has a bad signature` });
      return;
    }
    if (c.type === 'restore') {
      for (let i = effective.length - 1; i >= 0; i--) if (effective[i]!.c.seq > c.seq) effective.splice(i, 1);
    }
    effective.push({ c, line });
  });
  for (const { c, line } of effective) {
    if (c.seq > lastSeq) {
      problems.push({
        seq: c.seq,
        kind: 'truncated',
        message: `checkpoint line ${line} vouches for ${c.seq} entries but the log has ${lastSeq}`,
      });
    } else if (hashesAt.get(c.seq) !== c.hash) {
      problems.push({
        seq: c.seq,
        kind: 'checkpoint-mismatch',
        message: `the entry at chain place ${c.seq} differs from checkpoint line ${line}: the chain was rewritten`,
      });
    }
  }
  return { ok: problems.length === 0, entries, checkpoints: checkpoints.length, problems };
}
