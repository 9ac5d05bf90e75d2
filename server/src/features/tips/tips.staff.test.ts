import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency, makeUser, signedInUser } from '../../../test/factories';
import { receiptOf, tipTestEnv } from '../../../test/tip-factories';
import { escalateOverdueTips, purgeClosedTips } from './tips.jobs';

let t: TestApp;
let coordinator: { cookie: string };
let officerA: { cookie: string; id: string; agencyId: string };
let officerB: { cookie: string; agencyId: string };

beforeAll(async () => {
  t = await buildTestApp({ env: { ...tipTestEnv, BENTENG_TIPS_CLIENT_PER_HOUR: '1000' } });
  // Monday 2026-01-12, 10:20 WIB
  t.clock.set('2026-01-12T03:20:00.000Z');
  coordinator = await signedInUser(t, ['coordinator']);
  officerA = await signedInUser(t, ['officer'], { agencyId: (await makeAgency(t.deps)).id });
  officerB = await signedInUser(t, ['officer'], { agencyId: (await makeAgency(t.deps)).id });
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject(apiRequest({ method, url, cookie, ...(payload ? { payload } : {}) }));

async function tipIdFor(receipt: string): Promise<string> {
  // The newest tip in the coordinator's queue that the receipt opens: find it by its reporter message marker.
  await t.app.inject(apiRequest({ method: 'POST', url: '/api/public/tips/follow-up/messages', payload: { receipt, body: `marker ${receipt}` } }));
  const list = (await call('GET', '/api/tips?limit=200', coordinator.cookie)).json().items as { id: string }[];
  for (const item of list) {
    const detail = (await call('GET', `/api/tips/${item.id}`, coordinator.cookie)).json();
    if (detail.messages.some((m: { body: string }) => m.body === `marker ${receipt}`)) return item.id;
  }
  throw new Error('tip not found');
}

describe('the triage queue', () => {
  it('orders by priority: imminent departure and children above a plain report, with reasons', async () => {
    await receiptOf(t, { imminentDeparture: false, childrenInvolved: false, what: 'Ada orang asing sering datang ke desa kami.' });
    await receiptOf(t, { imminentDeparture: true, childrenInvolved: true });
    const items = (await call('GET', '/api/tips?open=true', coordinator.cookie)).json().items;
    expect(items[0].priorityReasons).toEqual(expect.arrayContaining(['imminent_departure', 'children']));
    expect(items[0].priority).toBeGreaterThan(items.at(-1).priority);
    expect(items.every((i: { receivedAt: string }) => i.receivedAt.endsWith(':00:00.000Z'))).toBe(true);
  });

  it('sets deadlines in working days: 3 to verify and 5 to act, skipping the weekend', async () => {
    const id = await tipIdFor(await receiptOf(t));
    const tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    expect(tip.receivedAt).toBe('2026-01-12T03:00:00.000Z');
    expect(tip.verifyDueAt).toBe('2026-01-15T03:00:00.000Z'); // Thursday
    expect(tip.actDueAt).toBe('2026-01-19T03:00:00.000Z'); // next Monday
  });

  it('names the region (with its parents) and the ports instead of showing their codes', async () => {
    const id = await tipIdFor(await receiptOf(t, { where: { regionCode: '21.71.04.1001', portId: 'ID-BTM-NPU', point: null, description: '' } }));
    const tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    expect(tip.places.region).toMatch(/^Sambau, Nongsa, (Kota )?Batam/);
    expect(tip.places.port).toMatch(/^Nongsapura International Ferry Terminal/);
    expect(tip.places.nearPort).toBe(tip.places.port);
    const plain = (await call('GET', `/api/tips/${await tipIdFor(await receiptOf(t))}`, coordinator.cookie)).json();
    expect(plain.places).toEqual({ region: null, port: null, nearPort: null });
  });

  it('hides a tip from agencies it is not assigned to (404), and shows it to the assigned one', async () => {
    const id = await tipIdFor(await receiptOf(t));
    expect((await call('GET', `/api/tips/${id}`, officerA.cookie)).statusCode).toBe(404);
    const tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    const assigned = await call('POST', `/api/tips/${id}/assign`, coordinator.cookie, { agencyId: officerA.agencyId, assigneeId: officerA.id, version: tip.version });
    expect(assigned.statusCode).toBe(200);
    expect((await call('GET', `/api/tips/${id}`, officerA.cookie)).statusCode).toBe(200);
    expect((await call('GET', `/api/tips/${id}`, officerB.cookie)).statusCode).toBe(404);
    expect((await call('GET', '/api/tips?assignedToMe=true', officerA.cookie)).json().items.map((i: { id: string }) => i.id)).toContain(id);
    const stale = await call('POST', `/api/tips/${id}/assign`, coordinator.cookie, { agencyId: officerB.agencyId, version: tip.version });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const elsewhere = await call('POST', `/api/tips/${id}/assign`, officerA.cookie, { agencyId: officerB.agencyId, version: assigned.json().version });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('lists the officers of an agency who work tips (names only) and assigns a tip to one by name', async () => {
    const colleague = await makeUser(t.deps, { roles: ['officer'], agencyId: officerA.agencyId });
    const caseworker = await makeUser(t.deps, { roles: ['caseworker'], agencyId: officerA.agencyId });
    const gone = await makeUser(t.deps, { roles: ['officer'], agencyId: officerA.agencyId });
    await t.deps.database.query('UPDATE users SET disabled_at = now() WHERE id = $1', [gone.id]);

    const listed = await call('GET', `/api/tips/officers?agencyId=${officerA.agencyId}`, coordinator.cookie);
    expect(listed.statusCode).toBe(200);
    const items = listed.json().items as { id: string; displayName: string }[];
    expect(items.map((o) => o.id).sort()).toEqual([officerA.id, colleague.id].sort());
    expect(Object.keys(items[0]!).sort()).toEqual(['displayName', 'id']);
    // An agency's staff see their own agency's officers, not another agency's.
    expect((await call('GET', `/api/tips/officers?agencyId=${officerA.agencyId}`, officerA.cookie)).statusCode).toBe(200);
    expect((await call('GET', `/api/tips/officers?agencyId=${officerA.agencyId}`, officerB.cookie)).statusCode).toBe(403);

    const id = await tipIdFor(await receiptOf(t));
    let tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    for (const wrong of [caseworker.id, gone.id]) {
      const refused = await call('POST', `/api/tips/${id}/assign`, coordinator.cookie, { agencyId: officerA.agencyId, assigneeId: wrong, version: tip.version });
      expect(refused.statusCode).toBe(400);
    }
    tip = (await call('POST', `/api/tips/${id}/assign`, coordinator.cookie, { agencyId: officerA.agencyId, assigneeId: colleague.id, version: tip.version })).json();
    expect(tip.assigneeId).toBe(colleague.id);
    expect(tip.assigneeName).toBe(items.find((o) => o.id === colleague.id)!.displayName);
  });
});

describe('following up', () => {
  it('shows replies to the reporter but never internal notes', async () => {
    const receipt = await receiptOf(t);
    const id = await tipIdFor(receipt);
    expect((await call('POST', `/api/tips/${id}/messages`, coordinator.cookie, { kind: 'note', body: 'Catatan internal: cek ke Polsek' })).statusCode).toBe(201);
    expect((await call('POST', `/api/tips/${id}/messages`, coordinator.cookie, { kind: 'reply', body: 'Terima kasih, di desa mana tepatnya?' })).statusCode).toBe(201);
    const view = (await t.app.inject(apiRequest({ method: 'POST', url: '/api/public/tips/follow-up', payload: { receipt } }))).json();
    const bodies = view.messages.map((m: { body: string }) => m.body);
    expect(bodies).toContain('Terima kasih, di desa mana tepatnya?');
    expect(bodies.join(' ')).not.toContain('Catatan internal');
    expect(JSON.stringify(view)).not.toContain('Test User');
  });

  it('gives the contact details only to the assigned agency, with a reason, and audits the read', async () => {
    const receipt = await receiptOf(t, { contact: 'WA 0812-0000-1111 (Ibu Sari)' });
    const id = await tipIdFor(receipt);
    const tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    expect(JSON.stringify(tip)).not.toContain('0812');
    expect(tip.hasContact).toBe(true);
    expect((await call('POST', `/api/tips/${id}/contact`, coordinator.cookie, { reason: 'verifikasi' })).statusCode).toBe(403);
    expect((await call('POST', `/api/tips/${id}/contact`, officerA.cookie, { reason: 'verifikasi' })).statusCode).toBe(404);
    await call('POST', `/api/tips/${id}/assign`, coordinator.cookie, { agencyId: officerA.agencyId, version: tip.version });
    expect((await call('POST', `/api/tips/${id}/contact`, officerA.cookie, {})).statusCode).toBe(400);
    const contact = await call('POST', `/api/tips/${id}/contact`, officerA.cookie, { reason: 'verifikasi lapangan' });
    expect(contact.json()).toEqual({ contact: 'WA 0812-0000-1111 (Ibu Sari)' });
    const audit = await t.deps.database.query<{ reason: string; outcome: string }>(
      `SELECT reason, outcome FROM audit_log WHERE action = 'tip.contact.view' AND object_id = $1 ORDER BY seq`,
      [id],
    );
    expect(audit.rows).toEqual([{ reason: 'verifikasi lapangan', outcome: 'success' }]);
  });

  it('moves through the workflow and refuses a skipped step', async () => {
    const id = await tipIdFor(await receiptOf(t));
    let tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    const skip = await call('POST', `/api/tips/${id}/transitions`, coordinator.cookie, { to: 'acted', reason: 'langsung', version: tip.version });
    expect(skip.json().error).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['verifying', 'closed'] });
    tip = (await call('POST', `/api/tips/${id}/transitions`, coordinator.cookie, { to: 'verifying', reason: 'mulai cek', version: tip.version })).json();
    const noOutcome = await call('POST', `/api/tips/${id}/transitions`, coordinator.cookie, { to: 'closed', reason: 'tidak ada', version: tip.version });
    expect(noOutcome.statusCode).toBe(400);
    tip = (await call('POST', `/api/tips/${id}/transitions`, coordinator.cookie, { to: 'closed', outcome: 'unfounded', reason: 'tidak terbukti', version: tip.version })).json();
    expect(tip).toMatchObject({ status: 'closed', outcome: 'unfounded' });
  });
});

describe('staff-entered tips', () => {
  it('records the channel, stays with the officer’s agency and can carry a receipt for the reporter', async () => {
    const r = await call('POST', '/api/tips', officerA.cookie, { channel: 'phone', what: 'Penelepon melihat kapal pancung menunggu di pantai malam ini.', imminentDeparture: true, issueReceipt: true });
    expect(r.statusCode).toBe(201);
    const { tip, receipt } = r.json();
    expect(tip).toMatchObject({ channel: 'phone', agencyId: officerA.agencyId, hasReceipt: true });
    const view = await t.app.inject(apiRequest({ method: 'POST', url: '/api/public/tips/follow-up', payload: { receipt } }));
    expect(view.statusCode).toBe(200);
    const noReceipt = (await call('POST', '/api/tips', coordinator.cookie, { channel: 'paper', what: 'Surat dari kepala desa tentang perekrutan.' })).json();
    expect(noReceipt.receipt).toBeNull();
    expect(noReceipt.tip.agencyId).toBeNull();
  });
});

describe('grouping and cases', () => {
  it('groups tips about the same event and marks them repeated', async () => {
    const a = await tipIdFor(await receiptOf(t));
    const b = await tipIdFor(await receiptOf(t));
    const tipB = (await call('GET', `/api/tips/${b}`, coordinator.cookie)).json();
    const grouped = (await call('POST', `/api/tips/${b}/group`, coordinator.cookie, { withTipId: a, version: tipB.version })).json();
    expect(grouped.groupTipIds).toEqual([a]);
    expect(grouped.priorityReasons).toContain('repeated');
    expect((await call('GET', `/api/tips/${a}`, coordinator.cookie)).json().groupTipIds).toEqual([b]);
  });

  it('turns a tip into a case, linked both ways, in one step', async () => {
    const id = await tipIdFor(await receiptOf(t));
    const tip = (await call('GET', `/api/tips/${id}`, officerA.cookie).then(async (r) => (r.statusCode === 404 ? (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json() : r.json())));
    const assigned = (await call('POST', `/api/tips/${id}/assign`, coordinator.cookie, { agencyId: officerA.agencyId, version: tip.version })).json();
    const linked = await call('POST', `/api/tips/${id}/case`, officerA.cookie, { version: assigned.version });
    expect(linked.statusCode).toBe(200);
    const { caseId } = linked.json();
    expect(linked.json()).toMatchObject({ status: 'closed', outcome: 'case' });
    const kase = (await call('GET', `/api/cases/${caseId}`, officerA.cookie)).json();
    expect(kase).toMatchObject({ discoveryChannel: 'tip' });
    const comments = (await call('GET', `/api/cases/${caseId}/comments`, officerA.cookie)).json();
    expect(JSON.stringify(comments)).toContain(`TIP-${id.slice(0, 8).toUpperCase()}`);
    expect((await call('GET', `/api/tips?caseId=${caseId}`, officerA.cookie)).json().items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('attaches a tip to an existing case only if the case is visible to the caller', async () => {
    const created = await call('POST', '/api/cases', officerB.cookie, { title: 'Kasus agensi B', reportedOn: '2026-01-10', discoveryChannel: 'patrol' });
    const id = await tipIdFor(await receiptOf(t));
    let tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    tip = (await call('POST', `/api/tips/${id}/assign`, coordinator.cookie, { agencyId: officerA.agencyId, version: tip.version })).json();
    const refused = await call('POST', `/api/tips/${id}/case`, officerA.cookie, { caseId: created.json().id, version: tip.version });
    expect(refused.statusCode).toBe(404);
    expect((await call('GET', `/api/tips/${id}`, officerA.cookie)).json().caseId).toBeNull();
  });
});

describe('jobs', () => {
  it('escalates an overdue tip once, and audits it', async () => {
    const id = await tipIdFor(await receiptOf(t));
    t.clock.set('2026-01-16T03:00:00.000Z'); // past the verification deadline
    expect(await escalateOverdueTips(t.deps, t.clock.now())).toBeGreaterThan(0);
    expect(await escalateOverdueTips(t.deps, t.clock.now())).toBe(0);
    coordinator = await signedInUser(t, ['coordinator']); // the old session ended with the days that passed
    const tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    expect(tip).toMatchObject({ isOverdue: true, escalatedAt: '2026-01-16T03:00:00.000Z' });
    expect(tip.priorityReasons).toContain('overdue');
    expect((await call('GET', '/api/tips?overdue=true&limit=200', coordinator.cookie)).json().items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('purges closed tips that led to nothing after the retention period, leaving an audit entry', async () => {
    const receipt = await receiptOf(t);
    const id = await tipIdFor(receipt);
    const tip = (await call('GET', `/api/tips/${id}`, coordinator.cookie)).json();
    const closed = await call('POST', `/api/tips/${id}/transitions`, coordinator.cookie, { to: 'closed', outcome: 'no_action', reason: 'bukan TPPO', version: tip.version });
    expect(closed.statusCode).toBe(200);
    expect(await purgeClosedTips(t.deps, t.clock.now())).toBe(0);
    t.clock.advance(91 * 86_400_000);
    coordinator = await signedInUser(t, ['coordinator']);
    expect(await purgeClosedTips(t.deps, t.clock.now())).toBeGreaterThan(0);
    expect((await call('GET', `/api/tips/${id}`, coordinator.cookie)).statusCode).toBe(404);
    const left = await t.deps.database.query(`SELECT count(*)::int AS n FROM tip_messages WHERE tip_id = $1`, [id]);
    expect(left.rows[0]).toEqual({ n: 0 });
    const follow = await t.app.inject(apiRequest({ method: 'POST', url: '/api/public/tips/follow-up', payload: { receipt } }));
    expect(follow.json().error.code).toBe('INVALID_RECEIPT');
    const audit = await t.deps.database.query<{ action: string }>(`SELECT action FROM audit_log WHERE object_id = $1 ORDER BY seq DESC LIMIT 1`, [id]);
    expect(audit.rows[0]!.action).toBe('tip.purge');
    // A tip that became a case is kept.
    const kept = await t.deps.database.query(`SELECT count(*)::int AS n FROM tips WHERE case_id IS NOT NULL`);
    expect(kept.rows[0]).toEqual({ n: 1 });
  });
});
