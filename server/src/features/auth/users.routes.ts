import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import {
  createUserRequestSchema,
  revokedCountSchema,
  sessionListSchema,
  updateUserRequestSchema,
  userListQuerySchema,
  userListSchema,
  userSchema,
  userWithTemporaryPasswordSchema,
} from '#contracts/users';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as service from './users.service';

export const userRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['users'];
  const read = { access: access.permission('users.read') };
  const manage = { access: access.permission('users.manage') };

  app.get(
    '/api/users',
    { config: read, schema: { tags, summary: 'List staff accounts', querystring: userListQuerySchema, response: { 200: userListSchema } } },
    async (request) => ({ items: await service.listUsers(deps, request.query) }),
  );

  app.get(
    '/api/users/:id',
    { config: read, schema: { tags, summary: 'One account', params: idParamsSchema, response: { 200: userSchema } } },
    async (request) => service.getUser(deps, request.params.id),
  );

  app.post(
    '/api/users',
    {
      config: manage,
      schema: { tags, summary: 'Create an account (answers a one-time password)', body: createUserRequestSchema, response: { 201: userWithTemporaryPasswordSchema } },
    },
    async (request, reply) => reply.status(201).send(await service.createUser(deps, request.ctx, request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: manage,
      schema: { tags, summary: 'Change roles, agency, profile or disable (version-checked)', params: idParamsSchema, body: updateUserRequestSchema, response: { 200: userSchema } },
    },
    async (request) => service.updateUser(deps, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: manage,
      schema: { tags, summary: 'Issue a new one-time password', params: idParamsSchema, response: { 200: userWithTemporaryPasswordSchema } },
    },
    async (request) => service.resetPassword(deps, request.ctx, request.params.id),
  );

  app.post(
    '/api/users/:id/reset-mfa',
    { config: manage, schema: { tags, summary: 'Remove the authenticator so the user enrols again', params: idParamsSchema, response: { 200: userSchema } } },
    async (request) => service.resetMfa(deps, request.ctx, request.params.id),
  );

  app.get(
    '/api/users/:id/sessions',
    { config: read, schema: { tags, summary: 'Open sessions of an account', params: idParamsSchema, response: { 200: sessionListSchema } } },
    async (request) => ({ items: await service.listUserSessions(deps, request.ctx, request.params.id) }),
  );

  app.post(
    '/api/users/:id/sessions/revoke',
    { config: manage, schema: { tags, summary: 'End every session of an account now', params: idParamsSchema, response: { 200: revokedCountSchema } } },
    async (request) => ({ revoked: await service.revokeSessions(deps, request.ctx, request.params.id) }),
  );
};
