import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '#contracts/common';
import {
  createRecruiterFlagRequestSchema,
  infoContentAdminSchema,
  infoContentLanguageParamsSchema,
  infoContentParamsSchema,
  jobCheckAdminSchema,
  publicInfoContentSchema,
  publicJobCheckSchema,
  publicLanguageQuerySchema,
  recruiterFlagSchema,
  recruiterFlagsSchema,
  recruiterListSchema,
  recruiterListsSchema,
  recruiterSearchQuerySchema,
  recruiterSearchResultSchema,
  saveInfoContentRequestSchema,
  saveJobCheckRulesRequestSchema,
  uploadRecruiterListRequestSchema,
  withdrawRecruiterFlagRequestSchema,
} from '#contracts/public-info';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { AppError } from '../../platform/http/app-error';
import { WindowLimiter } from '../tips';
import * as content from './info-content.service';
import * as recruiters from './recruiters.service';

// Public texts change rarely; a minute of caching spares a slow connection a round trip.
const publicCache = 'public, max-age=60';

/**
 * The recruiter search is the one public read that costs a database query per keystroke-like
 * request: limited per client and in total, in memory (the tips feature's limiter: the client
 * address is only ever held as a per-window HMAC).
 */
export const recruiterSearchLimits = { perClient: 60, total: 6000, windowMs: 60_000 };

/** What anyone may read, without an account: /api/public/info/…. */
export const publicInfoRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['public-info'];
  const config = { access: access.public() };
  const searches = new WindowLimiter(recruiterSearchLimits);

  app.get(
    '/api/public/info/content/:slug',
    { config, schema: { tags, summary: 'A public page (newest published version) in a language', params: infoContentParamsSchema, querystring: publicLanguageQuerySchema, response: { 200: publicInfoContentSchema } } },
    async (request, reply) => reply.header('cache-control', publicCache).send(await content.readPublicContent(deps, request.params.slug, request.query.lang)),
  );

  app.get(
    '/api/public/info/job-check',
    { config, schema: { tags, summary: 'The job-offer check rules (newest published version)', response: { 200: publicJobCheckSchema } } },
    async (_request, reply) => reply.header('cache-control', publicCache).send(await content.readPublicJobCheck(deps)),
  );

  app.get(
    '/api/public/info/recruiters',
    { config, schema: { tags, summary: 'Search licensed recruiters (P3MI) by name or licence number, typos tolerated', querystring: recruiterSearchQuerySchema, response: { 200: recruiterSearchResultSchema } } },
    async (request) => {
      if (!searches.take(request.ip, deps.clock.now().getTime())) throw new AppError('RATE_LIMITED', 'Too many searches; try again in a minute');
      return recruiters.searchRecruiters(deps, request.query.q);
    },
  );
};

/** Administration of the public information: /api/public-info/…. */
export const publicInfoAdminRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['public-info'];
  const manage = { access: access.permission('public-info.manage') };
  // Flagging a company as illegal in public is a decision with consequences: a fresh sign-in.
  const flag = { access: access.permission('public-info.flag', { recentAuthentication: true }) };

  app.get(
    '/api/public-info/content/:slug/:language',
    { config: manage, schema: { tags, summary: 'A page in one language: its versions and the newest text', params: infoContentLanguageParamsSchema, response: { 200: infoContentAdminSchema } } },
    async (request) => content.readContentForEditing(deps, request.params.slug, request.params.language),
  );

  app.post(
    '/api/public-info/content/:slug/:language/versions',
    { config: manage, schema: { tags, summary: 'Save a new version of a page (published or draft)', params: infoContentLanguageParamsSchema, body: saveInfoContentRequestSchema, response: { 201: infoContentAdminSchema } } },
    async (request, reply) => reply.status(201).send(await content.saveContent(deps, request.ctx, request.params.slug, request.params.language, request.body)),
  );

  app.get(
    '/api/public-info/job-check',
    { config: manage, schema: { tags, summary: 'The job-offer check rules: versions and the newest', response: { 200: jobCheckAdminSchema } } },
    async () => content.readJobCheckForEditing(deps),
  );

  app.post(
    '/api/public-info/job-check/versions',
    { config: manage, schema: { tags, summary: 'Save a new version of the job-offer check rules', body: saveJobCheckRulesRequestSchema, response: { 201: jobCheckAdminSchema } } },
    async (request, reply) => reply.status(201).send(await content.saveJobCheckRules(deps, request.ctx, request.body)),
  );

  app.get(
    '/api/public-info/recruiter-lists',
    { config: manage, schema: { tags, summary: 'Loaded versions of the licensed-recruiter list', response: { 200: recruiterListsSchema } } },
    async () => ({ items: await recruiters.listRecruiterLists(deps) }),
  );

  app.post(
    '/api/public-info/recruiter-lists',
    {
      config: manage,
      bodyLimit: 8 * 1024 * 1024,
      schema: { tags, summary: 'Load a new version of the licensed-recruiter list (CSV or XLSX, base64)', body: uploadRecruiterListRequestSchema, response: { 201: recruiterListSchema } },
    },
    async (request, reply) => reply.status(201).send(await recruiters.uploadRecruiterList(deps, request.ctx, request.body)),
  );

  app.get(
    '/api/public-info/recruiter-flags',
    { config: { access: access.permission('public-info.flag') }, schema: { tags, summary: 'Recruiters flagged publicly as illegal (with withdrawn ones)', response: { 200: recruiterFlagsSchema } } },
    async () => ({ items: await recruiters.listFlags(deps) }),
  );

  app.post(
    '/api/public-info/recruiter-flags',
    { config: flag, schema: { tags, summary: 'Flag a recruiter publicly as confirmed illegal (audited decision)', body: createRecruiterFlagRequestSchema, response: { 201: recruiterFlagSchema } } },
    async (request, reply) => reply.status(201).send(await recruiters.flagRecruiter(deps, request.ctx, request.body)),
  );

  app.post(
    '/api/public-info/recruiter-flags/:id/withdraw',
    { config: flag, schema: { tags, summary: 'Withdraw a public flag (audited, kept)', params: idParamsSchema, body: withdrawRecruiterFlagRequestSchema, response: { 200: recruiterFlagSchema } } },
    async (request) => recruiters.withdrawFlag(deps, request.ctx, request.params.id, request.body.reason),
  );
};
