import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { bodyCalendar, meetingCalendar } from './calendar.service';
import { forumReport, type ReportFormat } from './report.service';

/** Files made from the task force's records: meetings as iCalendar, the forum report. */
export const taskforceFileRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['taskforce'];
  const read = { access: access.permission('taskforce.read') };
  const calendar = (file: { fileName: string; body: string }) => ({
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'cache-control': 'no-store',
  });

  app.get(
    '/api/taskforce/meetings/:id.ics',
    { config: read, schema: { tags, summary: 'A meeting as iCalendar (RFC 5545)', params: idParamsSchema } },
    async (request, reply) => {
      const file = await meetingCalendar(deps, request.ctx, request.params.id);
      return reply.headers(calendar(file)).send(file.body);
    },
  );
  app.get(
    '/api/taskforce/bodies/:id/meetings.ics',
    { config: read, schema: { tags, summary: "Every meeting of a body as iCalendar (RFC 5545)", params: idParamsSchema } },
    async (request, reply) => {
      const file = await bodyCalendar(deps, request.ctx, request.params.id);
      return reply.headers(calendar(file)).send(file.body);
    },
  );

  for (const format of ['pdf', 'xlsx'] as const satisfies readonly ReportFormat[]) {
    app.get(
      `/api/taskforce/meetings/:id/report.${format}`,
      {
        config: { access: access.permission('taskforce.manage') },
        schema: { tags, summary: `The forum report of a meeting (${format === 'pdf' ? 'PDF, Bahasa Indonesia and Bahasa Malaysia side by side' : 'XLSX to edit'}); audited`, params: idParamsSchema },
      },
      async (request, reply) => {
        const file = await forumReport(deps, request.ctx, request.params.id, format);
        return reply
          .headers({ 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"`, 'cache-control': 'no-store' })
          .send(file.body);
      },
    );
  }
};
