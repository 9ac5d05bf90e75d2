import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const adminEmail = 'admin@e2e.test';
export const adminName = 'Admin E2E';
export const adminPassword = 'benteng e2e admin passphrase';

const chromiumPath = process.env.BENTENG_E2E_CHROMIUM ?? '/usr/bin/chromium';
const cli = path.join(repoRoot, 'bin', 'benteng.mjs');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (no cookies, no storage), optionally with a viewport width. */
  newContext: (options?: { width?: number; height?: number }) => Promise<BrowserContext>;
  stop: () => Promise<void>;
}

/** Builds the web client when its sources are newer than dist/web (fast when nothing changed). */
function buildWebIfStale(): void {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-web-if-stale.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Web build failed:\n${result.stdout}\n${result.stderr}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a CLI command to completion, feeding `input` on stdin; rejects with its output on failure. */
function runCli(args: string[], env: NodeJS.ProcessEnv, input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: repoRoot,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`benteng ${args.join(' ')} failed (${code}):\n${output}`)),
    );
    child.stdin.end(`${input}\n`);
  });
}

async function waitForReady(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The server exited early (${server.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become ready in time:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts a real Benteng server on a fresh data folder and a free port, with one administrator
 * (created by the CLI before the server starts: the embedded database allows one process),
 * and launches Chromium. `stop` ends both and removes the data.
 */
export async function startHarness(): Promise<Harness> {
  buildWebIfStale();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    BENTENG_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  await runCli(
    ['admin', 'create', '--email', adminEmail, '--name', adminName, '--password-stdin'],
    env,
    adminPassword,
  );

  let output = '';
  const server = spawn(process.execPath, [cli, 'serve'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForReady(baseUrl, server, () => output);

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const newContext = (options: { width?: number; height?: number } = {}) =>
    browser.newContext({
      baseURL: baseUrl,
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });

  return {
    baseUrl,
    browser,
    newContext,
    stop: async () => {
      await browser.close().catch(() => undefined);
      await stopProcess(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
