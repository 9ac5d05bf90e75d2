#!/usr/bin/env node
// The one test command (`npm test`), the same locally and in CI: static checks, the server suite on
// the embedded database, the same suite on PostgreSQL when DATABASE_URL is set, and the browser
// tests. Ends with one line "N passed, N failed" summing everything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'tmp', 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- lint server`
const wanted = (name) => only.length === 0 || only.includes(name);
const suites = [];

function run(name, command, args, env = process.env) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return { ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** A static check counts as one test. */
function check(name, command, args) {
  if (!wanted(name)) return;
  const { ok, seconds } = run(name, command, args);
  suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
}

function vitest(name, project, env) {
  if (!wanted(name)) return;
  const out = path.join(resultsDir, `${name}.json`);
  fs.rmSync(out, { force: true });
  const { ok, seconds } = run(name, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numRuntimeErrorSuites ?? 0);
    // A file that failed to load has no tests; count it so it cannot pass silently.
    failed += report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  }
  if (!ok && failed === 0) failed = 1;
  suites.push({ name, passed, failed, seconds });
}

const withoutDatabaseUrl = { ...process.env };
delete withoutDatabaseUrl.DATABASE_URL;

check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('migrations', 'node', ['scripts/check-migration-drift.mjs']);
vitest('server-pglite', 'server', withoutDatabaseUrl);
if (process.env.DATABASE_URL) vitest('server-postgres', 'server', process.env);
else if (wanted('server-postgres')) console.log('\n=== server-postgres: not run (set DATABASE_URL to a PostgreSQL server to run the suite there too)');

const chromium = process.env.BENTENG_CHROMIUM ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) {
  if (wanted('e2e')) run('build web', 'npm', ['run', '--silent', 'build']);
  vitest('e2e', 'e2e', withoutDatabaseUrl);
} else if (process.env.BENTENG_REQUIRE_E2E === '1') {
  suites.push({ name: 'e2e', passed: 0, failed: 1, seconds: 0 });
  console.log(`\n=== e2e: FAILED, no browser at ${chromium} (apt-get install chromium)`);
} else if (wanted('e2e')) {
  console.log(`\n=== e2e: not run, no browser at ${chromium} (apt-get install chromium, or set BENTENG_CHROMIUM)`);
}

console.log('\n=== summary');
for (const s of suites) console.log(`${s.name.padEnd(16)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(3)} failed  ${s.seconds.toFixed(0)} s`);
const passed = suites.reduce((a, s) => a + s.passed, 0);
const failed = suites.reduce((a, s) => a + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || suites.length === 0 ? 1 : 0;
