import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { agencyStaff, call, casePayload, ok, suspectPayload, victimPayload } from '../../../test/case-fixtures';
import { startJobQueue } from '../../platform/jobs/queue';
import { linkageJobs } from './scoring.jobs';

/*
 * The linkage review over real HTTP and the real database: a run scores the registry, reviewers
 * see the pairs whose two records they may see, confirm and reject with a reason, and un-merge
 * restores memberships, groups and pairs exactly. Person records are never written.
 */
let t: TestApp;
let officerA: { cookie: string; id: string };
let officerB: { cookie: string };
let coordinator: { cookie: string };
const people: Record<string, { id: string; personId: string; caseId: string }> = {};

const nik = '2171010307940001';
const sent: { name: string; data: any }[] = [];

async function addPerson(cookie: string, caseId: string, key: string, payload: object) {
  const person = await ok(t, cookie, 'POST', `/api/cases/${caseId}/people`, payload);
  people[key] = { id: person.id, personId: person.personId, caseId };
}

/** Runs the registry scoring as the queue would: the route queues it, the worker runs it. */
async function scoreRegistry() {
  t.clock.advanceMinutes(5);
  const run = await ok(t, coordinator.cookie, 'POST', '/api/linkage/runs');
  expect(run.status).toBe('queued');
  const job = sent.pop()!;
  expect(job.name).toBe('linkage-score');
  await linkageJobs(t.deps)[0]!.run(job.data);
  return run.id as string;
}

const queue = (cookie: string, band = 'all') => ok(t, cookie, 'GET', `/api/linkage/pairs?band=${band}&limit=50`);
const pairOf = (items: any[], a: string, b: string) =>
  items.find(
    (p) =>
      (p.left.personId === people[a]!.personId && p.right.personId === people[b]!.personId) ||
      (p.left.personId === people[b]!.personId && p.right.personId === people[a]!.personId),
  );
const reason = 'Same NIK and birth date, checked with the case files';

/** Every row of the tables linkage may touch, in a fixed order. */
async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const table of ['persons', 'case_persons', 'person_groups', 'person_group_members', 'linkage_pairs'])
    out[table] = (await t.deps.database.query(`SELECT * FROM ${table} ORDER BY id`)).rows;
  return JSON.parse(JSON.stringify(out));
}

beforeAll(async () => {
  t = await buildTestApp();
  t.deps.jobs = { send: async (name, data) => (sent.push({ name, data }), 'job') };
  officerA = (await agencyStaff(t, [['officer']])).users[0]!;
  officerB = (await agencyStaff(t, [['officer']])).users[0]!;
  coordinator = (await agencyStaff(t, [['coordinator']])).users[0]!;
  const newCase = async (cookie: string) => (await ok(t, cookie, 'POST', '/api/cases', casePayload())).id as string;
  const [a1, a2, a3, b1] = [await newCase(officerA.cookie), await newCase(officerA.cookie), await newCase(officerA.cookie), await newCase(officerB.cookie)];
  await addPerson(officerA.cookie, a1, 's1', suspectPayload({ fullName: 'Muhammad Rizki Pratama', birthDate: '1994-07-03', nik, originRegionCode: '21.71.10' }));
  await addPerson(officerA.cookie, a2, 's2', suspectPayload({ fullName: 'Moch. Rizky Pratama', birthDate: '1994-03-07' }));
  await addPerson(officerA.cookie, a3, 's3', suspectPayload({ fullName: 'Rizki Pratama', birthDate: '1994-07-03', nik }));
  await addPerson(officerB.cookie, b1, 'sb', suspectPayload({ fullName: 'Muhammad Rizki Pratama', birthDate: '1994-07-03', nik }));
  await addPerson(officerA.cookie, a1, 'v1', victimPayload());
  await addPerson(officerA.cookie, a2, 'v2', victimPayload({ fullName: 'Siti Aminah', aliases: [], passportNumber: null, phone: null, address: null }));
  const others: [string, string, string][] = [
    ['Budi Santoso', '1980-01-02', 'male'],
    ['Hendra Gunawan Saputra', '1988-05-15', 'male'],
    ['Agus Salim', '1975-12-12', 'male'],
    ['Dewi Lestari', '1992-09-09', 'female'],
    ['Yohanes Situmorang', '1971-11-30', 'male'],
    ['Wahyu Hidayat', '1985-04-21', 'male'],
    ['Nur Aisyah', '1996-02-14', 'female'],
  ];
  for (const [i, [fullName, birthDate, sex]] of others.entries())
    await addPerson(officerA.cookie, a3, `o${i}`, suspectPayload({ fullName, birthDate, sex }));
});
afterAll(() => t.close());

