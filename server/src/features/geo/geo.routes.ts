import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { geoLayerParamsSchema, mapLayersSchema, mapQuerySchema, vulnerabilityFormulaRequestSchema, vulnerabilityFormulaSchema, vulnerabilityIndexSchema } from '#contracts/map';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { geoFile } from './geo.files';
import * as service from './map.service';

/** Boundaries change only with a release: a day fresh, a week stale while revalidating (ETag). */
const geoCache = 'public, max-age=86400, stale-while-revalidate=604800';

export const geoRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['map'];
  app.get(
    '/api/geo/:layer',
    { config: { access: access.public() }, schema: { tags, summary: 'A simplified boundary or port layer (GeoJSON; public reference data)', params: geoLayerParamsSchema } },
    async (request, reply) => {
      const file = geoFile(request.params.layer);
      reply.header('cache-control', geoCache).header('etag', file.etag).type('application/geo+json');
      if (request.headers['if-none-match'] === file.etag) return reply.status(304).send();
      return reply.send(file.body);
    },
  );
  app.get(
    '/api/map/layers',
    { config: { access: access.permission('map.read') }, schema: { tags, summary: 'Incident points, landings and route flows of the cases the user may see (kecamatan-level without map.locations.precise)', querystring: mapQuerySchema, response: { 200: mapLayersSchema } } },
    async (request) => service.mapLayers(deps, request.ctx, request.query),
  );
  app.get(
    '/api/map/vulnerability',
    { config: { access: access.permission('map.read') }, schema: { tags, summary: 'Vulnerability index per kabupaten/kota, explained term by term, with the formula and its versions', response: { 200: vulnerabilityIndexSchema } } },
    async () => service.vulnerability(deps),
  );
  app.put(
    '/api/map/vulnerability/formula',
    { config: { access: access.permission('map.index.manage') }, schema: { tags, summary: 'Save new weights of the vulnerability index as the next version (audited)', body: vulnerabilityFormulaRequestSchema, response: { 200: vulnerabilityFormulaSchema } } },
    async (request) => service.saveFormula(deps, request.ctx, request.body),
  );
};
