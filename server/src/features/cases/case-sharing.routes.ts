import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import {
  caseCommentListSchema,
  caseCommentSchema,
  caseShareSchema,
  commentRequestSchema,
  revokeShareRequestSchema,
  shareParamsSchema,
  shareRequestSchema,
} from '#contracts/cases';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as service from './case-sharing.service';

const tags = ['cases'];

/** Sharing a case with other agencies, and the comments everyone who sees it can read. */
export const caseSharingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/cases/:id/shares',
    {
      config: { access: access.permission('cases.share') },
      schema: {
        tags,
        summary: 'Share a case with another agency (replaces its earlier share)',
        params: idParamsSchema,
        body: shareRequestSchema,
        response: { 201: caseShareSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.shareCase(deps, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/cases/:id/shares/:shareId/revoke',
    {
      config: { access: access.permission('cases.share') },
      schema: {
        tags,
        summary: 'Revoke a share, with a reason',
        params: shareParamsSchema,
        body: revokeShareRequestSchema,
        response: { 200: caseShareSchema },
      },
    },
    async (request) =>
      service.revokeShare(deps, request.ctx, request.params.id, request.params.shareId, request.body.reason),
  );

  app.get(
    '/api/cases/:id/comments',
    {
      config: { access: access.permission('cases.read') },
      schema: {
        tags,
        summary: 'Comments on a case, oldest first',
        params: idParamsSchema,
        response: { 200: caseCommentListSchema },
      },
    },
    async (request) => ({ items: await service.listComments(deps, request.ctx, request.params.id) }),
  );

  app.post(
    '/api/cases/:id/comments',
    {
      config: { access: access.permission('cases.comment') },
      schema: {
        tags,
        summary: 'Comment on a case (plain text)',
        params: idParamsSchema,
        body: commentRequestSchema,
        response: { 201: caseCommentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addComment(deps, request.ctx, request.params.id, request.body.body)),
  );
};
