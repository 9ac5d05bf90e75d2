import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditAction } from '#contracts/audit';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { systemContext } from '../../platform/context';
import { entryHash } from './audit.chain';
import { chainAuditLog, startAuditChainer } from './audit.chainer';
import { writeCheckpoint, readCheckpoints } from './audit.checkpoints';
import { recordAudit, recordAuditAlone } from './audit.service';
import { verifyAuditLog } from './audit.verify';

let t: TestApp;
let checkpointFile: string;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const sql = (text: string) => t.deps.database.query(text);
/** Codes only these tests write, so their entries are told apart from the app's own. */
const testAction = (code: `test.${string}`) => code as AuditAction;
const verify = () => verifyAuditLog(t.deps.db, checkpointFile, t.deps.keys.auditVerifyKey);
const checkpoint = () => writeCheckpoint(t.deps.db, checkpointFile, t.deps.keys.auditSigningKey, t.clock.now());

/** Runs SQL as a superuser would, with the append-only trigger switched off, as an attacker might. */
async function tamper(statement: string) {
  await sql('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
  try {
    await sql(statement);
  } finally {
    await sql('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
  }
}

async function freshLog(entries: number) {
  await sql('ALTER TABLE audit_log DISABLE TRIGGER USER');
  await sql('DELETE FROM audit_log');
  await sql('ALTER TABLE audit_log ENABLE TRIGGER USER');
  await sql('ALTER SEQUENCE audit_log_seq_seq RESTART');
  checkpointFile = path.join(t.dir, `checkpoints-${Date.now()}-${Math.random()}.jsonl`);
  for (let i = 1; i <= entries; i++) {
    t.clock.advance(1000);
    await recordAuditAlone(t.deps.db, systemContext(t.clock.now(), `req-${i}`), {
      action: testAction('test.event'),
      objectType: 'thing',
      objectId: String(i),
      before: { n: i - 1 },
      after: { n: i, nested: { b: 2, a: 1 }, list: [1, 'two'] },
    });
  }
  await chainAuditLog(t.deps.db);
}

describe('audit chain', () => {
  beforeEach(() => freshLog(8));

  it('verifies an untouched log', async () => {
    await checkpoint();
    const result = await verify();
    expect(result).toMatchObject({ ok: true, entries: 8, checkpoints: 1, problems: [] });
  });

  it('links each entry to the one before', async () => {
    const { rows } = await t.deps.database.query<{ seq: number; chain_seq: number; prev_hash: string; hash: string }>(
      'SELECT seq, chain_seq, prev_hash, hash FROM audit_log ORDER BY seq',
    );
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows.map((r) => r.chain_seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    await expect(sql("UPDATE audit_log SET action = 'x' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(sql('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('detects a changed entry and names it', async () => {
    await tamper(`UPDATE audit_log SET after = '{"n": 99}' WHERE seq = 5`);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ seq: 5, kind: 'content' });
  });

  it('detects a deleted entry in the middle', async () => {
    await tamper('DELETE FROM audit_log WHERE seq = 4');
    const result = await verify();
    expect(result.problems[0]).toMatchObject({ seq: 5, kind: 'gap' });
  });

  it('detects two entries swapped in the chain', async () => {
    await tamper('UPDATE audit_log SET chain_seq = -3 WHERE seq = 3');
    await tamper('UPDATE audit_log SET chain_seq = 3 WHERE seq = 6');
    await tamper('UPDATE audit_log SET chain_seq = 6 WHERE seq = -3 OR chain_seq = -3');
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ seq: 6, kind: 'link' });
  });

  it('detects two entry numbers swapped', async () => {
    await tamper('UPDATE audit_log SET seq = -3 WHERE seq = 3');
    await tamper('UPDATE audit_log SET seq = 3 WHERE seq = 6');
    await tamper('UPDATE audit_log SET seq = 6 WHERE seq = -3');
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ seq: 6, kind: 'content' });
  });

  it('refuses to link an entry twice or to change an entry that is not linked yet', async () => {
    await expect(sql("UPDATE audit_log SET chain_seq = 99, prev_hash = 'x', hash = 'y' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await recordAuditAlone(t.deps.db, systemContext(t.clock.now()), { action: testAction('test.unlinked') });
    await expect(sql("UPDATE audit_log SET action = 'x' WHERE chain_seq IS NULL")).rejects.toThrow(/append-only/);
    // Linking with a different content at the same time is refused too.
    await expect(sql("UPDATE audit_log SET chain_seq = 9, prev_hash = 'x', hash = 'y', action = 'x' WHERE chain_seq IS NULL")).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM audit_log WHERE chain_seq IS NULL')).rejects.toThrow(/append-only/);
    expect(await chainAuditLog(t.deps.db)).toBe(1);
    expect(await verify()).toMatchObject({ ok: true, entries: 9 });
  });

  it('links an entry whose transaction committed late after the entries that committed before it', async () => {
    // Entry numbers 20 and 10 stand for two transactions: 10 drew its number first but commits last.
    const insert = (seq: number) =>
      sql(`INSERT INTO audit_log (seq, occurred_at, action, outcome) VALUES (${seq}, now(), 'test.late-${seq}', 'success')`);
    await insert(20);
    expect(await chainAuditLog(t.deps.db)).toBe(1);
    await insert(10);
    expect(await chainAuditLog(t.deps.db)).toBe(1);
    const { rows } = await t.deps.database.query<{ seq: number; chain_seq: number }>('SELECT seq, chain_seq FROM audit_log WHERE seq IN (10, 20) ORDER BY chain_seq');
    expect(rows).toEqual([{ seq: 20, chain_seq: 9 }, { seq: 10, chain_seq: 10 }]);
    await checkpoint();
    expect(await verify()).toMatchObject({ ok: true, entries: 10, problems: [] });
  });

  it('links the entries written since the last checkpoint before signing it', async () => {
    await checkpoint();
    await recordAuditAlone(t.deps.db, systemContext(t.clock.now()), { action: testAction('test.after-checkpoint') });
    const written = await checkpoint();
    expect(written).toMatchObject({ seq: 9 });
    await tamper("UPDATE audit_log SET action = 'quietly.changed' WHERE chain_seq = 9");
    expect((await verify()).problems[0]).toMatchObject({ seq: 9, kind: 'content' });
  });

  it('detects a truncated tail against the signed checkpoint', async () => {
    await checkpoint();
    await tamper('DELETE FROM audit_log WHERE seq >= 7');
    const result = await verify();
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'truncated', seq: 8 })]);
  });

  it('detects a chain rewritten from some entry on, even with every hash recomputed', async () => {
    await checkpoint();
    await tamper(`UPDATE audit_log SET after = '{"n": 42}' WHERE seq = 3`);
    // The attacker recomputes every hash from entry 3 on so the chain is consistent in itself.
    const { rows } = await t.deps.database.query<Record<string, unknown>>('SELECT * FROM audit_log ORDER BY seq');
    let prev = rows[1]!.hash as string;
    for (const r of rows.slice(2)) {
      const fields = {
        seq: Number(r.seq),
        occurredAt: new Date(r.occurred_at as string),
        requestId: r.request_id as string,
        actorUserId: r.actor_user_id as string | null,
        actorEmail: r.actor_email as string | null,
        actorAgencyId: r.actor_agency_id as string | null,
        action: r.action as string,
        objectType: r.object_type as string,
        objectId: r.object_id as string,
        outcome: r.outcome as string,
        reason: r.reason as string | null,
        before: r.before,
        after: r.after,
        details: r.details,
      };
      const hash = entryHash(prev, fields);
      await tamper(`UPDATE audit_log SET prev_hash = '${prev}', hash = '${hash}' WHERE seq = ${fields.seq}`);
      prev = hash;
    }
    const result = await verify();
    expect(result.problems.map((p) => p.kind)).toEqual(['checkpoint-mismatch']);
  });

  it('detects a forged checkpoint line', async () => {
    await checkpoint();
    const [line] = fs.readFileSync(checkpointFile, 'utf8').trim().split('\n');
    const forged = { ...JSON.parse(line!), seq: 7 };
    fs.appendFileSync(checkpointFile, `${JSON.stringify(forged)}\n`);
    const result = await verify();
    expect(result.problems.map((p) => p.kind)).toContain('checkpoint-signature');
  });

  it('accepts a chain reset by a signed restore record', async () => {
    await checkpoint();
    await tamper('DELETE FROM audit_log WHERE seq >= 6');
    expect((await verify()).ok).toBe(false);
    await writeCheckpoint(t.deps.db, checkpointFile, t.deps.keys.auditSigningKey, t.clock.now(), 'restore');
    expect(await verify()).toMatchObject({ ok: true, entries: 5 });
    expect(readCheckpoints(checkpointFile).map((c) => c?.type)).toEqual(['checkpoint', 'restore']);
  });

  it('writes a checkpoint only when the head moved', async () => {
    expect(await checkpoint()).not.toBeNull();
    expect(await checkpoint()).toBeNull();
  });
});

