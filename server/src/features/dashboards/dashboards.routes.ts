import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okSchema } from '#contracts/common';
import {
  dashboardReportFileParamsSchema,
  dashboardReportListSchema,
  dashboardReportRequestSchema,
  dashboardReportSchema,
  dashboardQuerySchema,
  dashboardRefreshSchema,
  dashboardSchema,
  officialStatisticDeleteSchema,
  officialStatisticListSchema,
  officialStatisticRequestSchema,
  officialStatisticSchema,
  officialStatisticUpdateSchema,
} from '#contracts/dashboards';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as service from './dashboards.service';
import * as official from './official.service';
import * as reports from './report.service';

export const dashboardRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['dashboards'];
  const read = { access: access.permission('dashboards.read') };
  const manage = { access: access.permission('statistics.official.manage') };

  app.get(
    '/api/dashboards',
    { config: read, schema: { tags, summary: 'KPIs, trend, breakdowns, delays and official figures of a period, within what the user may see', querystring: dashboardQuerySchema, response: { 200: dashboardSchema } } },
    async (request) => service.dashboard(deps, request.ctx, request.query),
  );
  app.post(
    '/api/dashboards/refresh',
    { config: manage, schema: { tags, summary: 'Rebuild the pre-aggregated figures now (a job does it every 10 minutes)', response: { 200: dashboardRefreshSchema } } },
    async (request) => service.refreshNow(deps, request.ctx),
  );

  app.post(
    '/api/dashboards/reports',
    { config: read, schema: { tags, summary: 'Ask for the report of a month or a quarter (PDF and XLSX, in your language), made by a background job', body: dashboardReportRequestSchema, response: { 202: dashboardReportSchema } } },
    async (request, reply) => reply.status(202).send(await reports.requestReport(deps, request.ctx, request.body)),
  );
  app.get(
    '/api/dashboards/reports',
    { config: read, schema: { tags, summary: 'The reports you asked for, newest first, with their status', response: { 200: dashboardReportListSchema } } },
    async (request) => reports.listReports(deps, request.ctx),
  );
  app.get(
    '/api/dashboards/reports/:id/:format',
    { config: read, schema: { tags, summary: 'A finished report as PDF or XLSX (only for the user who asked for it)', params: dashboardReportFileParamsSchema } },
    async (request, reply) => {
      const file = await reports.reportFile(deps, request.ctx, request.params.id, request.params.format);
      const type = request.params.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return reply.header('content-type', type).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.content);
    },
  );

  app.get(
    '/api/official-statistics',
    { config: read, schema: { tags, summary: 'Aggregate figures published by agencies, with their sources', response: { 200: officialStatisticListSchema } } },
    async () => official.listOfficial(deps),
  );
  app.post(
    '/api/official-statistics',
    { config: manage, schema: { tags, summary: 'Record a published figure with its source', body: officialStatisticRequestSchema, response: { 201: officialStatisticSchema } } },
    async (request, reply) => reply.status(201).send(await official.createOfficial(deps, request.ctx, request.body)),
  );
  app.patch(
    '/api/official-statistics/:id',
    { config: manage, schema: { tags, summary: 'Correct a published figure, with a reason', params: idParamsSchema, body: officialStatisticUpdateSchema, response: { 200: officialStatisticSchema } } },
    async (request) => official.updateOfficial(deps, request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/official-statistics/:id',
    { config: manage, schema: { tags, summary: 'Withdraw a figure entered by mistake, with a reason', params: idParamsSchema, body: officialStatisticDeleteSchema, response: { 200: okSchema } } },
    async (request) => {
      await official.deleteOfficial(deps, request.ctx, request.params.id, request.body.version, request.body.reason);
      return { ok: true as const };
    },
  );
};
