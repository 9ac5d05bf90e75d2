import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptPattern } from '#contracts/tips';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { receiptOf, sendTip, solvedProof, tipTestEnv, sampleReport } from '../../../test/tip-factories';
import { challengeTtlMs } from './tips.pow';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ env: { ...tipTestEnv, BENTENG_TIPS_CLIENT_PER_HOUR: '1000' } });
});
afterAll(() => t.close());

const post = (url: string, payload: unknown) => t.app.inject(apiRequest({ method: 'POST', url, payload: payload as object }));

describe('submitting a tip', () => {
  it('answers a receipt code of four groups of four Crockford characters', async () => {
    const r = await sendTip(t);
    expect(r.statusCode).toBe(201);
    expect(r.json().receipt).toMatch(receiptPattern);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a report without a solved challenge, with a forged one, or with garbage', async () => {
    const missing = await post('/api/public/tips', sampleReport);
    expect(missing.statusCode).toBe(400);
    const garbage = await post('/api/public/tips', { ...sampleReport, proofOfWork: 'bm90IGEgcHJvb2Y=' });
    expect(garbage.json().error.code).toBe('PROOF_OF_WORK_FAILED');
    const proof = JSON.parse(Buffer.from(await solvedProof(t), 'base64').toString());
    const forged = Buffer.from(JSON.stringify({ ...proof, signature: '0'.repeat(64) })).toString('base64');
    expect((await post('/api/public/tips', { ...sampleReport, proofOfWork: forged })).json().error.code).toBe('PROOF_OF_WORK_FAILED');
  });

  it('accepts each challenge once: a replay is refused', async () => {
    const proofOfWork = await solvedProof(t);
    expect((await post('/api/public/tips', { ...sampleReport, proofOfWork })).statusCode).toBe(201);
    const replay = await post('/api/public/tips', { ...sampleReport, proofOfWork });
    expect(replay.statusCode).toBe(403);
    expect(replay.json().error.code).toBe('PROOF_OF_WORK_FAILED');
  });

  it('spends a challenge on a wrong answer, so the right answer no longer works', async () => {
    const right = JSON.parse(Buffer.from(await solvedProof(t), 'base64').toString());
    const wrong = Buffer.from(JSON.stringify({ ...right, number: right.number + 1 })).toString('base64');
    expect((await post('/api/public/tips', { ...sampleReport, proofOfWork: wrong })).statusCode).toBe(403);
    const after = Buffer.from(JSON.stringify(right)).toString('base64');
    expect((await post('/api/public/tips', { ...sampleReport, proofOfWork: after })).json().error.code).toBe('PROOF_OF_WORK_FAILED');
  });

  it('refuses a challenge past its lifetime', async () => {
    const proofOfWork = await solvedProof(t);
    t.clock.advance(challengeTtlMs + 1000);
    expect((await post('/api/public/tips', { ...sampleReport, proofOfWork })).json().error.code).toBe('PROOF_OF_WORK_FAILED');
  });

  it('checks places against the reference data', async () => {
    const r = await sendTip(t, { where: { regionCode: '99.99' } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].path).toBe('body.where.regionCode');
  });
});

describe('following up with the receipt code', () => {
  it('opens the report with the code however it is typed, and takes an answer', async () => {
    const receipt = await receiptOf(t);
    const typed = ` ${receipt.toLowerCase().replace(/-/g, ' ')} `;
    const view = await post('/api/public/tips/follow-up', { receipt: typed });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ status: 'new', messages: [] });
    const answer = await post('/api/public/tips/follow-up/messages', { receipt, body: 'Mereka berangkat malam ini dari pantai.' });
    expect(answer.statusCode).toBe(201);
    const again = await post('/api/public/tips/follow-up', { receipt });
    expect(again.json().messages).toEqual([
      expect.objectContaining({ from: 'reporter', body: 'Mereka berangkat malam ini dari pantai.' }),
    ]);
  });

  it('answers an unknown code exactly like a malformed one', async () => {
    const unknown = await post('/api/public/tips/follow-up', { receipt: 'ABCD-EFGH-JKMN-PQRS' });
    const malformed = await post('/api/public/tips/follow-up', { receipt: 'nonsense' });
    expect(unknown.statusCode).toBe(401);
    expect(malformed.statusCode).toBe(401);
    const strip = (b: { error: { requestId: string } }) => ({ ...b.error, requestId: '' });
    expect(strip(unknown.json())).toEqual(strip(malformed.json()));
    expect(unknown.json().error.code).toBe('INVALID_RECEIPT');
  });
});

describe('guessing receipt codes', () => {
  it('locks a client out after ten wrong codes, even for a right one', async () => {
    const g = await buildTestApp({ env: tipTestEnv });
    try {
      const receipt = await receiptOf(g);
      const headers = { 'x-benteng-request': '1' };
      for (let i = 0; i < 10; i++) {
        const r = await g.app.inject({ method: 'POST', url: '/api/public/tips/follow-up', headers, payload: { receipt: `ZZZZ-ZZZZ-ZZZZ-${String(i).padStart(4, '0')}` } });
        expect(r.statusCode).toBe(401);
      }
      const locked = await g.app.inject({ method: 'POST', url: '/api/public/tips/follow-up', headers, payload: { receipt } });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('RATE_LIMITED');
      g.clock.advance(3600_000);
      const later = await g.app.inject({ method: 'POST', url: '/api/public/tips/follow-up', headers, payload: { receipt } });
      expect(later.statusCode).toBe(200);
    } finally {
      await g.close();
    }
  });
});

describe('submission limits', () => {
  it('refuses the client past its hourly number of reports, and frees it in the next hour', async () => {
    const g = await buildTestApp({ env: { ...tipTestEnv, BENTENG_TIPS_CLIENT_PER_HOUR: '2' } });
    try {
      expect((await sendTip(g)).statusCode).toBe(201);
      expect((await sendTip(g)).statusCode).toBe(201);
      const third = await sendTip(g);
      expect(third.statusCode).toBe(429);
      g.clock.advance(3600_000);
      expect((await sendTip(g)).statusCode).toBe(201);
    } finally {
      await g.close();
    }
  });

  it('refuses everyone past the system-wide hourly number', async () => {
    const g = await buildTestApp({ env: { ...tipTestEnv, BENTENG_TIPS_SYSTEM_PER_HOUR: '1' } });
    try {
      expect((await sendTip(g)).statusCode).toBe(201);
      const other = await sendTip(g, {}, {});
      expect(other.statusCode).toBe(429);
    } finally {
      await g.close();
    }
  });
});
