#!/usr/bin/env node
// Time from starting `benteng serve` to /readyz answering 200: on a fresh data folder (initdb,
// migrations, reference data, demo accounts) and on a second start of the same folder.
//   npm run bench:startup
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = 18000 + (process.pid % 1000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-startup-'));

async function startOnce() {
  const started = performance.now();
  const env = { ...process.env, BENTENG_DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // the embedded database is what a newcomer starts
  const child = spawn(process.execPath, [path.join(root, 'bin/benteng.mjs'), 'serve'], { env, stdio: 'ignore' });
  let exited = false;
  child.on('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error('benteng serve exited before it was ready');
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (performance.now() - started > 120_000) throw new Error('not ready after 120 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const stopped = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await stopped;
  return Number(seconds.toFixed(2));
}

const first = await startOnce();
const second = await startOnce();
fs.rmSync(dir, { recursive: true, force: true });
const result = { bench: 'startup', at: new Date().toISOString(), freshDataFolderSeconds: first, secondStartSeconds: second, ratioSecondToFirst: Number((second / first).toFixed(2)) };
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/startup.json'), JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
