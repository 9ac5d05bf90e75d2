import { z } from 'zod';
import { isoDateSchema, localeSchema, uuidSchema } from './common';
import { regionCodeSchema } from './cases';

/**
 * Community reporting (tips). Public requests carry no account: the reporter holds a receipt code
 * (shown once) and sends it in request bodies only, never in a URL.
 */

const text = (max: number) => z.string().trim().max(max);

/** `XXXX-XXXX-XXXX-XXXX` in Crockford base32 (no I, L, O, U): 16 × 5 = 80 random bits. */
export const receiptGroups = 4;
export const receiptGroupLength = 4;
export const receiptAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const receiptPattern = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
/**
 * What a reporter types: case, spaces and dashes do not matter, and the letters people confuse
 * with digits (O, I, L) are read as the digits, as Crockford base32 intends.
 */
export const receiptInputSchema = z
  .string()
  .max(64)
  .transform((v) => v.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1'));

export const tipChannels = ['web', 'phone', 'whatsapp', 'sms', 'paper', 'walk_in'] as const;
export const tipChannelSchema = z.enum(tipChannels);
export type TipChannel = z.infer<typeof tipChannelSchema>;

/** new → verifying → verified → acted → closed; `closed` carries an outcome. */
export const tipStatuses = ['new', 'verifying', 'verified', 'acted', 'closed'] as const;
export const tipStatusSchema = z.enum(tipStatuses);
export type TipStatus = z.infer<typeof tipStatusSchema>;
export const tipWorkflow: Record<TipStatus, readonly TipStatus[]> = {
  new: ['verifying', 'closed'],
  verifying: ['verified', 'closed'],
  verified: ['acted', 'closed'],
  acted: ['closed'],
  closed: [],
};
/** `case`: became or joined a case; the others led to nothing and are purged after the retention period. */
export const tipOutcomes = ['case', 'duplicate', 'unfounded', 'no_action'] as const;
export const tipOutcomeSchema = z.enum(tipOutcomes);

export const tipPointSchema = z.strictObject({
  lat: z.number().min(-11).max(8),
  lng: z.number().min(94).max(142),
});

/** The guided questions; everything but `what` is optional. */
export const tipReportSchema = z.strictObject({
  what: text(5000).min(10),
  where: z
    .strictObject({
      regionCode: regionCodeSchema.nullable().default(null),
      portId: z.string().max(40).nullable().default(null),
      point: tipPointSchema.nullable().default(null),
      description: text(1000).default(''),
    })
    .default({ regionCode: null, portId: null, point: null, description: '' }),
  when: z
    .strictObject({ date: isoDateSchema.nullable().default(null), description: text(500).default('') })
    .default({ date: null, description: '' }),
  who: text(3000).default(''),
  imminentDeparture: z.boolean().default(false),
  childrenInvolved: z.boolean().default(false),
  /** How to reach the reporter, if they want to be reached; encrypted at rest, read with a reason. */
  contact: text(500).default(''),
  locale: localeSchema.default('id'),
});
export type TipReport = z.infer<typeof tipReportSchema>;

/** An ALTCHA (v1) challenge: find `number` ≤ maxnumber with SHA-256(salt + number) = challenge. */
export const powChallengeSchema = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: z.string(),
  maxnumber: z.number().int(),
  salt: z.string(),
  signature: z.string(),
});
export type PowChallenge = z.infer<typeof powChallengeSchema>;

export const submitTipRequestSchema = tipReportSchema.extend({
  /** The solved challenge: base64 of `{ algorithm, challenge, number, salt, signature }`. */
  proofOfWork: z.string().min(10).max(2000),
});
export type SubmitTipRequest = z.infer<typeof submitTipRequestSchema>;

export const tipReceiptSchema = z.object({ receipt: z.string().regex(receiptPattern) });

export const receiptRequestSchema = z.strictObject({ receipt: receiptInputSchema });
export const reporterMessageRequestSchema = z.strictObject({ receipt: receiptInputSchema, body: text(5000).min(1) });

/** What the reporter sees: replies and their own messages; never internal notes or staff names. */
export const reporterViewSchema = z.object({
  status: tipStatusSchema,
  receivedOn: isoDateSchema,
  messages: z.array(
    z.object({ from: z.enum(['reporter', 'staff']), body: z.string(), on: isoDateSchema, attachmentCount: z.number().int() }),
  ),
});
export type ReporterView = z.infer<typeof reporterViewSchema>;

