import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase } from '../../../test/database';
import { freePort, isDown, opens, startServer, submissionStream, waitReady } from '../../../test/tip-stream';

/**
 * A tip whose receipt was shown is never lost: the server process is killed with SIGKILL while
 * submissions stream in, restarted on the same data, and every acknowledged receipt must still
 * open its report. Runs on the embedded database, or on PostgreSQL when DATABASE_URL is set.
 */
let dir: string;
let drop: (() => Promise<void>) | undefined;
let env: NodeJS.ProcessEnv;
let url: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-tips-crash-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  env = {
    ...process.env,
    NODE_ENV: 'production',
    BENTENG_DATA_DIR: dir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    BENTENG_TIPS_POW_MAX_NUMBER: '300',
    BENTENG_TIPS_CLIENT_PER_HOUR: '100000',
    BENTENG_TIPS_SYSTEM_PER_HOUR: '100000',
  };
  if (process.env.DATABASE_URL) {
    const created = await createEmptyPostgresDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = created.url;
    drop = created.drop;
  }
}, 200_000);

afterAll(async () => {
  await drop?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('killing the server during submissions', () => {
  it('keeps every acknowledged tip', async () => {
    const first = startServer(env);
    await waitReady(url);
    const stream = submissionStream(url, 4);
    while (stream.acknowledged.length < 25) await new Promise((r) => setTimeout(r, 50));
    first.kill('SIGKILL'); // with requests in flight
    await new Promise((r) => first.once('exit', r));
    expect(await isDown(url)).toBe(true);
    await stream.stop();
    const acknowledged = [...stream.acknowledged];
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);

    const second = startServer(env);
    try {
      await waitReady(url);
      const missing: string[] = [];
      for (const receipt of acknowledged) if (!(await opens(url, receipt))) missing.push(receipt);
      expect(missing).toEqual([]);
    } finally {
      second.kill('SIGTERM');
      await new Promise((r) => second.once('exit', r));
    }
    // Audit entries committed but not yet linked into the chain when the process died are linked
    // after the restart: the chain verifies whole.
    const verify = spawnSync(process.execPath, [path.join(import.meta.dirname, '../../../../bin/benteng.mjs'), 'audit', 'verify'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(`${verify.stdout}${verify.stderr}`).toMatch(/Audit log intact/);
    expect(verify.status).toBe(0);
  }, 300_000);
});
