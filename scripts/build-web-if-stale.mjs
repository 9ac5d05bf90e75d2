#!/usr/bin/env node
// Builds the web client only when its output is missing or older than its sources, so a second
// `npm start` (and every e2e run after the first) does not pay for a Vite build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist', 'web', 'index.html');
const sources = [path.join(root, 'web'), path.join(root, 'contracts')];
const skipped = new Set(['node_modules', 'dist']);

/** The newest modification time of any file below `dir`, or 0 when there is none. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((dir) => fs.existsSync(dir) && newestMtime(dir) > built);
}

if (!isStale() && !process.argv.includes('--force')) {
  console.log('Web client is up to date (dist/web).');
} else {
  const require = createRequire(import.meta.url);
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  console.log('Building the web client (dist/web)...');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', path.join('web', 'vite.config.ts')],
    {
      cwd: root,
      stdio: 'inherit',
      // A test runner's NODE_ENV=test would otherwise give React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  process.exit(result.status ?? 1);
}