describe('concurrent writers', () => {
  it('keep one unbroken chain (no fork, no gap) with 50 writers at once and a chainer running', async () => {
    await freshLog(0);
    const chainer = startAuditChainer(t.deps.db, (err) => {
      throw err;
    }, { soonMs: 0, trailingMs: 50 });
    try {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.deps.db.transaction(async (tx) => {
            await recordAudit(tx, systemContext(t.clock.now(), `w-${i}`), { action: testAction('test.concurrent'), objectId: String(i) });
          }),
        ),
      );
      await chainer.flush();
    } finally {
      await chainer.stop();
    }
    const { rows } = await t.deps.database.query<{ n: number; distinct_prev: number; max: number; unlinked: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT prev_hash)::int AS distinct_prev, max(chain_seq)::int AS max,
              count(*) FILTER (WHERE hash IS NULL)::int AS unlinked FROM audit_log`,
    );
    expect(rows[0]).toEqual({ n: 50, distinct_prev: 50, max: 50, unlinked: 0 });
    expect((await verify()).ok).toBe(true);
  });

  it('rolls the audit entry back with the change it records', async () => {
    await freshLog(2);
    await expect(
      t.deps.db.transaction(async (tx) => {
        await recordAudit(tx, systemContext(t.clock.now()), { action: testAction('test.rolled-back') });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const { rows } = await t.deps.database.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.rolled-back'");
    expect(rows[0]!.n).toBe(0);
    expect((await verify()).ok).toBe(true);
  });
});
