import { solveChallenge } from 'altcha-lib/v1';
import type { PowChallenge } from '#contracts/tips';
import type { TestApp } from './harness';
import { apiRequest } from './harness';

/** Environment for tip tests: an easy proof of work so tests stay quick. */
export const tipTestEnv = { BENTENG_TIPS_POW_MAX_NUMBER: '2000' };

/** Fetches a challenge and solves it; `number` overrides the answer (to send a wrong one). */
export async function solvedProof(t: TestApp, options: { number?: number; headers?: Record<string, string> } = {}): Promise<string> {
  const r = await t.app.inject({ method: 'GET', url: '/api/public/tips/challenge', headers: options.headers });
  if (r.statusCode !== 200) throw new Error(`challenge failed: ${r.body}`);
  const c = r.json<PowChallenge>();
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error('challenge not solved');
  const payload = { algorithm: c.algorithm, challenge: c.challenge, number: options.number ?? solution.number, salt: c.salt, signature: c.signature };
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

export const sampleReport = {
  what: 'Seorang tekong mengumpulkan enam perempuan muda di rumah kosong dekat pelabuhan.',
  who: 'Pria berusia sekitar 40 tahun, logat Medan',
  imminentDeparture: true,
  childrenInvolved: false,
};

/** Sends a report with a freshly solved proof; returns the response. */
export async function sendTip(t: TestApp, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const proofOfWork = await solvedProof(t);
  return t.app.inject(apiRequest({ method: 'POST', url: '/api/public/tips', headers, payload: { ...sampleReport, ...body, proofOfWork } }));
}

/** Sends a report and returns its receipt code. */
export async function receiptOf(t: TestApp, body: Record<string, unknown> = {}): Promise<string> {
  const r = await sendTip(t, body);
  if (r.statusCode !== 201) throw new Error(`submission failed: ${r.body}`);
  return r.json<{ receipt: string }>().receipt;
}
