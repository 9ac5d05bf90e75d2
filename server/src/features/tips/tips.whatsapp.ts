import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TipReport } from '#contracts/tips';
import type { Deps } from '../../platform/deps';
import { systemContext } from '../../platform/context';
import { AppError } from '../../platform/http/app-error';
import { access } from '../../platform/http/access';
import { safeEqual } from '../../platform/crypto/secrets';
import { anonymousContext, insertTip, prepareReceipt } from './tips.intake';
import * as repo from './tips.repository';

/**
 * Intake from the WhatsApp Cloud API. Off (404) unless an app secret and a verify token are
 * configured. Every POST must carry `X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body
 * under the app secret>`. Each incoming text message becomes a tip on the `whatsapp` channel and
 * is answered with its receipt code. The sender's number is used for that one reply and never
 * stored: the reporter follows up on the public page with the code (docs/SECURITY.md).
 */

interface IncomingMessage {
  id: string;
  from: string;
  type: string;
  text?: { body?: string };
}
interface WebhookBody {
  object?: string;
  entry?: { changes?: { value?: { metadata?: { phone_number_id?: string }; messages?: IncomingMessage[] } }[] }[];
}

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: Buffer;
  }
}

const receiptText = (receipt: string) =>
  `Terima kasih, laporan Anda sudah kami terima. Kode tanda terima: ${receipt}\n` +
  `Simpan kode ini; dengan kode ini Anda bisa membaca balasan petugas di halaman /lapor. Nomor Anda tidak kami simpan.\n\n` +
  `Thank you, your report was received. Receipt code: ${receipt} (keep it to read replies on the /lapor page).`;

const derived = new WeakMap<Buffer, Buffer>();

/**
 * The stored form of a message id: HMAC-SHA256 under a key derived from the instance key. Meta's
 * ids encode the sender's number, so not even a plain hash of one is kept.
 */
export function messageIdHash(instanceKey: Buffer, id: string): string {
  let key = derived.get(instanceKey);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', instanceKey, Buffer.alloc(0), 'benteng/tips/whatsapp-message-id', 32));
    derived.set(instanceKey, key);
  }
  return crypto.createHmac('sha256', key).update(id).digest('base64url');
}

/** How long message ids are remembered: Meta retries a failed webhook for up to seven days. */
export const whatsappDeliveryRetentionDays = 14;

async function sendReply(deps: Deps, phoneNumberId: string, to: string, body: string): Promise<void> {
  const wa = deps.config.tips.whatsapp!;
  if (!wa.accessToken) return;
  const response = await fetch(`${wa.graphUrl}/${encodeURIComponent(phoneNumberId)}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${wa.accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) deps.logger.warn({ status: response.status }, 'WhatsApp reply was not accepted');
}

async function intake(deps: Deps, now: Date, message: IncomingMessage, phoneNumberId: string): Promise<void> {
  const text = message.text?.body?.trim() ?? '';
  if (message.type !== 'text' || text.length === 0) return;
  const report: TipReport = {
    what: text.slice(0, 5000),
    where: { regionCode: null, portId: null, point: null, description: '' },
    when: { date: null, description: '' },
    who: '',
    imminentDeparture: false,
    childrenInvolved: false,
    contact: '',
    locale: 'id',
  };
  const receipt = await prepareReceipt(deps);
  const ctx = anonymousContext(systemContext(now, 'whatsapp'));
  // The delivery is recorded in the tip's transaction: a redelivery (now or after a restart) makes
  // no second tip and gets no second reply; a tip that failed to commit leaves no record either.
  const taken = await deps.db.transaction(async (tx) => {
    if (!(await repo.recordWhatsappDelivery(tx, messageIdHash(deps.keys.encryptionKey, message.id), ctx.now))) return false;
    await insertTip(tx, deps, ctx, { channel: 'whatsapp', report, nearPortId: null, receipt, createdBy: null });
    return true;
  });
  if (!taken) return;
  await sendReply(deps, phoneNumberId, message.from, receiptText(receipt.receipt)).catch((err: unknown) =>
    deps.logger.warn({ err: { message: (err as Error).message } }, 'WhatsApp reply failed'),
  );
}

function checkSignature(deps: Deps, request: FastifyRequest): void {
  const wa = deps.config.tips.whatsapp!;
  const header = request.headers['x-hub-signature-256'];
  const expected = `sha256=${crypto.createHmac('sha256', wa.appSecret).update(request.rawBody ?? Buffer.alloc(0)).digest('hex')}`;
  if (typeof header !== 'string' || !safeEqual(header, expected)) throw new AppError('FORBIDDEN', 'Signature does not match');
}

const off = () => new AppError('ROUTE_NOT_FOUND', 'The WhatsApp intake is not configured');

export async function whatsappRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  // The signature covers the raw bytes, so this plugin keeps them next to the parsed body.
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (request, body, done) => {
    request.rawBody = body as Buffer;
    try {
      done(null, JSON.parse((body as Buffer).toString('utf8')));
    } catch {
      done(new AppError('MALFORMED_JSON', 'The request body is not valid JSON'), undefined);
    }
  });
  const config = { access: access.public() };

  app.get('/webhooks/whatsapp', { config, logLevel: 'warn', schema: { hide: true } }, async (request, reply) => {
    const wa = deps.config.tips.whatsapp;
    if (!wa) throw off();
    const q = request.query as Record<string, string | undefined>;
    if (q['hub.mode'] !== 'subscribe' || !safeEqual(q['hub.verify_token'] ?? '', wa.verifyToken)) throw new AppError('FORBIDDEN', 'Verification failed');
    return reply.type('text/plain').send(q['hub.challenge'] ?? '');
  });

  app.post('/webhooks/whatsapp', { config, logLevel: 'warn', schema: { hide: true } }, async (request) => {
    if (!deps.config.tips.whatsapp) throw off();
    checkSignature(deps, request);
    const body = request.body as WebhookBody;
    for (const entry of body.entry ?? [])
      for (const change of entry.changes ?? [])
        for (const message of change.value?.messages ?? [])
          await intake(deps, request.ctx.now, message, change.value?.metadata?.phone_number_id ?? '');
    return { ok: true };
  });
}
