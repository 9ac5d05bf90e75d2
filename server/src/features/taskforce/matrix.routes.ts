import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { matrixQuerySchema, matrixRequestSchema, matrixSchema, matrixVersionListSchema } from '#contracts/taskforce';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as matrix from './matrix.service';

/** The responsibility matrix (RACI per TPPO process step): shared with every task force reader. */
export const matrixRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['taskforce'];
  app.get(
    '/api/taskforce/matrix',
    { config: { access: access.permission('taskforce.read') }, schema: { tags, summary: 'The responsibility matrix in force (or ?version=N) with its conflicts', querystring: matrixQuerySchema, response: { 200: matrixSchema } } },
    async (request) => matrix.getMatrix(deps, request.query.version),
  );
  app.get(
    '/api/taskforce/matrix/versions',
    { config: { access: access.permission('taskforce.read') }, schema: { tags, summary: 'Every version of the matrix: who, when, why', response: { 200: matrixVersionListSchema } } },
    async () => matrix.listVersions(deps),
  );
  app.put(
    '/api/taskforce/matrix',
    { config: { access: access.permission('taskforce.matrix.manage') }, schema: { tags, summary: 'Save a new version of the matrix with the reason (version-checked)', body: matrixRequestSchema, response: { 200: matrixSchema } } },
    async (request) => matrix.saveMatrix(deps, request.ctx, request.body),
  );
};