describe('scoring the registry', () => {
  it('stores candidate pairs with probability and evidence, one run at a time, without touching a person record', async () => {
    const before = await snapshot();
    const run = await ok(t, coordinator.cookie, 'POST', '/api/linkage/runs');
    expect((await call(t, coordinator.cookie, 'POST', '/api/linkage/runs')).statusCode).toBe(409);
    await linkageJobs(t.deps)[0]!.run(sent.pop()!.data);
    const { runs } = await ok(t, coordinator.cookie, 'GET', '/api/linkage/runs');
    expect(runs[0]).toMatchObject({ id: run.id, status: 'done', records: 13 });
    expect(runs[0].proposed + runs[0].review).toBeGreaterThanOrEqual(7);
    const after = await snapshot();
    expect(after.persons).toEqual(before.persons);
    expect(after.case_persons).toEqual(before.case_persons);

    const { items } = await queue(coordinator.cookie);
    const pair = pairOf(items, 's1', 's2');
    expect(pair.probability).toBeGreaterThan(0.5);
    const levels = Object.fromEntries(pair.evidence.map((e: any) => [e.field, e.level]));
    expect(levels).toMatchObject({ birthDate: 'day and month swapped', sex: 'same', nik: 'missing', phone: 'missing' });
    const logOdds = pair.priorWeight + pair.evidence.reduce((s: number, e: any) => s + e.weight, 0);
    expect(1 / (1 + 2 ** -logOdds)).toBeCloseTo(pair.probability, 2);
    const audit = await t.deps.database.query(`SELECT details FROM audit_log WHERE action = 'linkage.run' AND object_id = $1`, [run.id]);
    expect(audit.rows).toHaveLength(1);
  });

  it('a run sent to the pg-boss queue (linkage-score) is run by its worker', async () => {
    const jobs = t.deps.jobs;
    const queue = await startJobQueue(t.deps.database, linkageJobs(t.deps), t.deps.logger);
    t.deps.jobs = queue;
    try {
      t.clock.advanceMinutes(5);
      const run = await ok(t, coordinator.cookie, 'POST', '/api/linkage/runs');
      // pg-boss polls (every 5 s on PGlite): follow the run for up to a minute.
      let latest = run;
      for (let i = 0; i < 60 && ['queued', 'running'].includes(latest.status); i++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        latest = (await ok(t, coordinator.cookie, 'GET', '/api/linkage/runs')).runs.find((r: any) => r.id === run.id);
      }
      expect(latest).toMatchObject({ id: run.id, status: 'done', records: 13 });
    } finally {
      t.deps.jobs = jobs;
      await queue.stop();
    }
  }, 90_000);
});

