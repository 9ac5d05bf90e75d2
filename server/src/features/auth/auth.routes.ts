import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  meSchema,
  mfaEnrolmentSchema,
  mfaEnrolRequestSchema,
  mfaEnrolResponseSchema,
  mfaVerifyRequestSchema,
  preferencesRequestSchema,
  reauthRequestSchema,
  sessionStateSchema,
  signInResponseSchema,
} from '#contracts/auth';
import { okSchema } from '#contracts/common';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { AppError } from '../../platform/http/app-error';
import type { FastifyRequest } from 'fastify';
import * as service from './auth.service';
import { clearSessionCookie, setSessionCookie } from './sessions';

function partialSession(request: FastifyRequest) {
  const s = request.session;
  if (s?.stage !== 'mfa' && s?.stage !== 'mfa-enrol') throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return s;
}

export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['auth'];

  app.get(
    '/api/auth/session',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: 'Where the caller is in the sign-in flow',
        response: { 200: sessionStateSchema },
      },
    },
    async (request) => ({ stage: request.session?.stage ?? ('none' as const) }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: access.public() },
      schema: { tags, summary: 'Sign in with e-mail and password', body: loginRequestSchema, response: { 200: signInResponseSchema } },
    },
    async (request, reply) => {
      const result = await service.signIn(deps, request.ctx, request.body.email, request.body.password);
      setSessionCookie(reply, deps.config, result.token);
      return { next: result.next };
    },
  );

  app.post(
    '/api/auth/mfa',
    {
      config: { access: access.partialSession() },
      schema: { tags, summary: 'Give the authenticator code or a recovery code', body: mfaVerifyRequestSchema, response: { 200: signInResponseSchema } },
    },
    async (request, reply) => {
      const { token } = await service.verifySecondFactor(deps, request.ctx, partialSession(request), request.body.code);
      setSessionCookie(reply, deps.config, token);
      return { next: 'done' as const };
    },
  );

  app.get(
    '/api/auth/mfa/enrolment',
    {
      config: { access: access.partialSession() },
      schema: { tags, summary: 'Secret and QR code to set up an authenticator', response: { 200: mfaEnrolmentSchema } },
    },
    async (request) => {
      const session = partialSession(request);
      if (session.stage !== 'mfa-enrol') throw new AppError('CONFLICT', 'An authenticator is already set up');
      return service.startEnrolment(deps, session);
    },
  );

  app.post(
    '/api/auth/mfa/enrol',
    {
      config: { access: access.partialSession() },
      schema: { tags, summary: 'Confirm the authenticator with its first code', body: mfaEnrolRequestSchema, response: { 200: mfaEnrolResponseSchema } },
    },
    async (request, reply) => {
      const session = partialSession(request);
      if (session.stage !== 'mfa-enrol') throw new AppError('CONFLICT', 'An authenticator is already set up');
      const result = await service.completeEnrolment(deps, request.ctx, session, request.body.code);
      setSessionCookie(reply, deps.config, result.token);
      return { recoveryCodes: result.recoveryCodes };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: access.public() },
      schema: { tags, summary: 'Sign out (ends the session on the server)', response: { 200: okSchema } },
    },
    async (request, reply) => {
      const s = request.session;
      if (s?.stage === 'active') await service.signOut(deps, request.ctx, s.actor.sessionIdHash, s.actor.userId);
      else if (s?.stage === 'mfa' || s?.stage === 'mfa-enrol') await service.signOut(deps, request.ctx, s.sessionIdHash, s.userId);
      clearSessionCookie(reply, deps.config);
      reply.header('clear-site-data', '"cache", "storage"');
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: access.signedIn({ allowPendingPasswordChange: true }) },
      schema: { tags, summary: 'Change your password', body: changePasswordRequestSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await service.changePassword(deps, request.ctx, request.body.currentPassword, request.body.newPassword);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/reauthenticate',
    {
      config: { access: access.signedIn() },
      schema: { tags, summary: 'Confirm your password before a sensitive action', body: reauthRequestSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await service.reauthenticate(deps, request.ctx, request.body.password);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: access.signedIn({ allowPendingPasswordChange: true }) },
      schema: { tags, summary: 'The signed-in user', response: { 200: meSchema } },
    },
    async (request) => service.getMe(deps, request.ctx.actor!.userId),
  );

  app.patch(
    '/api/me/preferences',
    {
      config: { access: access.signedIn({ allowPendingPasswordChange: true }) },
      schema: { tags, summary: 'Interface language and time zone', body: preferencesRequestSchema, response: { 200: meSchema } },
    },
    async (request) => service.updatePreferences(deps, request.ctx, request.body),
  );
};
