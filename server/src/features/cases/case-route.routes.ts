import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import {
  routeEventParamsSchema,
  routeEventRequestSchema,
  routeEventSchema,
  routeEventUpdateSchema,
  routeOrderRequestSchema,
  routeSchema,
} from '#contracts/cases';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as service from './case-route.service';

const tags = ['cases'];

/** The route of a case (recruitment → transit → exploitation): steps can be added, corrected, removed and reordered. */
export const caseRouteRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const update = { access: access.permission('cases.update') };

  app.post(
    '/api/cases/:id/route',
    {
      config: update,
      schema: {
        tags,
        summary: 'Add a step at the end of the route',
        params: idParamsSchema,
        body: routeEventRequestSchema,
        response: { 201: routeEventSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addRouteEvent(deps, request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/api/cases/:id/route/:eventId',
    {
      config: update,
      schema: {
        tags,
        summary: 'Correct a step (the whole step and the version it was read at)',
        params: routeEventParamsSchema,
        body: routeEventUpdateSchema,
        response: { 200: routeEventSchema },
      },
    },
    async (request) =>
      service.updateRouteEvent(deps, request.ctx, request.params.id, request.params.eventId, request.body),
  );

  app.delete(
    '/api/cases/:id/route/:eventId',
    {
      config: update,
      schema: {
        tags,
        summary: 'Remove a step; answers the route that remains',
        params: routeEventParamsSchema,
        response: { 200: routeSchema },
      },
    },
    async (request) => ({
      items: await service.deleteRouteEvent(deps, request.ctx, request.params.id, request.params.eventId),
    }),
  );

  app.post(
    '/api/cases/:id/route/order',
    {
      config: update,
      schema: {
        tags,
        summary: 'Put the route in a new order (every step id, once)',
        params: idParamsSchema,
        body: routeOrderRequestSchema,
        response: { 200: routeSchema },
      },
    },
    async (request) => ({
      items: await service.reorderRoute(deps, request.ctx, request.params.id, request.body.ids),
    }),
  );
};