describe('who sees which pairs', () => {
  it('shows a coordinator suspects across agencies but never a victim', async () => {
    const { items, counts } = await queue(coordinator.cookie);
    expect(pairOf(items, 's1', 'sb')).toBeDefined();
    expect(pairOf(items, 'v1', 'v2')).toBeUndefined();
    expect(items.every((p: any) => !p.left.identityProtected && !p.right.identityProtected)).toBe(true);
    expect(counts.proposed + counts.review).toBe(items.length);
    expect(pairOf(items, 's1', 'sb').left.identity.nik).toBe(nik);
    const records = items.flatMap((p: any) => [p.left, p.right]);
    expect(records.find((r: any) => r.personId === people.s1!.personId)).toMatchObject({
      originRegionCode: '21.71.10',
      originRegionName: 'Batam Kota, Kota Batam, Kepulauan Riau',
    });
    expect(records.find((r: any) => r.personId === people.sb!.personId)).toMatchObject({ originRegionCode: null, originRegionName: null });
  });

  it('shows an officer their agency’s victims masked, and never a record of a case they may not see', async () => {
    const { items } = await queue(officerA.cookie);
    expect(pairOf(items, 's1', 'sb')).toBeUndefined();
    const victims = pairOf(items, 'v1', 'v2');
    expect(victims.left).toMatchObject({ identityProtected: true, identity: null, birthYear: 1999 });
    expect(victims.left.masked.nik).toBe('••••••••••••0001');
    expect(victims.left.masked.fullName).toMatch(/^S••• A•••/);
    expect(victims.left.appearances[0].pseudonym).toMatch(/^victim-1-/);
    expect((await queue(officerB.cookie)).items).toEqual([]);
  });

  it('reveals identities only with a reason, one audit entry per protected record; refuses others with 404', async () => {
    const victims = pairOf((await queue(officerA.cookie)).items, 'v1', 'v2');
    const url = `/api/linkage/pairs/${victims.id}/identity`;
    expect((await call(t, officerA.cookie, 'POST', url, { reason: 'short' })).statusCode).toBe(400);
    const { identities } = await ok(t, officerA.cookie, 'POST', url, { reason: 'Checking a duplicate victim record' });
    expect(identities[people.v1!.personId].fullName).toBe('Siti Aminah binti Abdullah');
    const audit = await t.deps.database.query(
      `SELECT object_id FROM audit_log WHERE action = 'case.identity.view' AND reason = 'Checking a duplicate victim record' ORDER BY object_id`,
    );
    expect(audit.rows.map((r: any) => r.object_id).sort()).toEqual([people.v1!.id, people.v2!.id].sort());
    expect((await call(t, coordinator.cookie, 'POST', url, { reason: 'Checking a duplicate victim record' })).statusCode).toBe(404);
    expect((await call(t, coordinator.cookie, 'POST', `/api/linkage/pairs/${victims.id}/decision`, { decision: 'confirm', reason })).statusCode).toBe(404);
  });
});

describe('skipping a pair', () => {
  const ids = (items: any[]) => items.map((p: any) => p.id);

  it('moves the pair behind every pair not skipped, for every reviewer, oldest skip first, and keeps it through a new run', async () => {
    const first = (await queue(officerA.cookie)).items;
    const x = pairOf(first, 's1', 's3');
    const y = pairOf(first, 's1', 's2');
    expect(x.skipped).toBeNull();

    const skipped = await ok(t, officerA.cookie, 'POST', `/api/linkage/pairs/${x.id}/skip`);
    const name = (await t.deps.database.query<{ display_name: string }>(`SELECT display_name FROM users WHERE id = $1`, [officerA.id])).rows[0]!.display_name;
    expect(skipped).toMatchObject({ id: x.id, status: 'pending', skipped: { at: t.clock.now().toISOString(), by: name } });
    // Another reviewer, on a later visit: the skipped pair is last, not first.
    const forCoordinator = (await queue(coordinator.cookie)).items;
    expect(ids(forCoordinator).at(-1)).toBe(x.id);
    expect(forCoordinator.slice(0, -1).every((p: any) => p.skipped === null)).toBe(true);

    t.clock.advanceMinutes(1);
    await ok(t, coordinator.cookie, 'POST', `/api/linkage/pairs/${y.id}/skip`);
    expect(ids((await queue(officerA.cookie)).items).slice(-2)).toEqual([x.id, y.id]);
    // Skipped again, x is now the most recent skip.
    t.clock.advanceMinutes(1);
    await ok(t, officerA.cookie, 'POST', `/api/linkage/pairs/${x.id}/skip`);
    expect(ids((await queue(officerA.cookie)).items).slice(-2)).toEqual([y.id, x.id]);

    await scoreRegistry();
    const after = (await queue(officerA.cookie)).items;
    expect(ids(after).slice(-2)).toEqual([y.id, x.id]);
    expect(after.at(-1).skipped.by).toBe(name);

    const audit = await t.deps.database.query<{ object_id: string; reason: string | null; actor_user_id: string; details: any }>(
      `SELECT object_id, reason, actor_user_id, details FROM audit_log WHERE action = 'linkage.skip' ORDER BY seq`,
    );
    expect(audit.rows.map((r) => r.object_id)).toEqual([x.id, y.id, x.id]);
    expect(audit.rows[0]).toMatchObject({ reason: null, actor_user_id: officerA.id, details: { previouslySkippedAt: null } });
    expect(audit.rows[2]!.details.previouslySkippedAt).toBe(skipped.skipped.at);
  });

  it('refuses a pair the reviewer may not see with 404, without an audit entry', async () => {
    const pair = pairOf((await queue(officerA.cookie)).items, 's1', 's3');
    const skips = `SELECT count(*)::int AS n FROM audit_log WHERE action = 'linkage.skip'`;
    const before = (await t.deps.database.query<{ n: number }>(skips)).rows[0]!.n;
    expect((await call(t, officerB.cookie, 'POST', `/api/linkage/pairs/${pair.id}/skip`)).statusCode).toBe(404);
    expect((await t.deps.database.query<{ n: number }>(skips)).rows[0]!.n).toBe(before);
  });
});

