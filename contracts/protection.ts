import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, uuidSchema } from './common';
import { regionCodeSchema } from './cases';
import {
  closureReason,
  communityRisk,
  householdRisk,
  individualRisk,
  planItemStatus,
  referralLegalBasis,
  referralReason,
  referralStatus,
  returnStep,
  supportType,
} from './codes/protection';

export type ReferralStatus = (typeof referralStatus.codes)[number];
/** Which end of a referral the caller's agency is. */
export type ReferralSide = 'sender' | 'receiver';

/**
 * The referral workflow: from each status, the statuses it may move to and which side may move it.
 * The receiver accepts, declines (with a reason) or completes; the sender revokes while the
 * referral is still open. Declined, revoked and completed are final.
 */
export const referralWorkflow: Record<ReferralStatus, Partial<Record<ReferralStatus, ReferralSide>>> = {
  pending: { accepted: 'receiver', declined: 'receiver', revoked: 'sender' },
  accepted: { revoked: 'sender', completed: 'receiver' },
  declined: {},
  revoked: {},
  completed: {},
};

const text = (max: number) => z.string().trim().max(max);

// Consent (HTCDS con_ and its guidance checklist)

export const consentRequestSchema = z.strictObject({
  /** Consent given (or, for a child, assent with a guardian's consent); false records a refusal or withdrawal. */
  consented: z.boolean(),
  purposeExplained: z.boolean(),
  dataUsesExplained: z.boolean(),
  researchUseExplained: z.boolean(),
  rightToAccessExplained: z.boolean(),
  retentionExplained: z.boolean(),
  recordedOn: isoDateSchema,
  notes: text(2000).default(''),
});
export type ConsentRequest = z.infer<typeof consentRequestSchema>;

export const consentSchema = consentRequestSchema.extend({
  id: uuidSchema,
  agencyId: uuidSchema,
  workerUserId: uuidSchema,
  /** The worker who recorded it, by display name ('' if the account is gone). */
  workerName: z.string(),
  createdAt: isoDateTimeSchema,
});
export type Consent = z.infer<typeof consentSchema>;

// Needs assessment and support plan

export const assessmentRequestSchema = z.strictObject({
  assessedOn: isoDateSchema,
  individualRisks: z.array(individualRisk.schema).max(20).default([]),
  householdRisks: z.array(householdRisk.schema).max(20).default([]),
  communityRisks: z.array(communityRisk.schema).max(20).default([]),
  notes: text(5000).default(''),
});
export const assessmentSchema = assessmentRequestSchema.extend({
  id: uuidSchema,
  agencyId: uuidSchema,
  createdAt: isoDateTimeSchema,
});

const planItemFields = {
  type: supportType.schema,
  objective: text(2000).min(3),
  actionPlan: text(5000).default(''),
  providerId: uuidSchema.nullable().default(null),
  plannedEndOn: isoDateSchema.nullable().default(null),
  actualEndOn: isoDateSchema.nullable().default(null),
  status: planItemStatus.schema.default('planned'),
};
export const planItemRequestSchema = z.strictObject(planItemFields);
export const planItemUpdateSchema = z
  .strictObject({
    objective: planItemFields.objective,
    actionPlan: text(5000),
    providerId: uuidSchema.nullable(),
    plannedEndOn: isoDateSchema.nullable(),
    actualEndOn: isoDateSchema.nullable(),
    status: planItemStatus.schema,
  })
  .partial()
  .extend({ version: z.number().int() });
export type PlanItemUpdate = z.infer<typeof planItemUpdateSchema>;
export const planItemSchema = z.object({
  id: uuidSchema,
  type: supportType.schema,
  objective: z.string(),
  actionPlan: z.string(),
  providerId: uuidSchema.nullable(),
  plannedEndOn: isoDateSchema.nullable(),
  actualEndOn: isoDateSchema.nullable(),
  status: planItemStatus.schema,
  agencyId: uuidSchema,
  version: z.number().int(),
});

// Service providers

