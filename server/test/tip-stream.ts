import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';

/** Helpers for the crash tests: a real server process and a stream of real submissions. */
const root = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export function startServer(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(root, 'bin/benteng.mjs'), 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
}

export async function waitReady(url: string, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not become ready`);
}

const json = { 'content-type': 'application/json', 'x-benteng-request': '1' };

/** One full submission: challenge, solve, send. Resolves to the receipt, or null when not acknowledged. */
export async function submitOne(url: string, i: number): Promise<string | null> {
  try {
    const c = (await (await fetch(`${url}/api/public/tips/challenge`)).json()) as { challenge: string; salt: string; maxnumber: number; signature: string; algorithm: string };
    let number = 0;
    while (crypto.createHash('sha256').update(c.salt + number).digest('hex') !== c.challenge) number++;
    const proofOfWork = Buffer.from(JSON.stringify({ ...c, number })).toString('base64');
    const r = await fetch(`${url}/api/public/tips`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ what: `Laporan nomor ${i}: perekrutan mencurigakan di desa`, proofOfWork }),
    });
    if (r.status !== 201) return null;
    return ((await r.json()) as { receipt: string }).receipt;
  } catch {
    return null; // connection reset: never acknowledged
  }
}

/** Submits with `parallel` workers until `stop()` says so; collects every acknowledged receipt. */
export function submissionStream(url: string, parallel: number) {
  const acknowledged: string[] = [];
  let running = true;
  let n = 0;
  const workers = Array.from({ length: parallel }, async () => {
    while (running) {
      const receipt = await submitOne(url, n++);
      if (receipt) acknowledged.push(receipt);
      else await new Promise((r) => setTimeout(r, 50));
    }
  });
  return {
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

export async function opens(url: string, receipt: string): Promise<boolean> {
  const r = await fetch(`${url}/api/public/tips/follow-up`, { method: 'POST', headers: json, body: JSON.stringify({ receipt }) });
  return r.status === 200;
}
