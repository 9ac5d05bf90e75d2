import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema, readinessSchema, systemInfoSchema } from '#contracts/system';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { migrationsApplied } from '../../platform/db/migrate';
import { version } from '../../version';

export const systemRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['system'];

  app.get(
    '/healthz',
    { config: { access: access.public() }, schema: { tags, summary: 'The process is up', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: access.public() },
      schema: { tags, summary: 'The database answers and every migration is applied', response: { 200: readinessSchema, 503: readinessSchema } },
    },
    async (_request, reply) => {
      const database = await deps.database
        .query('SELECT 1')
        .then(() => true)
        .catch(() => false);
      const migrations = database && (await migrationsApplied(deps.database));
      const ready = database && migrations;
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', database, migrations });
    },
  );

  app.get(
    '/api/system/info',
    { config: { access: access.public() }, schema: { tags, summary: 'Name, version and run mode', response: { 200: systemInfoSchema } } },
    async () => ({ name: 'Benteng' as const, version, mode: deps.config.mode, database: deps.database.kind }),
  );
};
