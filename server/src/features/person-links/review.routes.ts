import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '#contracts/common';
import { casePersonParamsSchema } from '#contracts/cases';
import {
  linkageRunSchema,
  linkageRunsSchema,
  detachRequestSchema,
  pairDecisionRequestSchema,
  personGroupSchema,
  reattachRequestSchema,
  revealedIdentitiesSchema,
  revealRecordsRequestSchema,
  reviewPairSchema,
  reviewQueueQuerySchema,
  reviewQueueSchema,
  samePersonRequestSchema,
  samePersonResultSchema,
  unmergeRequestSchema,
} from '#contracts/linkage-review';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { detachRecord, getGroup, reattachRecord, unmerge } from './groups.service';
import { decidePair, linkSamePerson, revealGroup, revealPair, reviewQueue, skipPair } from './review.service';
import { startRun } from './scoring.jobs';
import { listRuns } from './scoring.service';

const tags = ['linkage'];
const review = access.permission('linkage.review');

/** The linkage review: runs over the registry, the queue of pairs, person groups with un-merge. */
export const linkageReviewRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/linkage/runs',
    {
      config: { access: access.permission('linkage.run') },
      schema: { tags, summary: 'Score the whole registry for possible duplicates (background job)', response: { 202: linkageRunSchema } },
    },
    async (request, reply) => reply.status(202).send(await startRun(deps, request.ctx)),
  );

  app.get(
    '/api/linkage/runs',
    { config: { access: review }, schema: { tags, summary: 'The latest linkage runs', response: { 200: linkageRunsSchema } } },
    async () => ({ runs: await listRuns(deps) }),
  );

  app.get(
    '/api/linkage/pairs',
    {
      config: { access: review },
      schema: { tags, summary: 'Pairs waiting for review that the reviewer may see both records of', querystring: reviewQueueQuerySchema, response: { 200: reviewQueueSchema } },
    },
    async (request) => reviewQueue(deps, request.ctx, request.query),
  );

  app.post(
    '/api/linkage/pairs/:id/decision',
    {
      config: { access: review },
      schema: { tags, summary: 'Confirm (one person) or reject (two people) a pair, with a reason', params: idParamsSchema, body: pairDecisionRequestSchema, response: { 200: reviewPairSchema } },
    },
    async (request) => decidePair(deps, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/linkage/pairs/:id/skip',
    {
      config: { access: review },
      schema: { tags, summary: 'Skip a pending pair for now: it moves behind the pairs not skipped, for every reviewer (audited)', params: idParamsSchema, response: { 200: reviewPairSchema } },
    },
    async (request) => skipPair(deps, request.ctx, request.params.id),
  );

  app.post(
    '/api/linkage/pairs/:id/identity',
    {
      config: { access: review },
      schema: { tags, summary: 'Reveal the identities of both records, stating why (audited)', params: idParamsSchema, body: revealRecordsRequestSchema, response: { 200: revealedIdentitiesSchema } },
    },
    async (request) => revealPair(deps, request.ctx, request.params.id, request.body.reason),
  );

  app.get(
    '/api/linkage/groups/:id',
    { config: { access: review }, schema: { tags, summary: 'A person group: its source records and decisions', params: idParamsSchema, response: { 200: personGroupSchema } } },
    async (request) => getGroup(deps, request.ctx, request.params.id),
  );

  app.post(
    '/api/linkage/groups/:id/unmerge',
    {
      config: { access: review },
      schema: { tags, summary: 'Undo a merge of the group, exactly, with a reason', params: idParamsSchema, body: unmergeRequestSchema, response: { 200: z.object({ groupId: z.uuid().nullable() }) } },
    },
    async (request) => unmerge(deps, request.ctx, request.params.id, request.body.decisionId, request.body.reason),
  );

  app.post(
    '/api/linkage/groups/:id/detach',
    {
      config: { access: review },
      schema: {
        tags,
        summary: 'Take one source record out of the person, with a reason (the others stay one person)',
        params: idParamsSchema,
        body: detachRequestSchema,
        response: { 200: z.object({ groupId: z.uuid(), decisionId: z.uuid() }) },
      },
    },
    async (request) => detachRecord(deps, request.ctx, request.params.id, request.body.personId, request.body.reason),
  );

  app.post(
    '/api/linkage/groups/:id/reattach',
    {
      config: { access: review },
      schema: { tags, summary: 'Undo a detach, exactly, with a reason', params: idParamsSchema, body: reattachRequestSchema, response: { 200: z.object({ groupId: z.uuid() }) } },
    },
    async (request) => reattachRecord(deps, request.ctx, request.params.id, request.body.decisionId, request.body.reason),
  );

  app.post(
    '/api/linkage/groups/:id/identity',
    {
      config: { access: review },
      schema: { tags, summary: 'Reveal the identities of the group’s records, stating why (audited)', params: idParamsSchema, body: revealRecordsRequestSchema, response: { 200: revealedIdentitiesSchema } },
    },
    async (request) => revealGroup(deps, request.ctx, request.params.id, request.body.reason),
  );

  app.post(
    '/api/cases/:id/people/:casePersonId/same-person',
    {
      config: { access: access.permission('cases.update') },
      schema: {
        tags,
        summary: 'The person just entered is this existing person (links them as one person)',
        params: casePersonParamsSchema,
        body: samePersonRequestSchema,
        response: { 200: samePersonResultSchema },
      },
    },
    async (request) => linkSamePerson(deps, request.ctx, request.params.id, request.params.casePersonId, request.body),
  );
};
