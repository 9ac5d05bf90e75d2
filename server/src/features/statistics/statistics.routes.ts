import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicStatisticsQuerySchema, publicStatisticsSchema } from '#contracts/statistics';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as service from './statistics.service';

/** Public statistics: aggregates only, no account (see contracts/statistics.ts for the rules). */
export const statisticsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['statistics'];
  const config = { access: access.public() };
  app.get(
    '/api/public/statistics',
    { config, schema: { tags, summary: 'Public TPPO figures for Kepri: small cells withheld, counts rounded, kabupaten/kota at most', querystring: publicStatisticsQuerySchema, response: { 200: publicStatisticsSchema } } },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return service.publicStatistics(deps, request.query.year, request.query.lang);
    },
  );
  app.get(
    '/api/public/statistics/open-data.csv',
    { config, schema: { tags, summary: 'Open data: victims by year, sex, age band, kabupaten/kota and exploitation, k-anonymous (k = 11)' } },
    async (_request, reply) => {
      const { csv } = await service.openDataCsv(deps);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="benteng-statistik-tppo-kepri.csv"')
        .header('cache-control', 'public, max-age=300')
        .send(csv);
    },
  );
};
