import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import { importBatchSchema, importCaseListSchema, importListSchema, importPreviewSchema, importTemplateListSchema, maxImportBytes, previewRequestSchema } from '#contracts/imports';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { readUpload } from '../../platform/http/multipart';
import { startCommit } from './imports.jobs';
import * as service from './imports.service';

const tags = ['imports'];
const canImport = access.permission('imports.run');

/** Agency imports: upload, map and preview, commit, rejected rows, mapping templates. */
export const importRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });

  app.post(
    '/api/imports',
    {
      config: { access: canImport },
      schema: { tags, summary: 'Upload a CSV (UTF-8) or XLSX file of the agency; answers its columns and a suggested mapping', consumes: ['multipart/form-data'], response: { 201: importBatchSchema } },
    },
    async (request, reply) => {
      const upload = await readUpload(request, maxImportBytes);
      return reply.status(201).send(await service.uploadImport(deps, request.ctx, upload));
    },
  );

  app.get(
    '/api/imports',
    { config: { access: canImport }, schema: { tags, summary: "The agency's imports, newest first (at most 100), with status and counts", response: { 200: importListSchema } } },
    async (request) => ({ items: await service.listImports(deps, request.ctx) }),
  );

  app.get(
    '/api/imports/templates',
    { config: { access: canImport }, schema: { tags, summary: "The agency's saved column mappings", response: { 200: importTemplateListSchema } } },
    async (request) => ({ items: await service.listTemplates(deps, request.ctx) }),
  );

  app.get(
    '/api/imports/:id',
    { config: { access: canImport }, schema: { tags, summary: 'An import of the agency: status, counts, progress', params: idParamsSchema, response: { 200: importBatchSchema } } },
    async (request) => service.getImport(deps, request.ctx, request.params.id),
  );

  app.get(
    '/api/imports/:id/cases',
    { config: { access: canImport }, schema: { tags, summary: 'The cases a committed import created (the first 200, in file order)', params: idParamsSchema, response: { 200: importCaseListSchema } } },
    async (request) => service.importCases(deps, request.ctx, request.params.id),
  );

  app.post(
    '/api/imports/:id/preview',
    {
      config: { access: canImport },
      schema: { tags, summary: 'Validate every row with a column mapping (optionally saved as a template); answers counts and the first rows', params: idParamsSchema, body: previewRequestSchema, response: { 200: importPreviewSchema } },
    },
    async (request) => service.previewImport(deps, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/imports/:id/commit',
    {
      config: { access: canImport },
      schema: { tags, summary: 'Start writing every valid row in one transaction (all or nothing) as a background job; follow it with GET /api/imports/:id', params: idParamsSchema, response: { 202: importBatchSchema } },
    },
    async (request, reply) => reply.status(202).send(await startCommit(deps, request.ctx, request.params.id)),
  );

  app.post(
    '/api/imports/:id/cancel',
    {
      config: { access: canImport },
      schema: { tags, summary: 'Cancel an import: before its commit it is closed; during its commit the transaction rolls back and nothing stays', params: idParamsSchema, response: { 200: importBatchSchema } },
    },
    async (request) => service.cancelImport(deps, request.ctx, request.params.id),
  );

  app.get(
    '/api/imports/:id/rejected.csv',
    { config: { access: canImport }, schema: { tags, summary: 'The rejected rows with their problems, as CSV to correct and import again', params: idParamsSchema } },
    async (request, reply) => {
      const file = await service.rejectedCsv(deps, request.ctx, request.params.id);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${ascii}"`)
        .header('cache-control', 'no-store')
        .send(file.csv);
    },
  );
};
