import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const adminEmail = 'admin@e2e.test';
export const adminName = 'Admin E2E';
export const adminPassword = 'benteng e2e admin passphrase';

const cli = path.join(repoRoot, 'bin', 'benteng.mjs');
const templatePrefix = 'benteng-e2e-template-';

export function freePort(): Promise<number> {
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

function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Changes when the migrations or the seed data change: a data folder made from older ones is stale. */
function schemaKey(): string {
  const hash = crypto.createHash('sha256').update(adminEmail).update(adminPassword);
  const sources = [
    ...filesBelow(path.join(repoRoot, 'server', 'migrations')),
    ...filesBelow(path.join(repoRoot, 'server', 'seeds')),
  ];
  for (const file of sources) hash.update(path.relative(repoRoot, file)).update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A data folder with the database migrated and seeded and the administrator created, made once
 * per schema and copied for each test file: `admin create` on an empty folder is the slowest step.
 * The CLI runs before any server (the embedded database allows one process per folder).
 */
async function templateDataDir(env: NodeJS.ProcessEnv): Promise<string> {
  const template = path.join(os.tmpdir(), `${templatePrefix}${schemaKey()}`);
  if (fs.existsSync(template)) return template;
  for (const old of fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(templatePrefix))) {
    fs.rmSync(path.join(os.tmpdir(), old), { recursive: true, force: true });
  }
  const building = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-e2e-building-'));
  const args = ['admin', 'create', '--email', adminEmail, '--name', adminName, '--password-stdin'];
  await runCli(args, { ...env, BENTENG_DATA_DIR: building }, adminPassword);
  // Renamed only once complete, so an interrupted run never leaves a half-made template. Test
  // files start in parallel: when another one finished the same template first, use theirs.
  try {
    fs.renameSync(building, template);
  } catch (error) {
    if (!fs.existsSync(template)) throw error;
    fs.rmSync(building, { recursive: true, force: true });
  }
  return template;
}

async function waitForReady(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
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

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Starts `benteng serve` on a free port with a fresh copy of the template data; waits for /readyz. */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-e2e-'));
  fs.cpSync(await templateDataDir(baseEnv), dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...baseEnv, BENTENG_DATA_DIR: dataDir };

  let output = '';
  const server = spawn(process.execPath, [cli, 'serve'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForReady(baseUrl, server, () => output);
  } catch (error) {
    await stopProcess(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    stop: async () => {
      await stopProcess(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
