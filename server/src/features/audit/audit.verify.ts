import type crypto from 'node:crypto';
import type { AuditVerification } from '#contracts/audit';
import type { Db } from '../../platform/db/database';
import { entryHash, genesisHash } from './audit.chain';
import { checkpointSignatureValid, readCheckpoints, type SignedCheckpoint } from './audit.checkpoints';
import { listAscending } from './audit.repository';

type Problem = AuditVerification['problems'][number];

const batchSize = 2000;

/**
 * Recomputes the whole chain and checks it against the signed checkpoints. Detects a changed,
 * deleted or reordered entry (the first bad sequence number is reported), a truncated tail, and a
 * chain rewritten from some point on (its hashes no longer match the checkpoints).
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

  let expectedSeq = 1;
  let prevHash = genesisHash;
  let entries = 0;
  let chainBroken = false;
  for (let after = 0; ; ) {
    const rows = await listAscending(db, after, batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      entries++;
      if (!chainBroken) {
        if (row.seq !== expectedSeq) {
          problems.push({
            seq: row.seq,
            kind: 'gap',
            message: `expected entry ${expectedSeq} but found ${row.seq}: entries are missing or reordered`,
          });
          chainBroken = true;
        } else if (row.prevHash !== prevHash) {
          problems.push({ seq: row.seq, kind: 'link', message: `entry ${row.seq} does not link to entry ${row.seq - 1}` });
          chainBroken = true;
        } else if (entryHash(row.prevHash, row) !== row.hash) {
          problems.push({ seq: row.seq, kind: 'content', message: `entry ${row.seq} was changed after it was written` });
          chainBroken = true;
        }
      }
      if (wanted.has(row.seq)) hashesAt.set(row.seq, row.hash);
      expectedSeq = row.seq + 1;
      prevHash = row.hash;
      after = row.seq;
    }
  }
  const lastSeq = expectedSeq - 1;

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
        message: `entry ${c.seq} differs from checkpoint line ${line}: the chain was rewritten`,
      });
    }
  }
  return { ok: problems.length === 0, entries, checkpoints: checkpoints.length, problems };
}
