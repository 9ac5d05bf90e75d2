import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, uuidSchema } from '#contracts/common';
import {
  assignTipRequestSchema,
  groupTipRequestSchema,
  linkTipToCaseRequestSchema,
  revealContactRequestSchema,
  staffTipCreatedSchema,
  staffTipRequestSchema,
  tipAttachmentSchema,
  tipContactSchema,
  tipDetailSchema,
  tipListQuerySchema,
  tipListSchema,
  tipOfficerListSchema,
  tipOfficersQuerySchema,
  tipMessageRequestSchema,
  tipTransitionRequestSchema,
} from '#contracts/tips';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { openTip } from './tips.access';
import { addTipAttachment, openTipAttachment } from './tips.attachments';
import { groupTip, linkTipToCase } from './tips.links';
import * as service from './tips.service';
import { readTipUpload } from './tips.upload';

const tags = ['tips'];
const read = { access: access.permission('tips.read') };
const manage = { access: access.permission('tips.manage') };
const attachmentParams = z.strictObject({ id: uuidSchema, attachmentId: uuidSchema });

function sendFile(reply: FastifyReply, file: { fileName: string; mediaType: string; bytes: Buffer }) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"`)
    .header('cache-control', 'no-store')
    .send(file.bytes);
}

/** The staff side of community reporting: triage queue, follow-up, grouping, cases. */
export const tipRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });

  app.get('/api/tips', { config: read, schema: { tags, summary: 'The triage queue, most urgent first', querystring: tipListQuerySchema, response: { 200: tipListSchema } } }, async (request) => ({
    items: await service.listTips(deps, request.ctx, request.query),
  }));

  app.post(
    '/api/tips',
    { config: manage, schema: { tags, summary: 'Enter a tip taken by phone, WhatsApp, SMS, paper or in person', body: staffTipRequestSchema, response: { 201: staffTipCreatedSchema } } },
    async (request, reply) => reply.status(201).send(await service.createStaffTip(deps, request.ctx, request.body)),
  );

  app.get('/api/tips/:id', { config: read, schema: { tags, summary: 'One tip with its messages, notes and files', params: idParamsSchema, response: { 200: tipDetailSchema } } }, async (request) =>
    service.getTip(deps, request.ctx, request.params.id),
  );

  app.get(
    '/api/tips/officers',
    { config: manage, schema: { tags, summary: 'The officers of an agency a tip can be assigned to (names only)', querystring: tipOfficersQuerySchema, response: { 200: tipOfficerListSchema } } },
    async (request) => ({ items: await service.listTipOfficers(deps, request.ctx, request.query.agencyId) }),
  );

  app.post(
    '/api/tips/:id/assign',
    { config: manage, schema: { tags, summary: 'Assign to an agency and officer', params: idParamsSchema, body: assignTipRequestSchema, response: { 200: tipDetailSchema } } },
    async (request) => service.assignTip(deps, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/tips/:id/transitions',
    { config: manage, schema: { tags, summary: 'Move through verification, action, closing', params: idParamsSchema, body: tipTransitionRequestSchema, response: { 200: tipDetailSchema } } },
    async (request) => service.transitionTip(deps, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/tips/:id/messages',
    { config: manage, schema: { tags, summary: 'A reply the reporter reads, or an internal note', params: idParamsSchema, body: tipMessageRequestSchema, response: { 201: tipDetailSchema } } },
    async (request, reply) => reply.status(201).send(await service.addStaffMessage(deps, request.ctx, request.params.id, request.body.kind, request.body.body)),
  );

  app.post(
    '/api/tips/:id/group',
    { config: manage, schema: { tags, summary: 'Group with another tip about the same event', params: idParamsSchema, body: groupTipRequestSchema, response: { 200: tipDetailSchema } } },
    async (request) => groupTip(deps, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/tips/:id/case',
    { config: manage, schema: { tags, summary: 'Turn into a new case, or attach to a case (caseId)', params: idParamsSchema, body: linkTipToCaseRequestSchema, response: { 200: tipDetailSchema } } },
    async (request) => linkTipToCase(deps, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/tips/:id/contact',
    {
      config: { access: access.permission('tips.contact.view') },
      schema: { tags, summary: 'The reporter’s contact details, with a reason (audited)', params: idParamsSchema, body: revealContactRequestSchema, response: { 200: tipContactSchema } },
    },
    async (request) => service.revealContact(deps, request.ctx, request.params.id, request.body.reason),
  );

  app.post(
    '/api/tips/:id/attachments',
    { config: manage, schema: { tags, summary: 'Attach a file (metadata removed, encrypted)', consumes: ['multipart/form-data'], params: idParamsSchema, response: { 201: tipAttachmentSchema } } },
    async (request, reply) => {
      await openTip(deps.db, request.ctx, request.params.id);
      return reply.status(201).send(await addTipAttachment(deps, request.ctx, request.params.id, await readTipUpload(request), 'staff'));
    },
  );

  app.get(
    '/api/tips/:id/attachments/:attachmentId/content',
    { config: read, schema: { tags, summary: 'Download a file of a tip (audited)', params: attachmentParams } },
    async (request, reply) => {
      await openTip(deps.db, request.ctx, request.params.id);
      return sendFile(reply, await openTipAttachment(deps, request.ctx, request.params.id, request.params.attachmentId));
    },
  );
};
