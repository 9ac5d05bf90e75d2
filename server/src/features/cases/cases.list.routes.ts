import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  caseExportQuerySchema,
  caseListQuerySchema,
  caseListSchema,
  caseStatisticsQuerySchema,
  caseStatisticsSchema,
  savedFilterListSchema,
  savedFilterRequestSchema,
  savedFilterSchema,
} from '#contracts/cases';
import { idParamsSchema, okSchema } from '#contracts/common';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { listCases } from './cases.list.service';
import { exportCases } from './cases.export.service';
import { caseStatistics } from './cases.statistics.service';
import * as savedFilters from './saved-filters.service';

/** Finding cases: the filtered list and search, saved filters, exports and statistics. */
export const caseFindingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['cases'];

  app.get(
    '/api/cases',
    {
      config: { access: access.permission('cases.read') },
      schema: {
        tags,
        summary: 'Cases the caller may see: filters, text and fuzzy name search, keyset pages',
        querystring: caseListQuerySchema,
        response: { 200: caseListSchema },
      },
    },
    async (request) => listCases(deps, request.ctx, request.query),
  );

  app.get(
    '/api/cases/saved-filters',
    {
      config: { access: access.permission('cases.read') },
      schema: { tags, summary: "The caller's saved case filters", response: { 200: savedFilterListSchema } },
    },
    async (request) => ({ items: await savedFilters.listSavedFilters(deps, request.ctx) }),
  );

  app.post(
    '/api/cases/saved-filters',
    {
      config: { access: access.permission('cases.read') },
      schema: { tags, summary: 'Save a case filter under a name', body: savedFilterRequestSchema, response: { 201: savedFilterSchema } },
    },
    async (request, reply) => reply.status(201).send(await savedFilters.saveFilter(deps, request.ctx, request.body)),
  );

  app.delete(
    '/api/cases/saved-filters/:id',
    {
      config: { access: access.permission('cases.read') },
      schema: { tags, summary: 'Delete one of your saved filters', params: idParamsSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await savedFilters.deleteSavedFilter(deps, request.ctx, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/cases/export',
    {
      config: { access: access.permission('cases.export', { recentAuthentication: true }) },
      schema: {
        tags,
        summary: 'Export the filtered cases as CSV, XLSX, JSON or HTCDS JSON (streamed, audited)',
        description: 'Identity columns need includeIdentity=true, the identity permission and a reason. Re-authenticate first.',
        querystring: caseExportQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await exportCases(deps, request.ctx, request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.get(
    '/api/cases/statistics',
    {
      config: { access: access.permission('cases.statistics') },
      schema: {
        tags,
        summary: 'Aggregate case counts over every case, small cells suppressed',
        querystring: caseStatisticsQuerySchema,
        response: { 200: caseStatisticsSchema },
      },
    },
    async () => caseStatistics(deps),
  );
};
