import type { Db } from '../../platform/db/database';
import { entryHash, genesisHash } from './audit.chain';
import * as repo from './audit.repository';

/**
 * Links committed audit entries into the hash chain.
 *
 * Writers insert entries with a number from a sequence and no hash, inside their own transaction,
 * and take no lock (a lock held until commit would make every audited change in the system wait
 * for the previous one's commit, WAL flush included). The chainer then takes the chain lock in a
 * short transaction of its own, reads the entries not linked yet in number order, and links them
 * after the current head: place `chain_seq`, `prev_hash`, `hash`. An entry whose transaction
 * commits late is simply linked later, so the chain order is the order entries became visible.
 *
 * Tamper evidence is unchanged in kind: an entry is linked moments after it commits, and always
 * before a signed checkpoint is written (writeCheckpoint and verifyAuditLog link first). Before
 * that, someone able to change rows could already rewrite the unsigned tail of the chain since
 * the last checkpoint; linking later does not widen that window beyond the checkpoint interval.
 */
export async function chainAuditLog(db: Db, batchSize = 1000): Promise<number> {
  let linked = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      await repo.lockChain(tx);
      const head = await repo.findHead(tx);
      const rows = await repo.listUnlinked(tx, batchSize);
      let prevHash = head?.hash ?? genesisHash;
      let chainSeq = head?.seq ?? 0;
      const links = rows.map((row) => {
        const hash = entryHash(prevHash, row);
        const link = { seq: row.seq, chainSeq: ++chainSeq, prevHash, hash };
        prevHash = hash;
        return link;
      });
      await repo.linkEntries(tx, links);
      return links.length;
    });
    linked += n;
    if (n < batchSize) return linked;
  }
}

const listeners = new Set<() => void>();

/** Called by recordAudit after each insert (before its commit): wakes the chainers of this process. */
export function auditWritten(): void {
  for (const listener of listeners) listener();
}

export interface AuditChainer {
  /** Links everything committed so far and waits for it. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the chainer in this process: shortly after an entry is written (batching the entries of a
 * burst into one short transaction), and once more a second after the last write, for entries
 * whose transaction had not committed yet at the first run. Entries written by other processes
 * (the command line) are linked on the next write here, by the minute's checkpoint job, or by
 * verify. Several server processes may each run one; the chain lock keeps them in turn.
 */
export function startAuditChainer(
  db: Db,
  onError: (err: unknown) => void,
  delays: { soonMs: number; trailingMs: number } = { soonMs: 5, trailingMs: 1000 },
): AuditChainer {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let soon: NodeJS.Timeout | null = null;
  let trailing: NodeJS.Timeout | null = null;

  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await chainAuditLog(db);
        } catch (err) {
          onError(err);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const poke = () => {
    if (stopped) return;
    soon ??= setTimeout(() => {
      soon = null;
      void run();
    }, delays.soonMs);
    if (trailing) clearTimeout(trailing);
    trailing = setTimeout(() => {
      trailing = null;
      void run();
    }, delays.trailingMs);
    trailing.unref();
  };

  listeners.add(poke);
  void run(); // entries left unlinked by a previous process
  return {
    flush: async () => {
      await running;
      await run();
    },
    stop: async () => {
      stopped = true;
      listeners.delete(poke);
      if (soon) clearTimeout(soon);
      if (trailing) clearTimeout(trailing);
      await running;
    },
  };
}
