#!/usr/bin/env node
// Fails when the schema code has changes that no committed migration captures: it generates
// migrations into a scratch copy of server/migrations and checks that nothing new appears.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// drizzle-kit takes `out` relative to the project, so the scratch copy lives in ./tmp (ignored by git).
fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
const scratch = fs.mkdtempSync(path.join(root, 'tmp', 'drift-'));
try {
  const out = path.join(scratch, 'migrations');
  fs.cpSync(path.join(root, 'server/migrations'), out, { recursive: true });
  const config = path.join(root, `.drizzle-drift-${process.pid}.config.mjs`);
  fs.writeFileSync(
    config,
    `export default ${JSON.stringify({ dialect: 'postgresql', schema: './server/src/platform/db/schema.ts', out: `./${path.relative(root, out)}`, strict: true })};\n`,
  );
  const before = new Set(fs.readdirSync(out));
  // stdin closed: a question from drizzle-kit (e.g. "renamed or new column?") ends the run instead of waiting.
  const r = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config, '--name', 'drift'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  fs.rmSync(config, { force: true });
  if (r.status !== 0 || /Error/.test(`${r.stdout}${r.stderr}`)) {
    console.error(r.stdout, r.stderr);
    console.error('migration drift check: drizzle-kit failed');
    process.exitCode = 1;
  }
  const added = fs.readdirSync(out).filter((f) => !before.has(f));
  if (process.exitCode) {
    // already reported
  } else if (added.length > 0) {
    console.error('Schema code and committed migrations differ. Run `npm run db:generate -- --name <what-changed>` and commit the SQL.');
    for (const f of added) console.error(`\n--- ${f}\n${fs.readFileSync(path.join(out, f), 'utf8')}`);
    process.exitCode = 1;
  } else {
    console.log('migration drift check: migrations match the schema code');
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
