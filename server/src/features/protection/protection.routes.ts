import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { idParamsSchema } from '#contracts/common';
import {
  assessmentRequestSchema,
  assessmentSchema,
  closureRequestSchema,
  closureSchema,
  consentRequestSchema,
  consentSchema,
  followUpRequestSchema,
  followUpSchema,
  planItemRequestSchema,
  planItemSchema,
  planItemUpdateSchema,
  protectionRecordSchema,
  providerListQuerySchema,
  providerListSchema,
  providerRequestSchema,
  providerSchema,
  providerUpdateSchema,
  referralListQuerySchema,
  referralCountsSchema,
  referralListSchema,
  referralRequestSchema,
  referralSchema,
  referralTransitionSchema,
  returnStepRequestSchema,
  returnStepSchema,
} from '#contracts/protection';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import * as referrals from './referrals.service';
import * as service from './protection.service';

export const protectionRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['protection'];
  const read = { access: access.permission('protection.read') };
  const manage = { access: access.permission('protection.manage') };

  app.get(
    '/api/protection/providers',
    {
      config: read,
      schema: {
        tags,
        summary: 'The service provider directory',
        querystring: providerListQuerySchema,
        response: { 200: providerListSchema },
      },
    },
    async (request) =>
      referrals.listProviders(deps, request.query.service, request.query.includeInactive === 'true'),
  );
  app.patch(
    '/api/protection/providers/:id',
    {
      config: { access: access.permission('protection.providers.manage') },
      schema: {
        tags,
        summary: 'Correct, deactivate or reactivate a service provider (version-checked)',
        params: idParamsSchema,
        body: providerUpdateSchema,
        response: { 200: providerSchema },
      },
    },
    async (request) => referrals.updateProvider(deps, request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/protection/providers',
    {
      config: { access: access.permission('protection.providers.manage') },
      schema: { tags, summary: 'Add a service provider', body: providerRequestSchema, response: { 201: providerSchema } },
    },
    async (request, reply) => reply.status(201).send(await referrals.createProvider(deps, request.ctx, request.body)),
  );

  app.get(
    '/api/protection/referrals',
    { config: read, schema: { tags, summary: 'Referrals to, by, pending or overdue for my agency', querystring: referralListQuerySchema, response: { 200: referralListSchema } } },
    async (request) => referrals.listReferrals(deps, request.ctx, request.query.box),
  );
  app.get(
    '/api/protection/referrals/counts',
    {
      config: read,
      schema: { tags, summary: 'How many referrals to my agency are pending and overdue (numbers only, not audited)', response: { 200: referralCountsSchema } },
    },
    async (request) => referrals.countReferrals(deps, request.ctx),
  );
  app.post(
    '/api/protection/referrals',
    { config: manage, schema: { tags, summary: 'Refer a victim to another agency', body: referralRequestSchema, response: { 201: referralSchema } } },
    async (request, reply) => reply.status(201).send(await referrals.createReferral(deps, request.ctx, request.body)),
  );
  app.post(
    '/api/protection/referrals/:id/transitions',
    {
      config: manage,
      schema: { tags, summary: 'Accept, decline, revoke or complete a referral', params: idParamsSchema, body: referralTransitionSchema, response: { 200: referralSchema } },
    },
    async (request) => referrals.moveReferral(deps, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/protection/victims/:id',
    { config: read, schema: { tags, summary: "A victim's protection record (audited)", params: idParamsSchema, response: { 200: protectionRecordSchema } } },
    async (request) => service.getRecord(deps, request.ctx, request.params.id),
  );

  /** The schema of a POST that adds to a victim's record. */
  const addTo = <B extends z.ZodType, R extends z.ZodType>(summary: string, body: B, response: R) => ({
    tags,
    summary,
    params: idParamsSchema,
    body,
    response: { 201: response },
  });

  app.post(
    '/api/protection/victims/:id/consents',
    { config: manage, schema: addTo('Record consent or its withdrawal (a new record)', consentRequestSchema, consentSchema) },
    async (request, reply) => reply.status(201).send(await service.recordConsent(deps, request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/protection/victims/:id/assessments',
    { config: manage, schema: addTo('Record a needs assessment', assessmentRequestSchema, assessmentSchema) },
    async (request, reply) => reply.status(201).send(await service.recordAssessment(deps, request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/protection/victims/:id/plan-items',
    { config: manage, schema: addTo('Add a support plan item', planItemRequestSchema, planItemSchema) },
    async (request, reply) => reply.status(201).send(await service.addPlanItem(deps, request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/api/protection/plan-items/:id',
    {
      config: manage,
      schema: { tags, summary: 'Change a support plan item (version-checked)', params: idParamsSchema, body: planItemUpdateSchema, response: { 200: planItemSchema } },
    },
    async (request) => service.updatePlanItem(deps, request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/protection/victims/:id/return-steps',
    { config: manage, schema: addTo('Record a step of the return path (replaces the same step)', returnStepRequestSchema, returnStepSchema) },
    async (request, reply) => reply.status(201).send(await service.recordReturnStep(deps, request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/protection/victims/:id/follow-ups',
    { config: manage, schema: addTo('Record a follow-up visit', followUpRequestSchema, followUpSchema) },
    async (request, reply) => reply.status(201).send(await service.recordFollowUp(deps, request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/protection/victims/:id/closure',
    { config: manage, schema: addTo('Close protection of a victim with a reason', closureRequestSchema, closureSchema) },
    async (request, reply) => reply.status(201).send(await service.closeRecord(deps, request.ctx, request.params.id, request.body)),
  );
};
