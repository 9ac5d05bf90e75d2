import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okSchema } from '#contracts/common';
import { maxMeetingAttachmentBytes, maxMeetingAttachments, meetingAttachmentListSchema, meetingAttachmentParamsSchema, meetingAttachmentSchema } from '#contracts/taskforce';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { readUpload } from '../../platform/http/multipart';
import { sendStoredFile } from '../../platform/http/send-file';
import * as service from './meeting-attachments.service';

/** Files of a meeting: uploaded as multipart, checked by content, encrypted at rest, every move audited. */
export const meetingAttachmentRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  // Only this plugin parses multipart bodies; the other task force routes accept JSON alone.
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });
  const tags = ['taskforce'];
  const read = { access: access.permission('taskforce.read') };
  const manage = { access: access.permission('taskforce.manage') };

  app.post(
    '/api/taskforce/meetings/:id/attachments',
    {
      config: manage,
      schema: {
        tags,
        summary: `Attach a file to a meeting (PDF, JPEG, PNG or WebP, at most ${maxMeetingAttachmentBytes / 1024 / 1024} MiB, ${maxMeetingAttachments} per meeting); audited`,
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        response: { 201: meetingAttachmentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addMeetingAttachment(deps, request.ctx, request.params.id, () => readUpload(request, maxMeetingAttachmentBytes))),
  );
  app.get(
    '/api/taskforce/meetings/:id/attachments',
    { config: read, schema: { tags, summary: 'Files of a meeting (a liaison: only meetings of bodies their agency belongs to)', params: idParamsSchema, response: { 200: meetingAttachmentListSchema } } },
    async (request) => service.listMeetingAttachments(deps, request.ctx, request.params.id),
  );
  app.get(
    '/api/taskforce/meetings/:id/attachments/:attachmentId/content',
    { config: read, schema: { tags, summary: 'Download a file of a meeting (audited)', params: meetingAttachmentParamsSchema } },
    async (request, reply) => sendStoredFile(reply, await service.openMeetingAttachment(deps, request.ctx, request.params.id, request.params.attachmentId)),
  );
  app.delete(
    '/api/taskforce/meetings/:id/attachments/:attachmentId',
    { config: manage, schema: { tags, summary: 'Delete a file of a meeting (audited with its name, size and hash)', params: meetingAttachmentParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await service.deleteMeetingAttachment(deps, request.ctx, request.params.id, request.params.attachmentId);
      return { ok: true as const };
    },
  );
};
