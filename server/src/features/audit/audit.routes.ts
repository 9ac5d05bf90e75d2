import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema, auditVerificationSchema } from '#contracts/audit';
import type { Deps } from '../../platform/deps';
import { access } from '../../platform/http/access';
import { recordAuditAlone, searchAudit } from './audit.service';
import { verifyAuditLog } from './audit.verify';

export const auditRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['audit'];

  app.get(
    '/api/audit',
    {
      config: { access: access.permission('audit.read') },
      schema: { tags, summary: 'Browse the audit log, newest first', querystring: auditQuerySchema, response: { 200: auditPageSchema } },
    },
    async (request) => searchAudit(deps.db, request.query),
  );

  app.post(
    '/api/audit/verify',
    {
      config: { access: access.permission('audit.read') },
      schema: { tags, summary: 'Recompute the hash chain and check it against the signed checkpoints', response: { 200: auditVerificationSchema } },
    },
    async (request) => {
      const result = await verifyAuditLog(deps.db, deps.config.auditCheckpointFile, deps.keys.auditVerifyKey);
      await recordAuditAlone(deps.db, request.ctx, {
        action: 'audit.verify',
        outcome: result.ok ? 'success' : 'failure',
        details: { entries: result.entries, problems: result.problems.length },
      });
      return result;
    },
  );
};