export const providerRequestSchema = z.strictObject({
  /** The agency behind the provider when it uses Benteng (referrals go to it); null for a named provider. */
  agencyId: uuidSchema.nullable().default(null),
  name: text(200).min(2),
  services: z.array(supportType.schema).min(1).max(11),
  capacity: z.number().int().min(0).max(100_000).nullable().default(null),
  regionCodes: z.array(regionCodeSchema).max(50).default([]),
  contactHours: text(200).default(''),
  phone: text(40).nullable().default(null),
});
export const providerSchema = providerRequestSchema.extend({
  id: uuidSchema,
  isActive: z.boolean(),
  version: z.number().int(),
});
export type Provider = z.infer<typeof providerSchema>;
/** A version-checked correction of a provider; `isActive: false` takes it out of the referral pickers. */
export const providerUpdateSchema = z.strictObject({
  agencyId: uuidSchema.nullable().optional(),
  name: text(200).min(2).optional(),
  services: z.array(supportType.schema).min(1).max(11).optional(),
  capacity: z.number().int().min(0).max(100_000).nullable().optional(),
  regionCodes: z.array(regionCodeSchema).max(50).optional(),
  contactHours: text(200).optional(),
  phone: text(40).nullable().optional(),
  isActive: z.boolean().optional(),
  version: z.number().int(),
});
export type ProviderUpdate = z.input<typeof providerUpdateSchema>;
export const providerListQuerySchema = z.strictObject({
  service: supportType.schema.optional(),
  /** The directory page lists deactivated providers too, so they can be taken back. */
  includeInactive: z.enum(['true', 'false']).optional(),
});
export const providerListSchema = z.object({ items: z.array(providerSchema) });

// Referrals

export const referralRequestSchema = z.strictObject({
  casePersonId: uuidSchema,
  /** The receiving agency; with a provider, it must be the provider's agency. */
  toAgencyId: uuidSchema,
  providerId: uuidSchema.nullable().default(null),
  reason: referralReason.schema,
  details: text(5000).default(''),
  dueOn: isoDateSchema,
  /** Needed only when the victim has no recorded consent: the law that requires the referral. */
  legalBasis: referralLegalBasis.schema.nullable().default(null),
});
export type ReferralRequest = z.infer<typeof referralRequestSchema>;

export const referralTransitionSchema = z
  .strictObject({ to: referralStatus.schema, reason: text(2000).default(''), version: z.number().int() })
  .superRefine((r, ctx) => {
    if ((r.to === 'declined' || r.to === 'revoked') && r.reason.length < 3)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason' });
  });
export type ReferralTransition = z.infer<typeof referralTransitionSchema>;

export const referralSchema = z.object({
  id: uuidSchema,
  caseId: uuidSchema,
  casePersonId: uuidSchema,
  /** The victim's pseudonym (`victim-2-7F3A`, as in the case registry): recognisable, never identity. */
  victimPseudonym: z.string(),
  fromAgencyId: uuidSchema,
  toAgencyId: uuidSchema,
  providerId: uuidSchema.nullable(),
  reason: referralReason.schema,
  details: z.string(),
  dueOn: isoDateSchema,
  /** `consent`, or the legal basis the referral was made on without consent. */
  basis: z.union([z.literal('consent'), referralLegalBasis.schema]),
  status: referralStatus.schema,
  statusReason: z.string(),
  overdue: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int(),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralBoxes = ['to-me', 'by-me', 'pending', 'overdue'] as const;
export const referralListQuerySchema = z.strictObject({ box: z.enum(referralBoxes) });
export const referralListSchema = z.object({ items: z.array(referralSchema) });
/**
 * How many referrals to the caller's agency wait for its answer, and how many of them are past their
 * due day: numbers only (no victim is named), for the navigation badge.
 */
export const referralCountsSchema = z.object({ pending: z.number().int().min(0), overdue: z.number().int().min(0) });
export type ReferralCounts = z.infer<typeof referralCountsSchema>;

// Return path, follow-up, closure

export const returnStepRequestSchema = z.strictObject({
  step: returnStep.schema,
  occurredOn: isoDateSchema,
  agencyId: uuidSchema,
  notes: text(2000).default(''),
});
export const returnStepSchema = returnStepRequestSchema.extend({ id: uuidSchema, recordedAt: isoDateTimeSchema });

export const followUpRequestSchema = z.strictObject({ visitedOn: isoDateSchema, notes: text(5000).min(3) });
export const followUpSchema = followUpRequestSchema.extend({ id: uuidSchema, agencyId: uuidSchema });

export const closureRequestSchema = z.strictObject({
  reason: closureReason.schema,
  closedOn: isoDateSchema,
  notes: text(2000).default(''),
});
export const closureSchema = closureRequestSchema.extend({ agencyId: uuidSchema });

/** A victim's protection record. Identity is never part of it (see the case registry's identity route). */
export const protectionRecordSchema = z.object({
  casePersonId: uuidSchema,
  caseId: uuidSchema,
  /** The victim's pseudonym, as on referrals. */
  pseudonym: z.string(),
  consentGiven: z.boolean(),
  consents: z.array(consentSchema),
  assessments: z.array(assessmentSchema),
  planItems: z.array(planItemSchema),
  referrals: z.array(referralSchema),
  returnPath: z.array(returnStepSchema),
  followUps: z.array(followUpSchema),
  closure: closureSchema.nullable(),
});
export type ProtectionRecord = z.infer<typeof protectionRecordSchema>;
