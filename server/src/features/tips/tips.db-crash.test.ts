import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, opens, startServer, submissionStream, waitReady } from '../../../test/tip-stream';

/**
 * The PostgreSQL server itself is killed (SIGKILL of the postmaster) during a stream of
 * submissions. This needs a cluster of our own: the shared one may not be ours to kill, and the
 * role may not be superuser. So a private cluster is made with initdb in a temporary folder, on
 * another port, run as the `postgres` system user (initdb refuses root). Runs with the PostgreSQL
 * suite (DATABASE_URL set) where initdb and that user exist; skipped otherwise.
 */
const bin = '/usr/lib/postgresql/15/bin';
const canRun = Boolean(process.env.DATABASE_URL) && fs.existsSync(`${bin}/initdb`) && process.getuid?.() === 0;

let clusterDir: string;
let dataDir: string;
let pgPort: number;
const asPostgres = (cmd: string, args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', `${bin}/${cmd}`, ...args], { stdio: 'pipe', timeout: 120_000 });
const startCluster = () => asPostgres('pg_ctl', ['-D', clusterDir, '-l', path.join(clusterDir, 'server.log'), '-w', '-t', '120', '-o', `-p ${pgPort} -k ${clusterDir} -c listen_addresses=127.0.0.1`, 'start']);

/** After a SIGKILL the postmaster's children linger until they notice; start again once they are gone. */
async function restartCluster(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      startCluster();
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

beforeAll(async () => {
  if (!canRun) return;
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-pgcrash-'));
  clusterDir = path.join(base, 'pg');
  dataDir = path.join(base, 'app');
  fs.mkdirSync(clusterDir, { mode: 0o700 });
  fs.chmodSync(base, 0o755);
  execFileSync('chown', ['postgres', clusterDir]);
  pgPort = await freePort();
  // fsync stays on (the default): a durability test under fsync=off would prove nothing.
  asPostgres('initdb', ['-D', clusterDir, '-U', 'benteng', '--auth=trust', '--data-checksums']);
  startCluster();
  asPostgres('psql', ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'benteng', '-d', 'postgres', '-c', 'CREATE DATABASE benteng']);
}, 240_000);

afterAll(() => {
  if (!canRun) return;
  try {
    asPostgres('pg_ctl', ['-D', clusterDir, '-m', 'immediate', 'stop']);
  } catch {
    /* already stopped */
  }
  fs.rmSync(path.dirname(clusterDir), { recursive: true, force: true });
});

describe.skipIf(!canRun)('killing the PostgreSQL server during submissions', () => {
  it('keeps every acknowledged tip', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: `postgres://benteng@127.0.0.1:${pgPort}/benteng`,
      BENTENG_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'fatal',
      BENTENG_TIPS_POW_MAX_NUMBER: '300',
      BENTENG_TIPS_CLIENT_PER_HOUR: '100000',
      BENTENG_TIPS_SYSTEM_PER_HOUR: '100000',
    };
    let server: ChildProcess = startServer(env);
    try {
      await waitReady(url);
      const stream = submissionStream(url, 4);
      while (stream.acknowledged.length < 25) await new Promise((r) => setTimeout(r, 50));
      const postmaster = Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmaster, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 1000)); // submissions fail meanwhile; none may be acknowledged wrongly
      await restartCluster(); // crash recovery replays the WAL
      await new Promise((r) => setTimeout(r, 2000));
      await stream.stop();
      const acknowledged = [...stream.acknowledged];
      if (server.exitCode !== null) server = startServer(env);
      await waitReady(url);
      const missing: string[] = [];
      for (const receipt of acknowledged) if (!(await opens(url, receipt))) missing.push(receipt);
      expect(missing).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(25);
      expect(fs.readFileSync(path.join(clusterDir, 'server.log'), 'utf8')).toMatch(/redo done|database system was interrupted/);
    } finally {
      server.kill('SIGTERM');
      if (server.exitCode === null) await new Promise((r) => server.once('exit', r));
    }
  }, 300_000);
});
