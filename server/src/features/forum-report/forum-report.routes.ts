import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { forumReport, type ReportFormat } from './forum-report.service';

/**
 * The forum report of a task force meeting. Its own feature because it reads the task force, the
 * dashboards and the patrols, and patrols already depend on the task force (a patrol belongs to a
 * body): kept in the task force, the report would close an import cycle.
 */
export const forumReportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  for (const format of ['pdf', 'xlsx'] as const satisfies readonly ReportFormat[]) {
    app.get(
      `/api/taskforce/meetings/:id/report.${format}`,
      {
        config: { access: access.permission('taskforce.manage') },
        schema: {
          tags: ['taskforce'],
          summary: `The forum report of a meeting (${format === 'pdf' ? 'PDF, Bahasa Indonesia and Bahasa Malaysia side by side' : 'XLSX to edit'}); audited`,
          params: idParamsSchema,
        },
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
