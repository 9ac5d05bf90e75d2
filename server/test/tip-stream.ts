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

/**
 * The server as ONE process (tsx as a loader), so that a signal reaches the server itself:
 * `bin/benteng.mjs` starts tsx's CLI, which starts the server as a grandchild, and a SIGKILL of the
 * wrapper would leave the real server running (and answering) behind it.
 */
export function startServer(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/main.ts'), 'serve'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** True when nothing answers at `url` any more (the killed server really is gone). */
export async function isDown(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then(() => false, () => true);
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
