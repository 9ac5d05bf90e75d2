import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import { personDraftSchema, personSuggestionsSchema } from '#contracts/person-links';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { suggestPeople } from './suggestions.service';

const tags = ['person-links'];

export const personLinkRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/cases/:id/people/suggestions',
    {
      config: { access: access.permission('cases.update') },
      schema: {
        tags,
        summary: 'Possible existing people for a person being entered (search before create)',
        params: idParamsSchema,
        body: personDraftSchema,
        response: { 200: personSuggestionsSchema },
      },
    },
    async (request) => suggestPeople(deps, request.ctx, request.params.id, request.body),
  );
};