// Staff side

export const tipPriorityReasons = ['imminent_departure', 'children', 'near_port', 'repeated', 'overdue'] as const;
export const tipPriorityReasonSchema = z.enum(tipPriorityReasons);

export const tipSummarySchema = z.object({
  id: uuidSchema,
  reference: z.string(),
  channel: tipChannelSchema,
  status: tipStatusSchema,
  outcome: tipOutcomeSchema.nullable(),
  receivedAt: z.string(),
  priority: z.number().int(),
  priorityReasons: z.array(tipPriorityReasonSchema),
  regionCode: z.string().nullable(),
  portId: z.string().nullable(),
  nearPortId: z.string().nullable(),
  imminentDeparture: z.boolean(),
  childrenInvolved: z.boolean(),
  agencyId: uuidSchema.nullable(),
  assigneeId: uuidSchema.nullable(),
  verifyDueAt: z.string(),
  actDueAt: z.string(),
  isOverdue: z.boolean(),
  escalatedAt: z.string().nullable(),
  groupId: uuidSchema.nullable(),
  caseId: uuidSchema.nullable(),
  hasContact: z.boolean(),
  hasReceipt: z.boolean(),
  unreadFromReporter: z.boolean(),
  version: z.number().int(),
});
export type TipSummary = z.infer<typeof tipSummarySchema>;

export const tipMessageSchema = z.object({
  id: uuidSchema,
  kind: z.enum(['reporter', 'reply', 'note']),
  body: z.string(),
  createdAt: z.string(),
  authorName: z.string().nullable(),
});
export const tipAttachmentSchema = z.object({
  id: uuidSchema,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  metadataRemoved: z.array(z.string()),
  createdAt: z.string(),
});

/** Names of the places a tip refers to (the region with its parents, smallest first). */
export const tipPlacesSchema = z.object({
  region: z.string().nullable(),
  port: z.string().nullable(),
  nearPort: z.string().nullable(),
});

export const tipDetailSchema = tipSummarySchema.extend({
  report: tipReportSchema.omit({ contact: true }),
  places: tipPlacesSchema,
  /** The assigned officer's display name. */
  assigneeName: z.string().nullable(),
  messages: z.array(tipMessageSchema),
  attachments: z.array(tipAttachmentSchema),
  groupTipIds: z.array(uuidSchema),
});
export type TipDetail = z.infer<typeof tipDetailSchema>;

export const tipListQuerySchema = z.strictObject({
  status: tipStatusSchema.optional(),
  open: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  assignedToMe: z.enum(['true', 'false']).optional(),
  caseId: uuidSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const tipListSchema = z.object({ items: z.array(tipSummarySchema) });

/** A tip taken by phone, WhatsApp, SMS, on paper or in person and entered by staff. */
export const staffTipRequestSchema = tipReportSchema.extend({
  channel: tipChannelSchema.exclude(['web']),
  /** Give the reporter a receipt code to follow up on the public page. */
  issueReceipt: z.boolean().default(false),
});
export const staffTipCreatedSchema = z.object({ tip: tipDetailSchema, receipt: z.string().nullable() });

/** Who a tip can be assigned to in an agency: its active staff who work tips, by name only. */
export const tipOfficersQuerySchema = z.strictObject({ agencyId: uuidSchema });
export const tipOfficerListSchema = z.object({ items: z.array(z.object({ id: uuidSchema, displayName: z.string() })) });

export const assignTipRequestSchema = z.strictObject({
  agencyId: uuidSchema,
  assigneeId: uuidSchema.nullable().default(null),
  version: z.number().int(),
});
export const tipTransitionRequestSchema = z.strictObject({
  to: tipStatusSchema,
  outcome: tipOutcomeSchema.optional(),
  reason: text(2000).min(3),
  version: z.number().int(),
});
export const tipMessageRequestSchema = z.strictObject({ kind: z.enum(['reply', 'note']), body: text(5000).min(1) });
export const groupTipRequestSchema = z.strictObject({ withTipId: uuidSchema, version: z.number().int() });
export const linkTipToCaseRequestSchema = z.strictObject({
  /** An existing case to attach the tip to; omitted: a new case is created from the tip. */
  caseId: uuidSchema.optional(),
  title: text(200).min(3).optional(),
  version: z.number().int(),
});
export const revealContactRequestSchema = z.strictObject({ reason: text(500).min(5) });
export const tipContactSchema = z.object({ contact: z.string() });
