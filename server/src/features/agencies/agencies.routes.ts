import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agencyListQuerySchema,
  agencyListSchema,
  agencySchema,
  createAgencyRequestSchema,
  updateAgencyRequestSchema,
} from '#contracts/agencies';
import { idParamsSchema } from '#contracts/common';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as service from './agencies.service';

export const agencyRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['agencies'];

  app.get(
    '/api/agencies',
    {
      config: { access: access.permission('agencies.read') },
      schema: { tags, summary: 'List agencies', querystring: agencyListQuerySchema, response: { 200: agencyListSchema } },
    },
    async (request) => ({ items: await service.listAgencies(deps, request.query) }),
  );

  app.get(
    '/api/agencies/:id',
    {
      config: { access: access.permission('agencies.read') },
      schema: { tags, summary: 'One agency', params: idParamsSchema, response: { 200: agencySchema } },
    },
    async (request) => service.getAgency(deps, request.params.id),
  );

  app.post(
    '/api/agencies',
    {
      config: { access: access.permission('agencies.manage') },
      schema: { tags, summary: 'Create an agency', body: createAgencyRequestSchema, response: { 201: agencySchema } },
    },
    async (request, reply) => reply.status(201).send(await service.createAgency(deps, request.ctx, request.body)),
  );

  app.patch(
    '/api/agencies/:id',
    {
      config: { access: access.permission('agencies.manage') },
      schema: {
        tags,
        summary: 'Change an agency (version-checked)',
        params: idParamsSchema,
        body: updateAgencyRequestSchema,
        response: { 200: agencySchema },
      },
    },
    async (request) => service.updateAgency(deps, request.ctx, request.params.id, request.body),
  );
};
