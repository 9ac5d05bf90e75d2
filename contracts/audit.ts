import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from './common';

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