describe('decisions', () => {
  it('confirm then un-merge gives identical rows, and both decisions are audited with their reason', async () => {
    const before = await snapshot();
    const pair = pairOf((await queue(officerA.cookie)).items, 's1', 's2');
    const confirmed = await ok(t, officerA.cookie, 'POST', `/api/linkage/pairs/${pair.id}/decision`, { decision: 'confirm', reason });
    expect(confirmed.status).toBe('confirmed');
    const groupId = confirmed.left.groupId;
    expect(confirmed.right.groupId).toBe(groupId);
    expect((await call(t, officerA.cookie, 'POST', `/api/linkage/pairs/${pair.id}/decision`, { decision: 'reject', reason })).json().error.code).toBe('INVALID_TRANSITION');
    expect(pairOf((await queue(officerA.cookie)).items, 's1', 's2')).toBeUndefined();

    const group = await ok(t, officerA.cookie, 'GET', `/api/linkage/groups/${groupId}`);
    expect(group.records.map((r: any) => r.personId).sort()).toEqual([people.s1!.personId, people.s2!.personId].sort());
    expect(group.records[0].appearances[0]).toMatchObject({ role: 'suspect' });
    expect(group.records[0].provenance).toEqual({ source: 'manual', fileName: null, row: null });
    expect(group.records.find((r: any) => r.personId === people.s1!.personId).originRegionName).toBe('Batam Kota, Kota Batam, Kepulauan Riau');
    expect(group.decisions).toMatchObject([{ kind: 'confirm', reason, canUndo: true, undone: false }]);
    expect((await call(t, officerB.cookie, 'GET', `/api/linkage/groups/${groupId}`)).statusCode).toBe(404);

    await ok(t, officerA.cookie, 'POST', `/api/linkage/groups/${groupId}/unmerge`, { decisionId: group.decisions[0].id, reason: 'Two brothers, not one person' });
    expect(await snapshot()).toEqual(before);
    const audit = await t.deps.database.query(`SELECT action, reason FROM audit_log WHERE action IN ('linkage.confirm', 'linkage.unmerge') ORDER BY seq`);
    expect(audit.rows).toEqual([
      { action: 'linkage.confirm', reason },
      { action: 'linkage.unmerge', reason: 'Two brothers, not one person' },
    ]);
    expect(pairOf((await queue(officerA.cookie)).items, 's1', 's2').status).toBe('pending');
  });

  it('extends a group and joins two groups; un-merges only the latest merge first, back to identical rows', async () => {
    const before = await snapshot();
    const decide = async (cookie: string, a: string, b: string) => {
      const pair = pairOf((await queue(cookie)).items, a, b);
      return ok(t, cookie, 'POST', `/api/linkage/pairs/${pair.id}/decision`, { decision: 'confirm', reason });
    };
    const first = await decide(officerA.cookie, 's1', 's2');
    const g1 = first.left.groupId;
    const second = await decide(coordinator.cookie, 's3', 'sb');
    const g2 = second.left.groupId;
    expect(g2).not.toBe(g1);
    const joined = await decide(coordinator.cookie, 's1', 'sb');
    expect(joined.left.groupId).toBe(joined.right.groupId);
    const kept = joined.left.groupId;
    const group = await ok(t, coordinator.cookie, 'GET', `/api/linkage/groups/${kept}`);
    expect(group.records).toHaveLength(4);
    const [earlier, latest] = group.decisions.filter((d: any) => !d.undone).slice(-2);
    expect(latest.canUndo).toBe(true);
    expect(earlier.canUndo).toBe(false);
    const refused = await call(t, coordinator.cookie, 'POST', `/api/linkage/groups/${kept}/unmerge`, { decisionId: earlier.id, reason: 'Trying the older one' });
    expect(refused.json().error.code).toBe('INVALID_TRANSITION');

    await ok(t, coordinator.cookie, 'POST', `/api/linkage/groups/${kept}/unmerge`, { decisionId: latest.id, reason: 'Joined by mistake' });
    expect((await ok(t, coordinator.cookie, 'GET', `/api/linkage/groups/${g2}`)).records).toHaveLength(2);
    for (const [g, cookie] of [[g2, coordinator.cookie], [g1, officerA.cookie]] as const) {
      const d = (await ok(t, cookie, 'GET', `/api/linkage/groups/${g}`)).decisions.find((x: any) => x.canUndo);
      await ok(t, cookie, 'POST', `/api/linkage/groups/${g}/unmerge`, { decisionId: d.id, reason: 'Back to separate records' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a pair (two people), keeps the decision through a new run, and refreshes pending pairs', async () => {
    const pair = pairOf((await queue(officerA.cookie)).items, 's2', 's3');
    const rejected = await ok(t, officerA.cookie, 'POST', `/api/linkage/pairs/${pair.id}/decision`, { decision: 'reject', reason: 'Different fathers named in the files' });
    expect(rejected.status).toBe('rejected');
    expect((await call(t, officerA.cookie, 'POST', `/api/linkage/pairs/${pair.id}/skip`)).json().error.code).toBe('INVALID_TRANSITION');
    expect(pairOf((await queue(officerA.cookie)).items, 's2', 's3')).toBeUndefined();
    const runId = await scoreRegistry();
    const stored = await t.deps.database.query<{ status: string; run_id: string }>(
      `SELECT status, run_id FROM linkage_pairs WHERE id = $1`, [pair.id]);
    expect(stored.rows[0]).toMatchObject({ status: 'rejected' });
    expect(stored.rows[0]!.run_id).not.toBe(runId);
    expect(pairOf((await queue(officerA.cookie)).items, 's1', 's2')).toBeDefined();
  });

  it('refuses a merge that would join two records rejected as different people, through their groups', async () => {
    const before = await snapshot();
    const first = pairOf((await queue(officerA.cookie)).items, 's1', 's2');
    const merged = await ok(t, officerA.cookie, 'POST', `/api/linkage/pairs/${first.id}/decision`, { decision: 'confirm', reason });
    // s2 and s3 were rejected above: s3 may not join s1's group, which holds s2.
    const joining = pairOf((await queue(officerA.cookie)).items, 's1', 's3');
    const refused = await call(t, officerA.cookie, 'POST', `/api/linkage/pairs/${joining.id}/decision`, { decision: 'confirm', reason });
    expect(refused.json().error.code).toBe('INVALID_TRANSITION');
    const group = await ok(t, officerA.cookie, 'GET', `/api/linkage/groups/${merged.left.groupId}`);
    await ok(t, officerA.cookie, 'POST', `/api/linkage/groups/${merged.left.groupId}/unmerge`, { decisionId: group.decisions[0].id, reason: 'Undo for the next test' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('detaching a record from a person', () => {
  // Links built from the add-person dialog by officer A (cases a1, a3): `a` is the record entered.
  const same = (a: string, b: string) =>
    ok(t, officerA.cookie, 'POST', `/api/cases/${people[a]!.caseId}/people/${people[a]!.id}/same-person`, { personId: people[b]!.personId, reason });
  const group = (cookie: string, id: string) => ok(t, cookie, 'GET', `/api/linkage/groups/${id}`);
  const detach = (cookie: string, id: string, key: string, why = 'Different father named in this file') =>
    call(t, cookie, 'POST', `/api/linkage/groups/${id}/detach`, { personId: people[key]!.personId, reason: why });
  const reattach = (cookie: string, id: string, decisionId: string, why = 'Detached by mistake, same man after all') =>
    call(t, cookie, 'POST', `/api/linkage/groups/${id}/reattach`, { decisionId, reason: why });
  const unmerge = (cookie: string, id: string, decisionId: string) =>
    call(t, cookie, 'POST', `/api/linkage/groups/${id}/unmerge`, { decisionId, reason: 'Back to separate records' });
  const undoLatest = async (cookie: string, id: string) => {
    const d = (await group(cookie, id)).decisions.filter((x: any) => x.canUndo);
    expect(d).toHaveLength(1);
    expect((await unmerge(cookie, id, d[0].id)).statusCode).toBe(200);
  };

  it('takes an early record out of a person of seven without undoing the later merges, and re-attaches it exactly', async () => {
    const before = await snapshot();
    const { groupId: g } = await same('o0', 's1'); // the early, wrong confirmation
    await same('o1', 'o0');
    await same('o2', 's1');
    await same('o3', 'o1');
    await same('o4', 'o2');
    const cross = pairOf((await queue(coordinator.cookie)).items, 's1', 'sb');
    await ok(t, coordinator.cookie, 'POST', `/api/linkage/pairs/${cross.id}/decision`, { decision: 'confirm', reason });
    const formed = await group(coordinator.cookie, g);
    expect(formed.records).toHaveLength(7);
    expect(formed.canDetach).toBe(true);
    expect(formed.decisions.map((d: any) => d.canUndo)).toEqual([false, false, false, false, false, true]);

    // Officer A does not see agency B's record: no detach for them (404, as un-merge); officer B neither.
    const mid = await snapshot();
    expect((await group(officerA.cookie, g)).canDetach).toBe(false);
    expect((await detach(officerA.cookie, g, 'o0')).statusCode).toBe(404);
    expect((await group(officerB.cookie, g)).canDetach).toBe(false);
    expect((await detach(officerB.cookie, g, 'sb')).statusCode).toBe(404);
    expect((await call(t, coordinator.cookie, 'POST', `/api/linkage/groups/${g}/detach`, { personId: people.o0!.personId, reason: 'short' })).statusCode).toBe(400);
    expect((await detach(coordinator.cookie, g, 'v1')).statusCode).toBe(404);
    expect(await snapshot()).toEqual(mid);

    const detached = await detach(coordinator.cookie, g, 'o0');
    expect(detached.statusCode).toBe(200);
    const { decisionId } = detached.json();
    // Row for row: only o0's membership changed, closed by the detach; persons, cases, groups, pairs untouched.
    const after = await snapshot();
    expect(after.person_group_members).toEqual(
      mid.person_group_members.map((m: any) => (m.person_id === people.o0!.personId ? { ...m, removed_by: decisionId } : m)),
    );
    expect({ ...after, person_group_members: null }).toEqual({ ...mid, person_group_members: null });
    const audit = await t.deps.database.query(`SELECT reason, details FROM audit_log WHERE action = 'linkage.detach'`);
    expect(audit.rows).toEqual([{ reason: 'Different father named in this file', details: expect.objectContaining({ decisionId, personId: people.o0!.personId, remaining: 6 }) }]);

    const corrected = await group(coordinator.cookie, g);
    expect(corrected.records.map((r: any) => r.personId)).not.toContain(people.o0!.personId);
    expect(corrected.records).toHaveLength(6);
    expect(corrected.detached.map((r: any) => r.personId)).toEqual([people.o0!.personId]);
    expect(corrected.decisions.at(-1)).toMatchObject({ id: decisionId, kind: 'detach', leftPersonId: people.o0!.personId, canUndo: true });
    expect(corrected.decisions.filter((d: any) => d.kind === 'confirm').every((d: any) => !d.canUndo && !d.undone)).toBe(true);
    // The record is loose again (its own group id is null), and the confirmations stay in the history.
    expect(corrected.detached[0].groupId).toBeNull();

    // Undo goes in reverse order: the latest merge waits for the detach; the detach cannot be repeated.
    const latestMerge = corrected.decisions.filter((d: any) => d.kind === 'confirm').at(-1);
    expect((await unmerge(coordinator.cookie, g, latestMerge.id)).json().error.code).toBe('INVALID_TRANSITION');
    expect((await detach(coordinator.cookie, g, 'o0')).statusCode).toBe(404);
    expect((await reattach(officerA.cookie, g, decisionId)).statusCode).toBe(404);
    expect((await call(t, coordinator.cookie, 'POST', `/api/linkage/groups/${g}/unmerge`, { decisionId, reason: 'Not a merge at all' })).statusCode).toBe(404);

    expect((await reattach(coordinator.cookie, g, decisionId)).statusCode).toBe(200);
    expect(await snapshot()).toEqual(mid);
    expect((await reattach(coordinator.cookie, g, decisionId)).json().error.code).toBe('INVALID_TRANSITION');
    const undone = await group(coordinator.cookie, g);
    expect(undone.detached).toEqual([]);
    expect(undone.decisions.find((d: any) => d.id === decisionId)).toMatchObject({ undone: true, canUndo: false });
    const trail = await t.deps.database.query(`SELECT reason, details FROM audit_log WHERE action = 'linkage.reattach'`);
    expect(trail.rows).toEqual([{ reason: 'Detached by mistake, same man after all', details: expect.objectContaining({ reverses: decisionId }) }]);

    // Unwind the merges: the cross-agency one by the coordinator, the rest by officer A.
    await undoLatest(coordinator.cookie, g);
    for (let i = 0; i < 3; i++) await undoLatest(officerA.cookie, g);
    expect((await group(officerA.cookie, g)).records).toHaveLength(3);

    // A person of two keeps both (un-merge splits it); a record merged elsewhere meanwhile is not re-attached.
    const second = (await detach(officerA.cookie, g, 'o1')).json().decisionId;
    expect((await detach(officerA.cookie, g, 'o0')).json().error.code).toBe('INVALID_TRANSITION');
    const elsewhere = await same('o1', 'o5');
    expect((await reattach(officerA.cookie, g, second)).json().error.code).toBe('INVALID_TRANSITION');
    expect((await group(officerA.cookie, g)).decisions.find((d: any) => d.id === second).canUndo).toBe(false);
    await undoLatest(officerA.cookie, elsewhere.groupId);
    expect((await reattach(officerA.cookie, g, second)).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) await undoLatest(officerA.cookie, g);
    expect(await snapshot()).toEqual(before);
  });
});

describe('same person from the add-person dialog', () => {
  it('links the person just entered to a suggested one the officer may see, creating then extending the group', async () => {
    const kase = (await ok(t, officerA.cookie, 'POST', '/api/cases', casePayload())).id;
    await addPerson(officerA.cookie, kase, 'new', suspectPayload({ fullName: 'M. Rizki Pratama', birthDate: '1994-07-03' }));
    const url = `/api/cases/${kase}/people/${people.new!.id}/same-person`;
    const { groupId } = await ok(t, officerA.cookie, 'POST', url, { personId: people.s1!.personId, reason: 'Suggested while entering; same NIK on the KTP copy' });
    const again = await ok(t, officerA.cookie, 'POST', url.replace(people.new!.id, people.new!.id), { personId: people.s3!.personId, reason: 'Suggested while entering; same NIK on the KTP copy' });
    expect(again.groupId).toBe(groupId);
    const group = await ok(t, officerA.cookie, 'GET', `/api/linkage/groups/${groupId}`);
    expect(group.decisions.map((d: any) => d.source)).toEqual(['entry', 'entry']);
    expect((await call(t, officerA.cookie, 'POST', url, { personId: people.sb!.personId, reason: 'A record of another agency' })).statusCode).toBe(404);
    expect((await call(t, officerB.cookie, 'POST', url, { personId: people.sb!.personId, reason: 'A record of another agency' })).statusCode).toBe(404);
  });
});
