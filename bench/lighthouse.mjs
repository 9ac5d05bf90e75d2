#!/usr/bin/env node
// Lighthouse (mobile preset: Moto G-class phone, simulated slow 4G, 4× CPU slowdown) on the public
// pages, run against a fresh demo server with Debian's chromium. Goals of issue 9 for /info:
// performance ≥ 95, accessibility 100. The staff client's sign-in page is measured in the same run
// as the reference point (a full React client).
//   npm run bench:lighthouse [-- /info /info/prosedur ...]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = path.resolve(import.meta.dirname, '..');
const port = 19000 + (process.pid % 1000);
const origin = `http://127.0.0.1:${port}`;
const requested = process.argv.slice(2).filter((a) => a.startsWith('/'));
const pages = requested.length
  ? requested
  : ['/info', '/info/prosedur', '/info/cek-p3mi', '/info/cek-tawaran', '/info/bantuan', '/lapor', '/login'];
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-web-if-stale.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-lighthouse-'));
const env = { ...process.env, BENTENG_DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
const server = spawn(process.execPath, [path.join(root, 'bin/benteng.mjs'), 'serve'], { env, stdio: 'ignore' });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

try {
  const started = Date.now();
  while (!(await fetch(`${origin}/readyz`).then((r) => r.ok, () => false))) {
    if (Date.now() - started > 120_000) throw new Error('server not ready after 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const rows = [];
  for (const page of pages) {
    const result = await lighthouse(`${origin}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      firstContentfulPaintMs: Math.round(audits['first-contentful-paint'].numericValue),
      largestContentfulPaintMs: Math.round(audits['largest-contentful-paint'].numericValue),
      totalBlockingTimeMs: Math.round(audits['total-blocking-time'].numericValue),
      cumulativeLayoutShift: Number((audits['cumulative-layout-shift']?.numericValue ?? audits.metrics?.details?.items?.[0]?.cumulativeLayoutShift ?? NaN).toFixed(3)),
      layoutShiftElements: (audits['layout-shift-elements']?.details?.items ?? []).map((i) => i.node?.selector ?? '').filter(Boolean).slice(0, 3),
      transferredKiB: Number((audits['total-byte-weight'].numericValue / 1024).toFixed(1)),
      failedAccessibilityAudits: Object.values(audits)
        .filter((a) => result.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1)
        .map((a) => a.id),
    });
  }
  const reference = rows.find((r) => r.page === '/login');
  const result = {
    bench: 'lighthouse',
    at: new Date().toISOString(),
    preset: 'mobile (Lighthouse default: simulated slow 4G, 4x CPU slowdown)',
    chromium: chromePath,
    pages: rows.map((r) => ({
      ...r,
      ...(reference && r !== reference ? { lcpRatioToStaffSignIn: Number((r.largestContentfulPaintMs / reference.largestContentfulPaintMs).toFixed(2)) } : {}),
    })),
  };
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/lighthouse.json'), JSON.stringify(result, null, 2));
  console.table(rows.map(({ failedAccessibilityAudits, ...r }) => ({ ...r, a11yFails: failedAccessibilityAudits.join(' ') })));
} finally {
  await chrome.kill();
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  fs.rmSync(dir, { recursive: true, force: true });
}
