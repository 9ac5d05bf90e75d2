import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Deps } from './platform/deps';
import { access, registerAccessControl, type RouteInventoryEntry } from './platform/http/access';
import { registerErrorHandler } from './platform/http/error-handler';
import { registerCsrfProtection, registerSecurityHeaders } from './platform/http/security';
import { registerCompression, staticCompression } from './platform/http/compression';
import { registerPublicSite } from './platform/http/public-site';
import { version } from './version';
import { agencyRoutes } from './features/agencies';
import { auditRoutes, recordAuditAlone } from './features/audit';
import { authRoutes, resolveSession, userRoutes } from './features/auth';
import { caseFindingRoutes, caseRoutes } from './features/cases';
import { dashboardRoutes } from './features/dashboards';
import { geoRoutes } from './features/geo';
import { linkageReviewRoutes, personLinkRoutes } from './features/person-links';
import { taskforceRoutes } from './features/taskforce';
import { patrolRoutes } from './features/patrols';
import { forumReportRoutes } from './features/forum-report';
import { importRoutes } from './features/imports';
import { statisticsRoutes } from './features/statistics';
import { protectionRoutes } from './features/protection';
import { publicInfoAdminRoutes, publicInfoRoutes } from './features/public-info';
import { referenceRoutes } from './features/reference';
import { systemRoutes } from './features/system';
import { tipPublicRoutes, tipRoutes, whatsappRoutes } from './features/tips';

export const webDistDir = path.resolve(import.meta.dirname, '../../dist/web');
const docsPrefix = '/api/docs';

export interface BuiltApp {
  app: FastifyInstance;
  /** Every route with its declared access, for the access-matrix test. */
  routes: RouteInventoryEntry[];
}

/** Builds the HTTP application: platform plugins, then each feature's routes. Does not listen. */
export async function buildApp(deps: Deps, options: { logger?: boolean } = {}): Promise<BuiltApp> {
  const loggerInstance: FastifyBaseLogger = deps.logger;
  const app: FastifyInstance = Fastify({
    ...(options.logger === false ? { logger: false } : { loggerInstance }),
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Routes added by third-party plugins (the API browser) cannot declare access themselves.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(docsPrefix) && !(route.config as { access?: unknown } | undefined)?.access) {
      route.config = { ...route.config, access: access.public() };
    }
  });
  registerSecurityHeaders(app, { hsts: deps.config.secureCookies });
  registerCsrfProtection(app, { publicUrl: deps.config.publicUrl });
  await app.register(fastifyCookie);
  const routes = registerAccessControl(app, {
    clock: deps.clock,
    resolveSession: (request, now) => resolveSession(deps, request, now),
    onDenied: (request, reason) =>
      recordAuditAlone(deps.db, request.ctx, {
        action: 'access.denied',
        outcome: 'denied',
        details: { method: request.method, route: request.routeOptions.url, reason },
      }),
  });
  registerErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Benteng API', version, description: 'The HTTP API of Benteng, built from the same Zod contracts the server validates with.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'benteng_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: docsPrefix, staticCSP: true });
  app.get(
    '/api/openapi.json',
    { config: { access: access.public() }, schema: { hide: true } },
    async () => app.swagger(),
  );

  for (const plugin of [systemRoutes, authRoutes, userRoutes, agencyRoutes, auditRoutes, referenceRoutes, caseFindingRoutes, caseRoutes, tipPublicRoutes, tipRoutes, whatsappRoutes, publicInfoRoutes, publicInfoAdminRoutes, protectionRoutes, dashboardRoutes, personLinkRoutes, linkageReviewRoutes, taskforceRoutes, importRoutes, statisticsRoutes, geoRoutes, patrolRoutes, forumReportRoutes]) {
    await app.register(plugin, { deps });
  }

  await registerCompression(app);
  await registerPublicSite(app);
  await registerWebClient(app);
  return { app, routes };
}

/** Serves the built web client; unknown non-API paths get index.html so client-side routes work. */
async function registerWebClient(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, { root: webDistDir, serve: false });
  const hasClient = () => fs.existsSync(path.join(webDistDir, 'index.html'));
  app.get('/*', { config: { access: access.public() }, schema: { hide: true }, compress: staticCompression }, async (request, reply) => {
    const urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (urlPath.startsWith('/api/')) return reply.callNotFound();
    if (!hasClient()) return reply.type('text/plain').send('The web client is not built: run `npm run build`.');
    const file = path.normalize(path.join(webDistDir, urlPath));
    if (file.startsWith(webDistDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const immutable = urlPath.startsWith('/assets/');
      // cacheControl: false, or @fastify/static replaces this header with `max-age=0`.
      return reply
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .sendFile(path.relative(webDistDir, file), { cacheControl: false });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
