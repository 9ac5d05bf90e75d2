import { z } from 'zod';
import { isoDateTimeSchema, localeSchema, localizedTextSchema, uuidSchema } from './common';

// Public information for prospective migrant workers (issue 9): content pages per language, the
// registry of licensed recruiters (P3MI), recruiters flagged as illegal, and the job-offer check.
// Public reads live under /api/public/info/…, administration under /api/public-info/….

const text = (max: number) => z.string().trim().min(1).max(max);

// ---- Content pages ---------------------------------------------------------------------------

export const infoContentSlugs = ['procedure', 'help'] as const;
export type InfoContentSlug = (typeof infoContentSlugs)[number];
export const infoContentSlugSchema = z.enum(infoContentSlugs);

export const procedureStepSchema = z.strictObject({
  title: text(200),
  what: text(2000),
  where: text(500),
  cost: text(500),
});
export const procedureDocumentSchema = z.strictObject({
  kind: z.literal('procedure'),
  title: text(200),
  intro: text(2000),
  steps: z.array(procedureStepSchema).min(1).max(30),
  zeroFee: z.strictObject({ title: text(200), intro: text(2000), jobs: z.array(text(200)).min(1).max(30) }),
  warnings: z.array(text(1000)).max(20),
});
export type ProcedureDocument = z.infer<typeof procedureDocumentSchema>;

export const hotlineSchema = z.strictObject({
  name: text(200),
  /** What to dial: digits, optionally with a leading +. */
  dial: z.string().regex(/^\+?[0-9]{3,15}$/),
  display: text(40),
  description: text(500),
  whatsapp: z.boolean(),
});
export const officeSchema = z.strictObject({
  name: text(200),
  address: text(500),
  description: text(1000),
  phone: z.string().regex(/^\+?[0-9]{3,15}$/).nullable(),
  lat: z.number().min(-11).max(8),
  lng: z.number().min(94).max(142),
});
export const helpDocumentSchema = z.strictObject({
  kind: z.literal('help'),
  title: text(200),
  intro: text(2000),
  hotlines: z.array(hotlineSchema).min(1).max(20),
  offices: z.array(officeSchema).max(30),
  reportIntro: text(1000),
});
export type HelpDocument = z.infer<typeof helpDocumentSchema>;

export const infoDocumentSchema = z.discriminatedUnion('kind', [procedureDocumentSchema, helpDocumentSchema]);
export type InfoDocument = z.infer<typeof infoDocumentSchema>;

export const infoContentParamsSchema = z.strictObject({ slug: infoContentSlugSchema });
export const infoContentLanguageParamsSchema = z.strictObject({ slug: infoContentSlugSchema, language: localeSchema });
export const publicLanguageQuerySchema = z.strictObject({ lang: localeSchema.default('id') });

/** What the public reads: the latest published version (version 0: the built-in text). */
export const publicInfoContentSchema = z.object({
  slug: infoContentSlugSchema,
  language: localeSchema,
  version: z.number().int().min(0),
  publishedAt: isoDateTimeSchema.nullable(),
  document: infoDocumentSchema,
});
export type PublicInfoContent = z.infer<typeof publicInfoContentSchema>;

export const saveInfoContentRequestSchema = z.strictObject({
  document: infoDocumentSchema,
  publish: z.boolean(),
  /** The version the editor started from (0 when there was none): a newer one answers VERSION_CONFLICT. */
  baseVersion: z.number().int().min(0),
});
export type SaveInfoContentRequest = z.infer<typeof saveInfoContentRequestSchema>;

export const contentVersionSchema = z.object({
  version: z.number().int().min(0),
  published: z.boolean(),
  createdAt: isoDateTimeSchema.nullable(),
  /** The staff member's display name. */
  createdByName: z.string().nullable(),
});
export const infoContentAdminSchema = z.object({
  slug: infoContentSlugSchema,
  language: localeSchema,
  /** The newest version, published or not (what an editor continues from). */
  latest: contentVersionSchema.extend({ document: infoDocumentSchema }),
  versions: z.array(contentVersionSchema),
});
export type InfoContentAdmin = z.infer<typeof infoContentAdminSchema>;

// ---- Recruiters (P3MI) -----------------------------------------------------------------------

export const licenceStatuses = ['active', 'suspended', 'revoked'] as const;
export type LicenceStatus = (typeof licenceStatuses)[number];

export const recruiterOfficeSchema = z.object({ kind: z.enum(['head', 'branch']), address: z.string() });
export const publicRecruiterSchema = z.object({
  name: z.string(),
  licenceNumber: z.string(),
  status: z.enum(licenceStatuses),
  offices: z.array(recruiterOfficeSchema),
});
export type PublicRecruiter = z.infer<typeof publicRecruiterSchema>;

export const publicRecruiterFlagSchema = z.object({
  name: z.string(),
  licenceNumber: z.string().nullable(),
  publicNote: z.string(),
  flaggedAt: isoDateTimeSchema,
});
export type PublicRecruiterFlag = z.infer<typeof publicRecruiterFlagSchema>;

