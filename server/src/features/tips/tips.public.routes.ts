import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '#contracts/common';
import {
  powChallengeSchema,
  receiptInputSchema,
  receiptRequestSchema,
  reporterMessageRequestSchema,
  reporterViewSchema,
  submitTipRequestSchema,
  tipAttachmentSchema,
  tipReceiptSchema,
} from '#contracts/tips';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { invalidField } from '../../platform/http/app-error';
import { addTipAttachment } from './tips.attachments';
import { anonymousContext } from './tips.intake';
import * as service from './tips.public.service';
import { readTipUpload } from './tips.upload';

/**
 * The public side of community reporting: no account, no cookie. `request.ip` is used only as
 * the key of the in-memory limits (hashed there under a per-window random key); nothing derived
 * from the client is stored or logged. `logLevel: 'warn'` keeps these routes out of the access
 * log, whose exact times would otherwise date each report.
 */
export const tipPublicRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });
  const guards = service.createTipGuards(deps);
  const tags = ['tips (public)'];
  const config = { access: access.public() };
  const logLevel = 'warn';

  app.get(
    '/api/public/tips/challenge',
    { config, logLevel, schema: { tags, summary: 'A proof-of-work challenge for one report', response: { 200: powChallengeSchema } } },
    async (request) => service.challenge(deps, request.ctx.now),
  );

  app.post(
    '/api/public/tips',
    {
      config,
      logLevel,
      schema: { tags, summary: 'Send a report; answers the receipt code, once', body: submitTipRequestSchema, response: { 201: tipReceiptSchema } },
    },
    async (request, reply) => reply.status(201).send(await service.submitTip(deps, guards, request.ctx, request.ip, request.body)),
  );

  app.post(
    '/api/public/tips/follow-up',
    {
      config,
      logLevel,
      schema: { tags, summary: 'Read a report’s replies with its receipt code', body: receiptRequestSchema, response: { 200: reporterViewSchema } },
    },
    async (request) => {
      const tip = await service.openByReceipt(deps, guards, request.ip, request.body.receipt, request.ctx.now);
      return service.reporterView(deps, tip);
    },
  );

  app.post(
    '/api/public/tips/follow-up/messages',
    {
      config,
      logLevel,
      schema: { tags, summary: 'Answer or add information with the receipt code', body: reporterMessageRequestSchema, response: { 201: okSchema } },
    },
    async (request, reply) => {
      const tip = await service.openByReceipt(deps, guards, request.ip, request.body.receipt, request.ctx.now);
      await service.addReporterMessage(deps, request.ctx, tip, request.body.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.post(
    '/api/public/tips/follow-up/attachments',
    {
      config,
      logLevel,
      schema: {
        tags,
        summary: 'Add a photo or document (field `receipt`, then `file`: the code is checked before the file is read); location and author metadata are removed',
        consumes: ['multipart/form-data'],
        response: { 201: tipAttachmentSchema },
      },
    },
    async (request, reply) => {
      // The receipt (a field before the file) is checked before the file is read.
      const opened: { tip?: Awaited<ReturnType<typeof service.openByReceipt>> } = {};
      const upload = await readTipUpload(request, async (fields) => {
        const receipt = receiptInputSchema.safeParse(fields.receipt ?? '');
        if (!receipt.success) throw invalidField('receipt', 'required', 'The receipt code is required, before the file');
        opened.tip = await service.openByReceipt(deps, guards, request.ip, receipt.data, request.ctx.now);
      });
      if (!opened.tip) throw invalidField('receipt', 'required', 'The receipt code is required, before the file');
      return reply.status(201).send(await addTipAttachment(deps, anonymousContext(request.ctx), opened.tip.id, upload, 'reporter'));
    },
  );
};
