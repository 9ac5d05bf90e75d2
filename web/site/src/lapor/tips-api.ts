import type { PowChallenge, ReporterView } from '#contracts/tips';
import { ApiFailure, getJson } from '../shell/api';

/**
 * The /lapor pages' calls. The receipt travels only in request bodies (never in an address, so
 * it is in no history, log or referrer), with no credentials, and is kept only in page memory.
 */
async function postJson<T>(url: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-benteng-request': '1' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(0, 'NETWORK');
  }
  if (!response.ok) {
    const failure = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw new ApiFailure(response.status, failure?.error?.code ?? 'HTTP');
  }
  return (await response.json()) as T;
}

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** Solves an ALTCHA v1 challenge on the phone: the n with SHA-256(salt + n) = challenge. */
async function solve(c: PowChallenge): Promise<string> {
  const encoder = new TextEncoder();
  for (let n = 0; n <= c.maxnumber; n++) {
    if (hex(await crypto.subtle.digest('SHA-256', encoder.encode(c.salt + n))) === c.challenge) {
      return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature }));
    }
  }
  throw new ApiFailure(0, 'POW');
}

export interface ReportInput {
  what: string;
  where: { regionCode: string | null; portId: string | null; point: { lat: number; lng: number } | null; description: string };
  when: { date: string | null; description: string };
  who: string;
  imminentDeparture: boolean;
  childrenInvolved: boolean;
  contact: string;
  locale: 'id' | 'en' | 'ms';
}

export async function sendReport(input: ReportInput): Promise<string> {
  const proofOfWork = await solve(await getJson<PowChallenge>('/api/public/tips/challenge'));
  return (await postJson<{ receipt: string }>('/api/public/tips', { ...input, proofOfWork })).receipt;
}

export const readReplies = (receipt: string) => postJson<ReporterView>('/api/public/tips/follow-up', { receipt });
export const sendAnswer = (receipt: string, body: string) => postJson<{ ok: true }>('/api/public/tips/follow-up/messages', { receipt, body });
