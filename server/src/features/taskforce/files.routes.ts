import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { bodyCalendar, meetingCalendar } from './calendar.service';

/** Meetings as iCalendar files (the forum report is the forum-report feature's). */
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
};
