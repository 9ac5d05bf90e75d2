import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { repoRoot, startServer } from './server';

export { adminEmail, adminName, adminPassword, repoRoot } from './server';

const chromiumPath = process.env.BENTENG_E2E_CHROMIUM ?? '/usr/bin/chromium';

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (no cookies, no storage), optionally with a viewport size. */
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

/**
 * Builds the client if needed, starts a real Benteng server (fresh data, one administrator, free
 * port) and launches Debian's Chromium. `stop` ends both and removes the data.
 */
export async function startHarness(): Promise<Harness> {
  buildWebIfStale();
  const server = await startServer();
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
      baseURL: server.baseUrl,
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
  return {
    baseUrl: server.baseUrl,
    browser,
    newContext,
    stop: async () => {
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}
