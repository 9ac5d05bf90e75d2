#!/usr/bin/env node
// Builds the web clients (the staff client and the light public site) only when an output is
// missing or older than the sources, so a second `npm start` (and every e2e run after the first)
// does not pay for a Vite build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contracts = path.join(root, 'contracts');
const site = path.join(root, 'web', 'site');
// Each client: its Vite config, a file its build always writes, and the folders it is built from
// (the public site uses the staff client's design tokens in web/src/ui).
const clients = [
  { config: path.join('web', 'vite.config.ts'), output: path.join(root, 'dist', 'web', 'index.html'), sources: [path.join(root, 'web'), contracts] },
  { config: path.join('web', 'site', 'vite.config.ts'), output: path.join(root, 'dist', 'site', 'info.html'), sources: [site, path.join(root, 'web', 'src', 'ui'), contracts] },
];
// The site has its own build: its files do not make the staff client stale.
const skipped = new Set(['node_modules', 'dist', site]);

/** The newest modification time of any file below `dir`, or 0 when there is none. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skipped.has(entry.name) || skipped.has(full)) continue;
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function isStale({ output, sources }) {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((dir) => fs.existsSync(dir) && newestMtime(dir) > built);
}

const require = createRequire(import.meta.url);
const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
for (const client of clients) {
  const { config, output } = client;
  if (!isStale(client) && !process.argv.includes('--force')) {
    console.log(`Up to date: ${path.relative(root, path.dirname(output))}`);
    continue;
  }
  console.log(`Building ${path.relative(root, path.dirname(output))} (${config})...`);
  const result = spawnSync(process.execPath, [vite, 'build', '--config', config], {
    cwd: root,
    stdio: 'inherit',
    // A test runner's NODE_ENV=test would otherwise give React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
