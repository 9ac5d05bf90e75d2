import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import {
  attachmentParamsSchema,
  caseAttachmentListSchema,
  caseAttachmentSchema,
  maxAttachmentBytes,
  revealIdentityRequestSchema,
} from '#contracts/cases';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { readUpload } from '../../platform/http/multipart';
import { sendStoredFile as sendFile } from '../../platform/http/send-file';
import * as service from './case-attachments.service';

const tags = ['cases'];

/** Files of a case: uploaded as multipart, checked by content, encrypted at rest. */
export const caseAttachmentRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  // Only this plugin parses multipart bodies; every other route keeps accepting JSON alone.
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });

  app.post(
    '/api/cases/:id/attachments',
    {
      config: { access: access.permission('cases.update') },
      schema: {
        tags,
        summary: 'Attach a file (PDF, JPEG, PNG or WebP, at most 10 MiB; field `casePersonId` optional)',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        response: { 201: caseAttachmentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addAttachment(deps, request.ctx, request.params.id, () => readUpload(request, maxAttachmentBytes))),
  );

  app.get(
    '/api/cases/:id/attachments',
    {
      config: { access: access.permission('cases.read') },
      schema: {
        tags,
        summary: 'Files of a case',
        params: idParamsSchema,
        response: { 200: caseAttachmentListSchema },
      },
    },
    async (request) => ({ items: await service.listAttachments(deps, request.ctx, request.params.id) }),
  );

  app.get(
    '/api/cases/:id/attachments/:attachmentId/content',
    {
      config: { access: access.permission('cases.read') },
      schema: {
        tags,
        summary: 'Download a file (not identity documents: those need a reason, by POST)',
        params: attachmentParamsSchema,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await service.openAttachment(deps, request.ctx, request.params.id, request.params.attachmentId, null),
      ),
  );

  app.post(
    '/api/cases/:id/attachments/:attachmentId/content',
    {
      config: { access: access.permission('cases.read') },
      schema: {
        tags,
        summary: 'Download a file, stating why (required for identity documents; audited)',
        params: attachmentParamsSchema,
        body: revealIdentityRequestSchema,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await service.openAttachment(
          deps,
          request.ctx,
          request.params.id,
          request.params.attachmentId,
          request.body.reason,
        ),
      ),
  );
};
