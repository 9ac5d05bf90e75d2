import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import {
  caseDetailSchema,
  caseHistorySchema,
  createCaseRequestSchema,
  transitionRequestSchema,
  updateCaseRequestSchema,
} from '#contracts/cases';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { caseAttachmentRoutes } from './case-attachments.routes';
import { casePeopleRoutes } from './case-people.routes';
import { caseRouteRoutes } from './case-route.routes';
import { caseSharingRoutes } from './case-sharing.routes';
import * as service from './cases.service';

const tags = ['cases'];

/** One case: create, read, change, move through the workflow, and its history. */
const caseRecordRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/cases',
    {
      config: { access: access.permission('cases.create') },
      schema: {
        tags,
        summary: 'Record a case for your agency',
        body: createCaseRequestSchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createCase(deps, request.ctx, request.body)),
  );

  app.get(
    '/api/cases/:id',
    {
      config: { access: access.permission('cases.read') },
      schema: {
        tags,
        summary: 'One case (404 when not visible to you)',
        params: idParamsSchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => service.getCase(deps, request.ctx, request.params.id),
  );

  app.patch(
    '/api/cases/:id',
    {
      config: { access: access.permission('cases.update') },
      schema: {
        tags,
        summary: 'Change a case (version-checked)',
        params: idParamsSchema,
        body: updateCaseRequestSchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => service.updateCase(deps, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/cases/:id/transitions',
    {
      config: { access: access.permission('cases.update') },
      schema: {
        tags,
        summary: 'Move a case along the workflow, with a reason',
        params: idParamsSchema,
        body: transitionRequestSchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => service.transitionCase(deps, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/cases/:id/history',
    {
      config: { access: access.permission('cases.read') },
      schema: {
        tags,
        summary: 'Every version of a case, newest first',
        params: idParamsSchema,
        response: { 200: caseHistorySchema },
      },
    },
    async (request) => ({ items: await service.getCaseHistory(deps, request.ctx, request.params.id) }),
  );
};

/** The case registry's routes (one plugin for the app to register). */
export const caseRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, options) => {
  for (const plugin of [
    caseRecordRoutes,
    casePeopleRoutes,
    caseRouteRoutes,
    caseSharingRoutes,
    caseAttachmentRoutes,
  ]) {
    await app.register(plugin, options);
  }
};
