import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptPattern } from '#contracts/tips';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { buildApp } from '../../app';
import { purgeClosedTips } from './tips.jobs';
import { tipTestEnv } from '../../../test/tip-factories';

const appSecret = 'test-app-secret-4b1d';
const verifyToken = 'verify-token-93aa';
const phone = '6281299990000';

/** A text message as the WhatsApp Cloud API delivers it (shape of Meta's documented example). */
const recorded = (id: string, text: string) => ({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
            contacts: [{ profile: { name: 'Warga Desa' }, wa_id: phone }],
            messages: [{ from: phone, id, timestamp: '1768188000', type: 'text', text: { body: text } }],
          },
        },
      ],
    },
  ],
});

const sign = (body: string, secret = appSecret) => `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;

let t: TestApp;
let graph: http.Server;
const sent: { url: string; auth: string; body: { to: string; text: { body: string } } }[] = [];

beforeAll(async () => {
  graph = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      sent.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', body: JSON.parse(data) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"messages":[{"id":"wamid.out"}]}');
    });
  });
  await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
  const port = (graph.address() as AddressInfo).port;
  t = await buildTestApp({
    env: {
      ...tipTestEnv,
      BENTENG_WHATSAPP_APP_SECRET: appSecret,
      BENTENG_WHATSAPP_VERIFY_TOKEN: verifyToken,
      BENTENG_WHATSAPP_ACCESS_TOKEN: 'access-token-77',
      BENTENG_WHATSAPP_GRAPH_URL: `http://127.0.0.1:${port}/v21.0`,
    },
  });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => graph.close(resolve));
});

const post = (body: string, signature?: string) =>
  t.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) } });

describe('the WhatsApp intake', () => {
  it('is off unless configured', async () => {
    const plain = await buildTestApp();
    try {
      const r = await plain.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: '{}', headers: { 'content-type': 'application/json' } });
      expect(r.statusCode).toBe(404);
      expect((await plain.app.inject({ method: 'GET', url: '/webhooks/whatsapp?hub.mode=subscribe' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('answers the verification handshake only with the right token', async () => {
    const ok = await t.app.inject({ method: 'GET', url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('1158201444');
    const wrong = await t.app.inject({ method: 'GET', url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1' });
    expect(wrong.statusCode).toBe(403);
  });

  it('refuses unsigned and wrongly signed deliveries and makes no tip', async () => {
    const body = JSON.stringify(recorded('wamid.A1', 'Ada tekong di pelabuhan tikus malam ini'));
    expect((await post(body)).statusCode).toBe(403);
    expect((await post(body, sign(body, 'another-secret'))).statusCode).toBe(403);
    expect((await post(body.replace('malam', 'siang'), sign(body))).statusCode).toBe(403);
    const tips = await t.deps.database.query(`SELECT count(*)::int AS n FROM tips`);
    expect(tips.rows[0]).toEqual({ n: 0 });
  });

  it('turns a signed text message into a tip, answers with its receipt, and keeps no phone number', async () => {
    const body = JSON.stringify(recorded('wamid.B2', 'Tekong mengumpulkan 5 orang di Tanjung Uban, berangkat besok subuh'));
    const r = await post(body, sign(body));
    expect(r.statusCode).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/v21.0/106540352242922/messages');
    expect(sent[0]!.auth).toBe('Bearer access-token-77');
    expect(sent[0]!.body.to).toBe(phone);
    const receipt = /[0-9A-Z]{4}(-[0-9A-Z]{4}){3}/.exec(sent[0]!.body.text.body)![0];
    expect(receipt).toMatch(receiptPattern);
    const follow = await t.app.inject({ method: 'POST', url: '/api/public/tips/follow-up', headers: { 'x-benteng-request': '1' }, payload: { receipt } });
    expect(follow.statusCode).toBe(200);
    const rows = await t.deps.database.query<{ channel: string; row: string }>(`SELECT channel, t::text AS row FROM tips t`);
    expect(rows.rows.map((x) => x.channel)).toEqual(['whatsapp']);
    expect(rows.rows[0]!.row).not.toContain(phone);
    const audit = await t.deps.database.query<{ row: string }>(`SELECT a::text AS row FROM audit_log a`);
    expect(audit.rows.map((x) => x.row).join('\n')).not.toContain(phone);
  });

  it('makes no second tip when the same message is delivered again', async () => {
    const body = JSON.stringify(recorded('wamid.B2', 'Tekong mengumpulkan 5 orang di Tanjung Uban, berangkat besok subuh'));
    expect((await post(body, sign(body))).statusCode).toBe(200);
    const tips = await t.deps.database.query(`SELECT count(*)::int AS n FROM tips`);
    expect(tips.rows[0]).toEqual({ n: 1 });
    expect(sent).toHaveLength(1);
  });

  it('remembers delivered messages in the database (a restarted server makes no second tip), by a keyed hash, until the purge', async () => {
    const restarted = (await buildApp(t.deps, { logger: false })).app;
    try {
      const body = JSON.stringify(recorded('wamid.B2', 'Tekong mengumpulkan 5 orang di Tanjung Uban, berangkat besok subuh'));
      const r = await restarted.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) } });
      expect(r.statusCode).toBe(200);
    } finally {
      await restarted.close();
    }
    expect((await t.deps.database.query(`SELECT count(*)::int AS n FROM tips`)).rows[0]).toEqual({ n: 1 });
    expect(sent).toHaveLength(1);
    const stored = await t.deps.database.query<{ row: string; received_at: Date }>(`SELECT d::text AS row, received_at FROM tip_whatsapp_deliveries d`);
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.row).not.toContain('wamid');
    expect(new Date(stored.rows[0]!.received_at).getUTCMinutes()).toBe(0);

    await purgeClosedTips(t.deps, new Date(t.clock.now().getTime() + 13 * 86_400_000));
    expect((await t.deps.database.query(`SELECT count(*)::int AS n FROM tip_whatsapp_deliveries`)).rows[0]).toEqual({ n: 1 });
    await purgeClosedTips(t.deps, new Date(t.clock.now().getTime() + 15 * 86_400_000));
    expect((await t.deps.database.query(`SELECT count(*)::int AS n FROM tip_whatsapp_deliveries`)).rows[0]).toEqual({ n: 0 });
  });
});
