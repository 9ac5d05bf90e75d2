import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import { patrolAreaListSchema, patrolAreaQuerySchema, patrolListQuerySchema, patrolListSchema, patrolReportRequestSchema, patrolRequestSchema, patrolSchema, patrolStatisticsSchema, patrolUpdateSchema } from '#contracts/patrols';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as service from './patrols.service';

export const patrolRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['patrols'];
  const read = { access: access.permission('patrols.read') };
  const manage = { access: access.permission('patrols.manage') };

  app.get(
    '/api/patrols',
    { config: read, schema: { tags, summary: 'Joint patrols and operations my agency takes part in (the coordinator: all), newest first; by period and forum', querystring: patrolListQuerySchema, response: { 200: patrolListSchema } } },
    async (request) => service.listPatrols(deps, request.ctx, request.query),
  );
  app.get(
    '/api/patrols/statistics',
    { config: read, schema: { tags, summary: 'Patrol results per month and per kabupaten/kota of the area; by period and forum', querystring: patrolListQuerySchema, response: { 200: patrolStatisticsSchema } } },
    async (request) => service.statistics(deps, request.ctx, request.query),
  );
  app.get(
    '/api/patrols/areas',
    { config: read, schema: { tags, summary: 'Areas of the patrols I may see that started in the period, for the risk map (optionally those an agency took part in)', querystring: patrolAreaQuerySchema, response: { 200: patrolAreaListSchema } } },
    async (request) => service.listPatrolAreas(deps, request.ctx, request.query),
  );
  app.post(
    '/api/patrols',
    { config: manage, schema: { tags, summary: 'Plan a joint patrol or operation (area as a GeoJSON polygon)', body: patrolRequestSchema, response: { 201: patrolSchema } } },
    async (request, reply) => reply.status(201).send(await service.planPatrol(deps, request.ctx, request.body)),
  );
  app.get(
    '/api/patrols/:id',
    { config: read, schema: { tags, summary: 'A patrol with its plan and report', params: idParamsSchema, response: { 200: patrolSchema } } },
    async (request) => service.getPatrol(deps, request.ctx, request.params.id),
  );
  app.patch(
    '/api/patrols/:id',
    { config: manage, schema: { tags, summary: 'Change the plan (version-checked)', params: idParamsSchema, body: patrolUpdateSchema, response: { 200: patrolSchema } } },
    async (request) => service.updatePlan(deps, request.ctx, request.params.id, request.body),
  );
  app.put(
    '/api/patrols/:id/report',
    { config: manage, schema: { tags, summary: 'Report what the patrol found: interceptions, boats, unofficial landings, cases opened (version-checked)', params: idParamsSchema, body: patrolReportRequestSchema, response: { 200: patrolSchema } } },
    async (request) => service.reportPatrol(deps, request.ctx, request.params.id, request.body),
  );
};
