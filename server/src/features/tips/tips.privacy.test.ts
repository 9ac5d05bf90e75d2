import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { FakeClock } from '../../platform/clock';
import { ephemeralKeys } from '../../platform/crypto/keys';
import type { Database } from '../../platform/db/database';
import { loggerOptions } from '../../platform/logging/logger';
import { createTestDatabase } from '../../../test/database';
import { tipTestEnv } from '../../../test/tip-factories';
import { solveChallenge } from 'altcha-lib/v1';

/**
 * Check 1, 2, 5 and 10 of the tip channel: what a client says about itself (address, browser,
 * referrer, language) ends up nowhere — not in any table, not in the application log — the
 * receipt and the report text are not stored in clear, and the time is cut to the hour.
 */
const markers = {
  'user-agent': 'UA-MARK-7f3a',
  'x-forwarded-for': '198.51.100.77',
  'x-real-ip': '198.51.100.78',
  referer: 'https://referer-mark.example/REF-MARK-22c1',
  'accept-language': 'xx-LANGMARK',
};
const reportMarker = 'REPORT-MARK-91b0 tekong membawa anak-anak';

let app: FastifyInstance;
let database: Database;
const logLines: string[] = [];
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benteng-tips-privacy-'));
  // Behind a proxy that forwards the address, as in production: the address must still not be kept.
  const config = { ...loadConfig({ NODE_ENV: 'test', BENTENG_DATA_DIR: dir, BENTENG_TRUST_PROXY: 'true', ...tipTestEnv }), mode: 'demo' as const };
  database = await createTestDatabase();
  const logger = pino(loggerOptions('trace'), { write: (line: string) => void logLines.push(line) });
  const clock = new FakeClock('2026-01-12T03:27:41.123Z');
  ({ app } = await buildApp({ config, database, db: database.db, clock, keys: ephemeralKeys(), logger }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const headers = { ...markers, 'x-benteng-request': '1' };

async function proof(): Promise<string> {
  const c = (await app.inject({ method: 'GET', url: '/api/public/tips/challenge', headers })).json();
  const s = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  return Buffer.from(JSON.stringify({ ...c, number: s!.number })).toString('base64');
}

/** Every row of every table of Benteng's schema as text. */
async function dumpAllTables(): Promise<string> {
  const tables = await database.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await database.query<{ row: string }>(`SELECT t::text AS row FROM "${table_name}" t`);
    parts.push(...rows.rows.map((r) => r.row));
  }
  return parts.join('\n');
}

describe('what a reporter leaves behind', () => {
  let receipt: string;

  beforeAll(async () => {
    const sent = await app.inject({
      method: 'POST',
      url: '/api/public/tips',
      headers,
      payload: { what: reportMarker, contact: 'CONTACT-MARK-55', proofOfWork: await proof() },
    });
    expect(sent.statusCode).toBe(201);
    receipt = sent.json().receipt;
    const follow = await app.inject({ method: 'POST', url: '/api/public/tips/follow-up/messages', headers, payload: { receipt, body: 'MESSAGE-MARK-3 tambahan' } });
    expect(follow.statusCode).toBe(201);
    // A refused request too, and a staff-side request, so the log has lines to search.
    expect((await app.inject({ method: 'POST', url: '/api/public/tips/follow-up', headers, payload: { receipt: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
  });

  it('keeps no header marker, receipt, report text or contact in any table', async () => {
    const dump = await dumpAllTables();
    expect(dump).toContain('anonymous'); // the dump did read the audit log
    for (const marker of [...Object.values(markers), '198.51.100', receipt, receipt.replace(/-/g, ''), 'REPORT-MARK', 'CONTACT-MARK', 'MESSAGE-MARK'])
      expect(dump, marker).not.toContain(marker);
  });

  it('keeps no header marker or receipt in the application log', () => {
    const log = logLines.join('');
    expect(log).toContain('/api/me'); // requests are logged at all
    for (const marker of [...Object.values(markers), '198.51.100', receipt, 'REPORT-MARK', 'CONTACT-MARK'])
      expect(log, marker).not.toContain(marker);
    expect(log).not.toContain('/api/public/tips'); // public tip routes stay out of the access log
  });

  it('stores times cut to the hour and no column derived from the client', async () => {
    const times = await database.query<{ received_at: Date }>(`SELECT received_at FROM tips`);
    expect(times.rows.map((r) => new Date(r.received_at).toISOString())).toEqual(['2026-01-12T03:00:00.000Z']);
    const messages = await database.query<{ created_at: Date }>(`SELECT created_at FROM tip_messages`);
    expect(new Date(messages.rows[0]!.created_at).toISOString()).toBe('2026-01-12T03:00:00.000Z');
    const audit = await database.query<{ occurred_at: Date; request_id: string }>(`SELECT occurred_at, request_id FROM audit_log WHERE action LIKE 'tip.%'`);
    for (const row of audit.rows) {
      expect(new Date(row.occurred_at).toISOString()).toBe('2026-01-12T03:00:00.000Z');
      expect(row.request_id).toBe('anonymous');
    }
    const columns = await database.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name LIKE 'tip%'`);
    for (const { column_name } of columns.rows) expect(column_name).not.toMatch(/(^|_)(ip|agent|user_agent|referer|address|language|client)(_|$)/);
  });

  it('stores the receipt as an Argon2id hash and an HMAC lookup key only', async () => {
    const rows = await database.query<{ receipt_hash: string; receipt_lookup: string }>(`SELECT receipt_hash, receipt_lookup FROM tips`);
    expect(rows.rows[0]!.receipt_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,p=1,t=\d+\$/);
    expect(rows.rows[0]!.receipt_lookup).toMatch(/^[0-9a-f]{64}$/);
  });
});
