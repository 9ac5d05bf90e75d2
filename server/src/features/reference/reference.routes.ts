import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { portListSchema, publicPortListSchema, publicRegionListSchema, publicRegionQuerySchema, regionListSchema, regionQuerySchema } from '#contracts/reference';
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

  // For the public report page (/lapor): the same public reference data, without an account, and
  // cacheable by the browser and any proxy (it changes with a data release, not per request).
  const publicCache = 'public, max-age=86400';
  app.get(
    '/api/public/regions',
    {
      config: { access: access.public() },
      schema: { tags, summary: 'Regions one level below a parent (provinces without one), for the report page', querystring: publicRegionQuerySchema, response: { 200: publicRegionListSchema } },
    },
    async (request, reply) => {
      const parent = request.query.parent;
      const items = await repo.listRegions(deps.db, parent ? { parent } : { level: 'provinsi' });
      reply.header('cache-control', publicCache);
      return { items: items.map(({ code, name, level }) => ({ code, name, level })) };
    },
  );

  app.get(
    '/api/public/ports',
    {
      config: { access: access.public() },
      schema: { tags, summary: 'Ports and ferry terminals by name, for the report page', response: { 200: publicPortListSchema } },
    },
    async (_request, reply) => {
      reply.header('cache-control', publicCache);
      return { items: (await repo.listPorts(deps.db)).map(({ id, name, country }) => ({ id, name, country })) };
    },
  );
};