export const recruiterSearchQuerySchema = z.strictObject({ q: z.string().trim().min(2).max(100) });
export const recruiterSearchResultSchema = z.object({
  list: z
    .object({ version: z.number().int(), loadedAt: isoDateTimeSchema, isSample: z.boolean() })
    .nullable(),
  items: z.array(publicRecruiterSchema),
  flagged: z.array(publicRecruiterFlagSchema),
});
export type RecruiterSearchResult = z.infer<typeof recruiterSearchResultSchema>;

export const uploadRecruiterListRequestSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(200).regex(/\.(csv|xlsx)$/i, 'a .csv or .xlsx file'),
  /** The file's bytes, base64 (lists are small: at most 4 MiB). */
  contentBase64: z.string().min(1).max(6_000_000),
  /** Marks a list made up for demonstrations; the public page says so. */
  isSample: z.boolean().default(false),
});
export type UploadRecruiterListRequest = z.infer<typeof uploadRecruiterListRequestSchema>;

export const recruiterListSchema = z.object({
  id: uuidSchema,
  version: z.number().int(),
  fileName: z.string(),
  rowCount: z.number().int(),
  isSample: z.boolean(),
  loadedAt: isoDateTimeSchema,
  loadedByName: z.string().nullable(),
});
export type RecruiterList = z.infer<typeof recruiterListSchema>;
export const recruiterListsSchema = z.object({ items: z.array(recruiterListSchema) });

export const recruiterFlagSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  licenceNumber: z.string().nullable(),
  publicNote: z.string(),
  reason: z.string(),
  caseNumber: z.string().nullable(),
  flaggedAt: isoDateTimeSchema,
  flaggedByName: z.string().nullable(),
  withdrawnAt: isoDateTimeSchema.nullable(),
  withdrawalReason: z.string().nullable(),
});
export type RecruiterFlag = z.infer<typeof recruiterFlagSchema>;
export const recruiterFlagsSchema = z.object({ items: z.array(recruiterFlagSchema) });

export const createRecruiterFlagRequestSchema = z.strictObject({
  name: text(300),
  licenceNumber: z.string().trim().min(1).max(100).nullable().default(null),
  /** Shown to the public, so worded with care (no personal data). */
  publicNote: text(1000),
  /** Why the decision was taken (staff only, in the audit log). */
  reason: text(2000),
  caseNumber: z.string().trim().min(1).max(100).nullable().default(null),
});
export type CreateRecruiterFlagRequest = z.infer<typeof createRecruiterFlagRequestSchema>;
export const withdrawRecruiterFlagRequestSchema = z.strictObject({ reason: text(2000) });

// ---- Job-offer check ---------------------------------------------------------------------------

export const jobCheckAnswers = ['yes', 'no', 'unsure'] as const;
export type JobCheckAnswer = (typeof jobCheckAnswers)[number];

export const jobCheckQuestionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  /** Where the rule comes from: an ILO forced-labour indicator (`ilo.*`) or an Indonesian red flag (`id.*`). */
  indicator: z.string().regex(/^(ilo|id)\.[a-z0-9-]{2,40}$/),
  text: localizedTextSchema,
  /** The answer that raises the flag. */
  flagWhen: z.enum(['yes', 'no']),
  severity: z.enum(['high', 'medium']),
  /** Why the answer is a warning sign, and what to do. */
  explanation: localizedTextSchema,
});
export type JobCheckQuestion = z.infer<typeof jobCheckQuestionSchema>;

export const jobCheckRulesSchema = z
  .strictObject({
    questions: z.array(jobCheckQuestionSchema).min(1).max(40),
    advice: z.strictObject({
      danger: localizedTextSchema,
      caution: localizedTextSchema,
      clear: localizedTextSchema,
    }),
    /** How many medium flags together make the verdict "danger". */
    mediumFlagsForDanger: z.number().int().min(1).max(40),
  })
  .refine((rules) => new Set(rules.questions.map((q) => q.id)).size === rules.questions.length, {
    message: 'question ids must be unique',
    path: ['questions'],
  });
export type JobCheckRules = z.infer<typeof jobCheckRulesSchema>;

export const publicJobCheckSchema = z.object({
  version: z.number().int().min(0),
  publishedAt: isoDateTimeSchema.nullable(),
  rules: jobCheckRulesSchema,
});
export type PublicJobCheck = z.infer<typeof publicJobCheckSchema>;

export const saveJobCheckRulesRequestSchema = z.strictObject({
  rules: jobCheckRulesSchema,
  publish: z.boolean(),
  baseVersion: z.number().int().min(0),
});
export type SaveJobCheckRulesRequest = z.infer<typeof saveJobCheckRulesRequestSchema>;
export const jobCheckAdminSchema = z.object({
  latest: contentVersionSchema.extend({ rules: jobCheckRulesSchema }),
  versions: z.array(contentVersionSchema),
});
export type JobCheckAdmin = z.infer<typeof jobCheckAdminSchema>;
