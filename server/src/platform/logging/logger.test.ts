import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { escapeControlCharacters, loggerOptions } from './logger';

let t: TestApp;
const lines: string[] = [];

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('application log', () => {
  it('keeps no client address, user agent, referrer, cookie or password', async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino(loggerOptions('info'), sink);
    const { app } = await buildApp({ ...t.deps, logger });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login?trace=QUERY-MARK-55',
      remoteAddress: '198.51.100.77',
      headers: {
        'x-benteng-request': '1',
        'user-agent': 'UA-MARK-7f3a',
        'x-forwarded-for': '203.0.113.9',
        referer: 'https://referer-mark.example/',
        cookie: 'benteng_session=COOKIE-MARK-1',
      },
      payload: { email: 'someone@example.org', password: 'PASSWORD-MARK-xyz' },
    });
    await app.close();
    const text = lines.join('');
    expect(text).toContain('/api/auth/login');
    for (const marker of ['198.51.100.77', '203.0.113.9', 'UA-MARK-7f3a', 'referer-mark', 'COOKIE-MARK-1', 'PASSWORD-MARK-xyz', 'QUERY-MARK-55']) {
      expect(text, marker).not.toContain(marker);
    }
  });

  it('escapes control characters so a value cannot forge a log line', () => {
    expect(escapeControlCharacters('ok\r\n{"level":"fatal"}\u001b[31m')).toBe('ok\\u000d\\u000a{"level":"fatal"}\\u001b[31m');
  });
});
