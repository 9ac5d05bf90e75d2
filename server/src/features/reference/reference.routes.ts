import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { portListSchema, regionListSchema, regionQuerySchema } from '#contracts/reference';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as repo from './reference.repository';

export const referenceRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['reference'];

  app.get(
    '/api/reference/regions',
    {
      config: { access: access.permission('reference.read') },
      schema: { tags, summary: 'Administrative regions (Kemendagri codes)', querystring: regionQuerySchema, response: { 200: regionListSchema } },
    },
    async (request) => ({ items: await repo.listRegions(deps.db, request.query) }),
  );

  app.get(
    '/api/reference/ports',
    {
      config: { access: access.permission('reference.read') },
      schema: { tags, summary: 'Official ports, ferry terminals and checkpoints', response: { 200: portListSchema } },
    },
    async () => ({ items: await repo.listPorts(deps.db) }),
  );
};
