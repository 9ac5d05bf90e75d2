import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNumberPattern, caseWorkflow, type CaseStatus } from '#contracts/cases';
import { caseStatus } from '#contracts/codes/cases';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { agencyStaff, call, casePayload, ok } from '../../../test/case-fixtures';
import { inChainOrder, type StatusChangeRow } from './cases.repository';

let t: TestApp;
let officer: { id: string; cookie: string; agencyId: string };
let colleague: { id: string; cookie: string };
let outsider: { id: string; cookie: string };

beforeAll(async () => {
  t = await buildTestApp();
  const a = await agencyStaff(t, [['officer'], ['officer']]);
  officer = a.users[0]!;
  colleague = a.users[1]!;
  outsider = (await agencyStaff(t, [['officer']])).users[0]!;
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) =>
  t.deps.database.query<T>(text, params).then((r) => r.rows);
const historyOf = async (id: string) =>
  (await ok(t, officer.cookie, 'GET', `/api/cases/${id}/history`)).items;

describe('recording a case', () => {
  it('numbers it in the year it was reported, gives it to the actor’s agency, and records version 1', async () => {
    const kase = await ok(
      t,
      officer.cookie,
      'POST',
      '/api/cases',
      casePayload({ reportedOn: '2025-12-30', leadOfficerId: colleague.id }),
    );
    expect(kase.number).toMatch(caseNumberPattern);
    expect(kase.number).toMatch(/^TPPO\/KEPRI\/2025\/\d{4}$/);
    expect(kase).toMatchObject({
      status: 'reported',
      version: 1,
      access: 'owner',
      canEdit: true,
      canShare: true,
      owningAgency: { id: officer.agencyId },
      leadOfficer: { id: colleague.id },
      allowedTransitions: [...caseWorkflow.reported],
      statusHistory: [{ from: null, to: 'reported', reason: '' }],
    });
    const [history] = await historyOf(kase.id);
    expect(history).toMatchObject({ version: 1, action: 'create', entityType: 'case', entityId: kase.id });
    expect(history.changes).toContainEqual({ field: 'title', before: null, after: casePayload().title });
    const audit = await q<{ action: string }>(`SELECT action FROM audit_log WHERE object_id = $1`, [kase.id]);
    expect(audit.map((a) => a.action)).toEqual(['case.create']);
  });

  it('counts per year: the first case of a new year is 0001', async () => {
    const first = await ok(
      t,
      officer.cookie,
      'POST',
      '/api/cases',
      casePayload({ reportedOn: '2031-03-01' }),
    );
    const second = await ok(
      t,
      officer.cookie,
      'POST',
      '/api/cases',
      casePayload({ reportedOn: '2031-07-01' }),
    );
    expect([first.number, second.number]).toEqual(['TPPO/KEPRI/2031/0001', 'TPPO/KEPRI/2031/0002']);
  });

  it('never gives one number twice, even to 20 cases created at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(
          t,
          officer.cookie,
          'POST',
          '/api/cases',
          casePayload({ title: `Serentak ${i}`, reportedOn: '2032-05-05' }),
        ),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => r.json().number as string).sort();
    expect(numbers).toEqual(
      Array.from({ length: 20 }, (_, i) => `TPPO/KEPRI/2032/${String(i + 1).padStart(4, '0')}`),
    );
    expect(await q(`SELECT last FROM case_number_counters WHERE year = 2032`)).toEqual([{ last: 20 }]);
  });

  it('refuses a lead officer of another agency, unknown places, and keeps nothing', async () => {
    const before = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM cases`))[0]!.n;
    const bad = [
      [{ leadOfficerId: outsider.id }, 'body.leadOfficerId'],
      [{ reportedRegionCode: '21.99.99' }, 'body.reportedRegionCode'],
      [{ reportedPortId: 'ID-NOWHERE' }, 'body.reportedPortId'],
    ] as const;
    for (const [overrides, path] of bad) {
      const r = await call(t, officer.cookie, 'POST', '/api/cases', casePayload(overrides));
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path }] });
    }
    const after = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM cases`))[0]!.n;
    expect(after).toBe(before);
  });
});

