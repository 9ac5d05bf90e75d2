#!/usr/bin/env node
// The one test command (`npm test`), the same locally and in CI: static checks, the server suite on
// the embedded database, the same suite on PostgreSQL when DATABASE_URL is set, and the browser
// tests. Ends with one line "N passed, N failed" summing everything.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'tmp', 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- lint server`
const wanted = (name) => only.length === 0 || only.includes(name);
const suites = [];

async function run(name, command, args, env = process.env) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  // Printed as it comes and kept, so a failure's own words can be repeated in the recap at the end
  // (CI shows the end of the output).
  const child = spawn(command, args, { cwd: root, env, stdio: ['inherit', 'pipe', 'pipe'] });
  let output = '';
  const keep = (stream, target) =>
    stream.on('data', (chunk) => {
      target.write(chunk);
      output += chunk.toString();
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
    });
  keep(child.stdout, process.stdout);
  keep(child.stderr, process.stderr);
  const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return { ok: status === 0, status, output, seconds: (Date.now() - started) / 1000 };
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ansi = /\x1b\[[0-9;]*m/g;
const lastLines = (text, n) => text.replace(ansi, '').trimEnd().split('\n').slice(-n);

/** What vitest itself said about the failures: its "Failed Tests" and "Unhandled Errors" sections. */
function vitestRecap(output, status) {
  const lines = output.replace(ansi, '').split('\n');
  const recap = [];
  let until = 0;
  lines.forEach((line, i) => {
    if (!/⎯+ (Failed Tests|Failed Suites|Unhandled (Errors|Rejection)) /.test(line)) return;
    recap.push(...lines.slice(Math.max(i, until), i + 30));
    until = i + 30;
  });
  if (recap.length === 0)
    recap.push(`vitest exited with status ${status} without naming a failure:`, ...lastLines(output, 30));
  return recap.slice(0, 150);
}

/** A static check counts as one test. */
async function check(name, command, args) {
  if (!wanted(name)) return;
  const { ok, output, seconds } = await run(name, command, args);
  suites.push({
    name,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    seconds,
    recap: ok ? [] : lastLines(output, 40),
  });
}

async function vitest(name, project, env) {
  if (!wanted(name)) return;
  const out = path.join(resultsDir, `${name}.json`);
  fs.rmSync(out, { force: true });
  const { ok, status, output, seconds } = await run(
    name,
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    env,
  );
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numRuntimeErrorSuites ?? 0);
    // A file that failed to load has no tests; count it so it cannot pass silently.
    failed += report.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
  }
  if (!ok && failed === 0) failed = 1;
  suites.push({ name, passed, failed, seconds, recap: ok ? [] : vitestRecap(output, status) });
}

const withoutDatabaseUrl = { ...process.env };
delete withoutDatabaseUrl.DATABASE_URL;

await check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
await check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
await check('migrations', 'node', ['scripts/check-migration-drift.mjs']);
await vitest('server-pglite', 'server', withoutDatabaseUrl);
if (process.env.DATABASE_URL) await vitest('server-postgres', 'server', process.env);
else if (wanted('server-postgres'))
  console.log(
    '\n=== server-postgres: not run (set DATABASE_URL to a PostgreSQL server to run the suite there too)',
  );

const chromium = process.env.BENTENG_CHROMIUM ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) {
  if (wanted('e2e')) await run('build web', 'npm', ['run', '--silent', 'build']);
  await vitest('e2e', 'e2e', withoutDatabaseUrl);
} else if (process.env.BENTENG_REQUIRE_E2E === '1') {
  suites.push({ name: 'e2e', passed: 0, failed: 1, seconds: 0 });
  console.log(`\n=== e2e: FAILED, no browser at ${chromium} (apt-get install chromium)`);
} else if (wanted('e2e')) {
  console.log(
    `\n=== e2e: not run, no browser at ${chromium} (apt-get install chromium, or set BENTENG_CHROMIUM)`,
  );
}

for (const s of suites.filter((suite) => suite.recap?.length))
  console.log(`\n=== ${s.name} failed:\n${s.recap.join('\n')}`);

console.log('\n=== summary');
for (const s of suites)
  console.log(
    `${s.name.padEnd(16)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(3)} failed  ${s.seconds.toFixed(0)} s`,
  );
const passed = suites.reduce((a, s) => a + s.passed, 0);
const failed = suites.reduce((a, s) => a + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || suites.length === 0 ? 1 : 0;
