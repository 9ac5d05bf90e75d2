import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import {
  actionItemListQuerySchema,
  actionItemListSchema,
  actionItemRequestSchema,
  actionItemSchema,
  actionItemUpdateSchema,
  bodyListSchema,
  bodyMemberParamsSchema,
  bodySchema,
  decisionRequestSchema,
  decisionSchema,
  meetingListQuerySchema,
  meetingListSchema,
  meetingRequestSchema,
  meetingSchema,
  meetingUpdateSchema,
  memberRequestSchema,
} from '#contracts/taskforce';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { taskforceFileRoutes } from './files.routes';
import { matrixRoutes } from './matrix.routes';
import { meetingAttachmentRoutes } from './meeting-attachments.routes';
import * as service from './taskforce.service';

export const taskforceRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['taskforce'];
  const read = { access: access.permission('taskforce.read') };
  const manage = { access: access.permission('taskforce.manage') };
  await app.register(matrixRoutes, { deps });
  await app.register(taskforceFileRoutes, { deps });
  await app.register(meetingAttachmentRoutes, { deps });

  app.get(
    '/api/taskforce/bodies',
    { config: read, schema: { tags, summary: 'Forums and task forces (a liaison sees only those of their agency)', response: { 200: bodyListSchema } } },
    async (request) => service.listBodies(deps, request.ctx),
  );
  app.put(
    '/api/taskforce/bodies/:id/members/:agencyId',
    { config: manage, schema: { tags, summary: "Seat an agency in a body or change its representative", params: bodyMemberParamsSchema, body: memberRequestSchema, response: { 200: bodySchema } } },
    async (request) => service.setMember(deps, request.ctx, request.params.id, request.params.agencyId, request.body),
  );

  app.get(
    '/api/taskforce/meetings',
    { config: read, schema: { tags, summary: 'Meetings of the bodies I see, oldest first', querystring: meetingListQuerySchema, response: { 200: meetingListSchema } } },
    async (request) => service.listMeetings(deps, request.ctx, request.query.bodyId),
  );
  app.post(
    '/api/taskforce/meetings',
    { config: manage, schema: { tags, summary: 'Create a meeting from the agenda template', body: meetingRequestSchema, response: { 201: meetingSchema } } },
    async (request, reply) => reply.status(201).send(await service.createMeeting(deps, request.ctx, request.body)),
  );
  app.get(
    '/api/taskforce/meetings/:id',
    { config: read, schema: { tags, summary: 'A meeting with its agenda, carried-over items, decisions and action items', params: idParamsSchema, response: { 200: meetingSchema } } },
    async (request) => service.getMeeting(deps, request.ctx, request.params.id),
  );
  app.patch(
    '/api/taskforce/meetings/:id',
    { config: manage, schema: { tags, summary: 'Record the minutes or participants (version-checked)', params: idParamsSchema, body: meetingUpdateSchema, response: { 200: meetingSchema } } },
    async (request) => service.updateMeeting(deps, request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/taskforce/meetings/:id/decisions',
    { config: manage, schema: { tags, summary: 'Record a decision (Bahasa Indonesia, Bahasa Malaysia, English)', params: idParamsSchema, body: decisionRequestSchema, response: { 201: decisionSchema } } },
    async (request, reply) => reply.status(201).send(await service.addDecision(deps, request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/taskforce/decisions/:id/action-items',
    { config: manage, schema: { tags, summary: 'Add an action item following up a decision', params: idParamsSchema, body: actionItemRequestSchema, response: { 201: actionItemSchema } } },
    async (request, reply) => reply.status(201).send(await service.addActionItem(deps, request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/api/taskforce/action-items',
    { config: read, schema: { tags, summary: 'Action items of the bodies I see (overdue=true: only overdue)', querystring: actionItemListQuerySchema, response: { 200: actionItemListSchema } } },
    async (request) => service.listActionItems(deps, request.ctx, request.query),
  );
  app.patch(
    '/api/taskforce/action-items/:id',
    {
      config: { access: access.permission('taskforce.actions.update') },
      schema: { tags, summary: 'Update an action item: status with evidence, owner person, deadline, linked cases', params: idParamsSchema, body: actionItemUpdateSchema, response: { 200: actionItemSchema } },
    },
    async (request) => service.updateActionItem(deps, request.ctx, request.params.id, request.body),
  );
};