describe('changing a case', () => {
  it('changes fields, moves the version on, and records before and after', async () => {
    const kase = await ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
    const changed = await ok(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}`, {
      title: 'Judul baru',
      reportedPortId: 'ID-BTM-SKP',
      version: 1,
    });
    expect(changed).toMatchObject({ title: 'Judul baru', reportedPortId: 'ID-BTM-SKP', version: 2 });
    const [latest] = await historyOf(kase.id);
    expect(latest).toMatchObject({ version: 2, action: 'update', entityType: 'case' });
    expect(latest.changes).toEqual([
      { field: 'title', before: kase.title, after: 'Judul baru' },
      { field: 'reportedPortId', before: 'ID-BTM-BTC', after: 'ID-BTM-SKP' },
    ]);
    const [facets] = await q<{ port_ids: string[] }>(`SELECT port_ids FROM cases WHERE id = $1`, [kase.id]);
    expect(facets!.port_ids).toEqual(['ID-BTM-SKP']);
  });

  it('answers VERSION_CONFLICT to a stale version and changes nothing', async () => {
    const kase = await ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
    await ok(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}`, { summary: 'Pertama', version: 1 });
    const stale = await call(t, colleague.cookie, 'PATCH', `/api/cases/${kase.id}`, {
      summary: 'Kedua',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const now = await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`);
    expect(now).toMatchObject({ summary: 'Pertama', version: 2 });
    expect(await historyOf(kase.id)).toHaveLength(2);
  });

  it('lets only one of two concurrent edits with the same version through', async () => {
    const kase = await ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
    const [a, b] = await Promise.all([
      call(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}`, { title: 'Versi A', version: 1 }),
      call(t, colleague.cookie, 'PATCH', `/api/cases/${kase.id}`, { title: 'Versi B', version: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 'Versi A' : 'Versi B';
    expect(await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`)).toMatchObject({
      title: winner,
      version: 2,
    });
  });

  it('accepts a lead officer only if active and of the owning agency', async () => {
    const kase = await ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
    const foreign = await call(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}`, {
      leadOfficerId: outsider.id,
      version: 1,
    });
    expect(foreign.json().error.issues[0].path).toBe('body.leadOfficerId');
    await q(`UPDATE users SET disabled_at = now() WHERE id = $1`, [colleague.id]);
    const disabled = await call(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}`, {
      leadOfficerId: colleague.id,
      version: 1,
    });
    await q(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [colleague.id]);
    expect(disabled.json().error.code).toBe('VALIDATION_FAILED');
    const fine = await ok(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}`, {
      leadOfficerId: colleague.id,
      version: 1,
    });
    expect(fine.leadOfficer.id).toBe(colleague.id);
  });

  it('writes nothing for a change that changes nothing', async () => {
    const kase = await ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
    const same = await ok(t, officer.cookie, 'PATCH', `/api/cases/${kase.id}`, {
      title: kase.title,
      version: 1,
    });
    expect(same.version).toBe(1);
    expect(await historyOf(kase.id)).toHaveLength(1);
  });
});

describe('the workflow', () => {
  /** A case brought to `status` along the shortest allowed path. */
  async function caseAt(status: CaseStatus) {
    const paths: Record<CaseStatus, CaseStatus[]> = {
      reported: [],
      verified: ['verified'],
      investigation: ['verified', 'investigation'],
      prosecution: ['verified', 'investigation', 'prosecution'],
      court_decision: ['verified', 'investigation', 'prosecution', 'court_decision'],
      closed: ['closed'],
      closed_referred: ['closed_referred'],
    };
    let kase = await ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
    for (const to of paths[status]) {
      kase = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/transitions`, {
        to,
        reason: `Menuju ${to}`,
        version: kase.version,
      });
    }
    return kase;
  }

  const allowedMoves = caseStatus.codes.flatMap((from) =>
    caseWorkflow[from].map((to) => [from, to] as const),
  );
  it.each(allowedMoves)('moves %s → %s with a reason, recorded in the status history', async (from, to) => {
    const kase = await caseAt(from);
    const moved = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/transitions`, {
      to,
      reason: 'Alasan yang jelas',
      version: kase.version,
    });
    expect(moved).toMatchObject({
      status: to,
      version: kase.version + 1,
      allowedTransitions: [...caseWorkflow[to]],
    });
    expect(moved.statusHistory.at(-1)).toMatchObject({ from, to, reason: 'Alasan yang jelas' });
    const rows = await q(
      `SELECT reason FROM case_status_changes WHERE case_id = $1 AND from_status = $2 AND to_status = $3`,
      [kase.id, from, to],
    );
    expect(rows).toEqual([{ reason: 'Alasan yang jelas' }]);
    const audit = await q<{ action: string; reason: string }>(
      `SELECT action, reason FROM audit_log WHERE object_id = $1 ORDER BY seq DESC LIMIT 1`,
      [kase.id],
    );
    expect(audit[0]).toEqual({ action: 'case.status.transition', reason: 'Alasan yang jelas' });
  });

  const refusedMoves = caseStatus.codes.flatMap((from) =>
    caseStatus.codes.filter((to) => !caseWorkflow[from].includes(to)).map((to) => [from, to] as const),
  );
  it.each(refusedMoves.filter((_, i) => i % 3 === 0))(
    'refuses %s → %s with INVALID_TRANSITION and the allowed moves',
    async (from, to) => {
      const kase = await caseAt(from);
      const r = await call(t, officer.cookie, 'POST', `/api/cases/${kase.id}/transitions`, {
        to,
        reason: 'Coba saja',
        version: kase.version,
      });
      expect(r.statusCode).toBe(409);
      expect(r.json().error).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [...caseWorkflow[from]] });
      expect((await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`)).version).toBe(kase.version);
    },
  );

  it('refuses a transition on a stale version and a reason that is too short', async () => {
    const kase = await caseAt('verified');
    const stale = await call(t, officer.cookie, 'POST', `/api/cases/${kase.id}/transitions`, {
      to: 'investigation',
      reason: 'Alasan',
      version: 1,
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const short = await call(t, officer.cookie, 'POST', `/api/cases/${kase.id}/transitions`, {
      to: 'investigation',
      reason: 'ok',
      version: kase.version,
    });
    expect(short.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'body.reason' }],
    });
    expect((await ok(t, officer.cookie, 'GET', `/api/cases/${kase.id}`)).status).toBe('verified');
  });
});

describe('status history order', () => {
  const change = (from: string | null, to: string, at: string): StatusChangeRow => ({
    id: `${from}-${to}-${at}`,
    caseId: 'c',
    fromStatus: from,
    toStatus: to,
    reason: '',
    changedAt: new Date(at),
    changedBy: null,
  });

  it('follows the chain of statuses when timestamps tie or invert', () => {
    const rows = [
      change('closed', 'verified', '2026-01-01T00:00:00.000Z'),
      change('reported', 'closed', '2026-01-01T00:00:00.000Z'),
      change('verified', 'closed', '2026-01-01T00:00:00.001Z'),
      change(null, 'reported', '2026-01-01T00:00:00.000Z'),
      change('closed', 'verified', '2026-01-01T00:00:00.000Z'.replace('00.000', '00.002')),
    ];
    const ordered = inChainOrder(rows).map((r) => `${r.fromStatus}→${r.toStatus}`);
    expect(ordered).toEqual([
      'null→reported',
      'reported→closed',
      'closed→verified',
      'verified→closed',
      'closed→verified',
    ]);
  });

  it('keeps every change even when the chain is broken (e.g. imported data)', () => {
    const rows = [
      change('verified', 'closed', '2026-01-02T00:00:00Z'),
      change('reported', 'verified', '2026-01-01T00:00:00Z'),
    ];
    expect(inChainOrder(rows).map((r) => r.toStatus)).toEqual(['verified', 'closed']);
  });
});
