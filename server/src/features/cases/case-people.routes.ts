import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import {
  addPersonRequestSchema,
  casePersonParamsSchema,
  casePersonSchema,
  personIdentitySchema,
  revealIdentityRequestSchema,
  updatePersonRequestSchema,
} from '#contracts/cases';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as service from './case-people.service';

const tags = ['cases'];

/**
 * People in a case. There is no removal: a person added by mistake is marked in the notes, so the
 * record of who was once named in a case is never lost.
 */
export const casePeopleRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/cases/:id/people',
    {
      config: { access: access.permission('cases.update') },
      schema: {
        tags,
        summary: 'Add a person in a role',
        params: idParamsSchema,
        body: addPersonRequestSchema,
        response: { 201: casePersonSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addPerson(deps, request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/api/cases/:id/people/:casePersonId',
    {
      config: { access: access.permission('cases.update') },
      schema: {
        tags,
        summary: 'Change a person of a case (version-checked)',
        params: casePersonParamsSchema,
        body: updatePersonRequestSchema,
        response: { 200: casePersonSchema },
      },
    },
    async (request) =>
      service.updateCasePerson(
        deps,
        request.ctx,
        request.params.id,
        request.params.casePersonId,
        request.body,
      ),
  );

  app.post(
    '/api/cases/:id/people/:casePersonId/identity',
    {
      config: { access: access.permission('cases.identity.view') },
      schema: {
        tags,
        summary: 'Reveal a person’s identity, stating why (audited)',
        params: casePersonParamsSchema,
        body: revealIdentityRequestSchema,
        response: { 200: personIdentitySchema },
      },
    },
    async (request) =>
      service.revealIdentity(
        deps,
        request.ctx,
        request.params.id,
        request.params.casePersonId,
        request.body.reason,
      ),
  );
};
