import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from './common';

/**
 * Every action code the server writes to the audit log, defined once: the server's audit event
 * only takes one of these, and the audit page needs a label for each (its locale types require
 * one). A new action is added here first.
 */
export const auditActions = [
  'access.denied',
  'agency.create',
  'agency.update',
  'audit.verify',
  'auth.login.failure',
  'auth.login.success',
  'auth.login.throttled',
  'auth.logout',
  'auth.mfa.enrolled',
  'auth.password.changed',
  'auth.reauthenticated',
  'case.create',
  'case.update',
  'case.status.transition',
  'case.person.add',
  'case.person.update',
  'case.route.add',
  'case.route.update',
  'case.route.delete',
  'case.route.reorder',
  'case.share.create',
  'case.share.revoke',
  'case.comment.add',
  'case.attachment.add',
  'case.attachment.download',
  'case.identity.view',
  'case.export',
  'case.search.identity',
  'case.filter.save',
  'case.filter.delete',
  'dashboards.refresh',
  'dashboards.report.purge',
  'import.upload',
  'import.template.save',
  'import.commit',
  'import.cancel',
  'import.fail',
  'import.rows.purge',
  'linkage.run.request',
  'linkage.run',
  'linkage.confirm',
  'linkage.reject',
  'linkage.skip',
  'linkage.unmerge',
  'linkage.detach',
  'linkage.reattach',
  'official-statistic.create',
  'official-statistic.update',
  'official-statistic.delete',
  'patrols.plan',
  'patrols.update',
  'patrols.report',
  'person.suggest',
  'protection.consent.record',
  'protection.assessment.record',
  'protection.plan.add',
  'protection.plan.update',
  'protection.return.record',
  'protection.follow-up.record',
  'protection.close',
  'protection.record.view',
  'protection.provider.create',
  'protection.provider.update',
  'protection.provider.deactivate',
  'protection.provider.reactivate',
  'protection.referral.create',
  'protection.referral.list',
  'protection.referral.accepted',
  'protection.referral.declined',
  'protection.referral.revoked',
  'protection.referral.completed',
  'public-info.content.save',
  'public-info.job-check.save',
  'public-info.recruiter.flag',
  'public-info.recruiter.unflag',
  'public-info.recruiters.load',
  'system.backup',
  'system.restore',
  'system.seed',
  'system.seed.agencies',
  'system.seed.taskforce-bodies',
  'taskforce.meeting.create',
  'taskforce.meeting.update',
  'taskforce.decision.create',
  'taskforce.action-item.create',
  'taskforce.action-item.update',
  'taskforce.attachment.add',
  'taskforce.attachment.delete',
  'taskforce.attachment.download',
  'taskforce.matrix.save',
  'taskforce.member.set',
  'taskforce.report.generate',
  'tip.create',
  'tip.assign',
  'tip.transition',
  'tip.note',
  'tip.reply',
  'tip.reporter.message',
  'tip.contact.view',
  'tip.escalate',
  'tip.group',
  'tip.case.create',
  'tip.case.attach',
  'tip.attachment.add',
  'tip.attachment.download',
  'tip.purge',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'user.mfa.reset',
  'user.password.reset',
  'user.preferences',
  'user.sessions.revoke',
  'vulnerability-formula.update',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** `a.b.c` as `a_b_c`: a translation key cannot contain the key separator. */
type Underscored<S extends string> = S extends `${infer Head}.${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;
/** The translation key of an action's label. */
export type AuditActionKey = Underscored<AuditAction>;

export const auditOutcomes = ['success', 'failure', 'denied'] as const;
export const auditOutcomeSchema = z.enum(auditOutcomes);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  occurredAt: isoDateTimeSchema,
  requestId: z.string().nullable(),
  actorUserId: uuidSchema.nullable(),
  actorEmail: z.string().nullable(),
  actorAgencyId: uuidSchema.nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: auditOutcomeSchema,
  reason: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  details: z.unknown().nullable(),
  /** Null for a moment after the entry is written, until the chainer links it. */
  hash: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  action: z.string().trim().max(100).optional(),
  actionPrefix: z.string().trim().max(100).optional(),
  actorUserId: uuidSchema.optional(),
  objectType: z.string().trim().max(60).optional(),
  objectId: z.string().trim().max(100).optional(),
  outcome: auditOutcomeSchema.optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  /** Entries with a sequence number below this one (keyset pagination, newest first). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextBefore: z.number().int().nullable(),
});

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  checkpoints: z.number().int(),
  problems: z.array(z.object({ seq: z.number().int().nullable(), kind: z.string(), message: z.string() })),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
