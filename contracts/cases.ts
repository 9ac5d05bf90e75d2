import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, pageOf, uuidSchema } from './common';
import { countrySchema } from './agencies';
import {
  caseStatus,
  discoveryChannel,
  documentIssue,
  documentType,
  exploitationType,
  gender,
  isicSection,
  legalBasis,
  meansOfControl,
  perpetratorRole,
  personRole,
  placeKind,
  recruitmentApp,
  recruitmentMethod,
  relationshipToTrafficker,
  routeEventType,
  sensitivity,
  sexExploitationType,
  statusDecisionOrg,
  traffickingStatus,
  transportMode,
} from './codes/cases';

export type CaseStatus = (typeof caseStatus.codes)[number];
export type PersonRole = (typeof personRole.codes)[number];

/**
 * The case workflow: from each status, the statuses a case may move to (always with a reason).
 * Closed cases can be reopened to `verified` when new facts appear.
 */
export const caseWorkflow: Record<CaseStatus, readonly CaseStatus[]> = {
  reported: ['verified', 'closed', 'closed_referred'],
  verified: ['investigation', 'closed', 'closed_referred'],
  investigation: ['prosecution', 'closed', 'closed_referred'],
  prosecution: ['court_decision', 'closed_referred'],
  court_decision: ['closed'],
  closed: ['verified'],
  closed_referred: ['verified'],
};

/** Roles whose identity is protected (UU 21/2007: confidentiality of victims and reporters). */
export const protectedRoles: readonly PersonRole[] = ['victim', 'witness', 'reporter'];

/** `TPPO/KEPRI/2026/0042`: unique per year, assigned by the server. */
export const caseNumberPattern = /^TPPO\/KEPRI\/\d{4}\/\d{4,}$/;

const text = (max: number) => z.string().trim().max(max);
/** A Kemendagri region code such as `21`, `21.71`, `21.71.10` or `21.71.10.1003`. */
export const regionCodeSchema = z
  .string()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'Kemendagri region code');

// Cases

const caseFields = {
  title: text(200).min(3),
  summary: text(10_000).default(''),
  reportedOn: isoDateSchema,
  reportedRegionCode: regionCodeSchema.nullable().default(null),
  reportedPortId: z.string().max(40).nullable().default(null),
  discoveryChannel: discoveryChannel.schema,
  leadOfficerId: uuidSchema.nullable().default(null),
  sensitivity: sensitivity.schema.default('standard'),
  legalBasis: z.array(legalBasis.schema).max(20).default([]),
};

export const createCaseRequestSchema = z.strictObject(caseFields);
export type CreateCaseRequest = z.infer<typeof createCaseRequestSchema>;

export const updateCaseRequestSchema = z
  .strictObject({
    title: caseFields.title,
    summary: text(10_000),
    reportedOn: isoDateSchema,
    reportedRegionCode: regionCodeSchema.nullable(),
    reportedPortId: z.string().max(40).nullable(),
    discoveryChannel: discoveryChannel.schema,
    leadOfficerId: uuidSchema.nullable(),
    sensitivity: sensitivity.schema,
    legalBasis: z.array(legalBasis.schema).max(20),
  })
  .partial()
  .extend({ version: z.number().int() });
export type UpdateCaseRequest = z.infer<typeof updateCaseRequestSchema>;

export const transitionRequestSchema = z.strictObject({
  to: caseStatus.schema,
  reason: text(2000).min(3),
  version: z.number().int(),
});

/** How the caller may use a case: own it, contribute to it, read it, or see it as coordinator. */
export const caseAccessSchema = z.enum(['owner', 'contribute', 'read', 'coordinator']);

export const caseSummarySchema = z.object({
  id: uuidSchema,
  number: z.string(),
  title: z.string(),
  status: caseStatus.schema,
  sensitivity: sensitivity.schema,
  reportedOn: isoDateSchema,
  discoveryChannel: discoveryChannel.schema,
  owningAgency: z.object({ id: uuidSchema, name: z.string() }),
  victimCount: z.number().int(),
  suspectCount: z.number().int(),
  exploitationTypes: z.array(exploitationType.schema),
  updatedAt: isoDateTimeSchema,
  access: caseAccessSchema,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

// People

export const documentProblemSchema = z.strictObject({
  type: documentType.schema,
  issue: documentIssue.schema,
});

export const victimContextSchema = z.strictObject({
  traffickingStatus: traffickingStatus.schema.default('possible'),
  statusDecidedBy: statusDecisionOrg.schema.nullable().default(null),
  meansOfControl: z.array(meansOfControl.schema).max(20).default([]),
  exploitationTypes: z.array(exploitationType.schema).max(12).default([]),
  forcedLabourIndustry: isicSection.schema.nullable().default(null),
  sexExploitationTypes: z.array(sexExploitationType.schema).max(4).default([]),
  recruitmentMethods: z.array(recruitmentMethod.schema).max(10).default([]),
  recruitmentApps: z.array(recruitmentApp.schema).max(10).default([]),
  relationshipToTrafficker: relationshipToTrafficker.schema.nullable().default(null),
  ageWhenTrafficked: z.number().int().min(0).max(120).nullable().default(null),
  documents: z.array(documentProblemSchema).max(12).default([]),
});
export type VictimContext = z.infer<typeof victimContextSchema>;

export const suspectContextSchema = z.strictObject({
  roles: z.array(perpetratorRole.schema).min(1).max(11),
  roleDetails: text(2000).default(''),
});
export type SuspectContext = z.infer<typeof suspectContextSchema>;

/** 16 digits; its structure is checked and reported as warnings, never refused (field data is messy). */
export const nikSchema = z
  .string()
  .trim()
  .regex(/^\d{16}$/, 'NIK has 16 digits');

const personFields = {
  fullName: text(200).nullable().default(null),
  aliases: z.array(text(200).min(1)).max(20).default([]),
  sex: gender.schema.default('unknown'),
  birthDate: isoDateSchema.nullable().default(null),
  estimatedAge: z.number().int().min(0).max(120).nullable().default(null),
  nik: nikSchema.nullable().default(null),
  passportNumber: text(20).min(5).nullable().default(null),
  passportCountry: countrySchema.nullable().default(null),
  citizenship: z.array(countrySchema).max(3).default([]),
  originRegionCode: regionCodeSchema.nullable().default(null),
  phone: text(40).nullable().default(null),
  address: text(500).nullable().default(null),
  notes: text(5000).default(''),
};

export const addPersonRequestSchema = z
  .strictObject({
    role: personRole.schema,
    ...personFields,
    victim: victimContextSchema.nullable().default(null),
    suspect: suspectContextSchema.nullable().default(null),
  })
  .superRefine((p, ctx) => {
    if (!p.fullName && p.aliases.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['fullName'], message: 'Give a name or at least one alias' });
    }
    if (p.role === 'victim' && !p.victim)
      ctx.addIssue({ code: 'custom', path: ['victim'], message: 'Victim details are required' });
    if (p.role !== 'victim' && p.victim)
      ctx.addIssue({ code: 'custom', path: ['victim'], message: 'Only for victims' });
    if (p.role === 'suspect' && !p.suspect)
      ctx.addIssue({ code: 'custom', path: ['suspect'], message: 'Suspect details are required' });
    if (p.role !== 'suspect' && p.suspect)
      ctx.addIssue({ code: 'custom', path: ['suspect'], message: 'Only for suspects' });
  });
export type AddPersonRequest = z.infer<typeof addPersonRequestSchema>;

export const updatePersonRequestSchema = z
  .strictObject({
    fullName: text(200).nullable(),
    aliases: z.array(text(200).min(1)).max(20),
    sex: gender.schema,
    birthDate: isoDateSchema.nullable(),
    estimatedAge: z.number().int().min(0).max(120).nullable(),
    nik: nikSchema.nullable(),
    passportNumber: text(20).min(5).nullable(),
    passportCountry: countrySchema.nullable(),
    citizenship: z.array(countrySchema).max(3),
    originRegionCode: regionCodeSchema.nullable(),
    phone: text(40).nullable(),
    address: text(500).nullable(),
    notes: text(5000),
    victim: victimContextSchema,
    suspect: suspectContextSchema,
  })
  .partial()
  .extend({ version: z.number().int() });
export type UpdatePersonRequest = z.infer<typeof updatePersonRequestSchema>;

/** Warnings about a NIK's structure (it is kept as entered). */
export const nikWarningSchema = z.enum([
  'unknown-region',
  'invalid-birth-date',
  'birth-date-mismatch',
  'sex-mismatch',
]);
export type NikWarning = z.infer<typeof nikWarningSchema>;

/**
 * Where a case or person came from when an agency import wrote it ("imported from <file>, row N,
 * by <agency> on <date>"); null for records entered by hand. Never carries identity: the name as
 * written in the file stays on the server.
 */
export const importProvenanceSchema = z.object({
  agency: z.object({ id: uuidSchema, name: z.string() }),
  importId: uuidSchema,
  fileName: z.string(),
  /** The row of the file (1-based as in a spreadsheet, the header being row 1). */
  row: z.number().int(),
  /** The agency's own case reference (on a case). */
  caseRef: z.string().nullable(),
  importedAt: isoDateTimeSchema,
});
export type ImportProvenance = z.infer<typeof importProvenanceSchema>;

/** Identity fields: hidden unless the caller may see identity and has stated a reason. */
export const personIdentitySchema = z.object({
  fullName: z.string().nullable(),
  aliases: z.array(z.string()),
  birthDate: isoDateSchema.nullable(),
  nik: z.string().nullable(),
  passportNumber: z.string().nullable(),
  passportCountry: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});
export type PersonIdentity = z.infer<typeof personIdentitySchema>;

export const casePersonSchema = z.object({
  id: uuidSchema,
  personId: uuidSchema,
  role: personRole.schema,
  /**
   * A stable, language-neutral stand-in for the person: `<role>-<ordinal>-<short id>`, e.g.
   * `victim-2-7F3A` (the second victim added to the case; the first four hex digits of the person
   * id, upper case). The client renders it in the user's language, e.g. "Korban 2 · K-7F3A".
   * Given for everyone, protected or not.
   */
  pseudonym: z.string(),
  identityProtected: z.boolean(),
  /** Null when protected; reveal through the identity endpoint with a reason. */
  identity: personIdentitySchema.nullable(),
  sex: gender.schema,
  birthYear: z.number().int().nullable(),
  estimatedAge: z.number().int().nullable(),
  citizenship: z.array(z.string()),
  originRegionCode: z.string().nullable(),
  nikWarnings: z.array(nikWarningSchema),
  notes: z.string(),
  victim: victimContextSchema.nullable(),
  suspect: suspectContextSchema.nullable(),
  /** Set when the person was written by an agency import. */
  provenance: importProvenanceSchema.nullable(),
  version: z.number().int(),
});
export type CasePerson = z.infer<typeof casePersonSchema>;

export const revealIdentityRequestSchema = z.strictObject({ reason: text(500).min(10) });

// Route

const routeEventFields = z.strictObject({
  type: routeEventType.schema,
  occurredOn: isoDateSchema.nullable().default(null),
  placeKind: placeKind.schema,
  regionCode: regionCodeSchema.nullable().default(null),
  portId: z.string().max(40).nullable().default(null),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
  placeName: text(200).nullable().default(null),
  country: countrySchema.nullable().default(null),
  transport: transportMode.schema.nullable().default(null),
  description: text(2000).default(''),
  casePersonId: uuidSchema.nullable().default(null),
});

/** Each kind of place needs its own field: a region, a port, a map point or a country. */
function requirePlace<T extends z.infer<typeof routeEventFields>>(r: T, ctx: z.core.$RefinementCtx<T>): void {
  const need = (field: 'regionCode' | 'portId' | 'lat' | 'lng' | 'country', message: string) => {
    if (r[field] === null) ctx.addIssue({ code: 'custom', path: [field], message });
  };
  switch (r.placeKind) {
    case 'region':
      need('regionCode', 'Choose the region');
      break;
    case 'port':
      need('portId', 'Choose the port');
      break;
    case 'unofficial_landing':
      need('lat', 'Mark the landing on the map');
      need('lng', 'Mark the landing on the map');
      break;
    case 'abroad':
      need('country', 'Choose the country');
      break;
  }
}

export const routeEventRequestSchema = routeEventFields.superRefine(requirePlace);
export type RouteEventRequest = z.infer<typeof routeEventRequestSchema>;

/** A correction sends the whole step and the version it was read at (a concurrent edit is refused). */
export const routeEventUpdateSchema = routeEventFields
  .extend({ version: z.number().int().positive() })
  .superRefine(requirePlace);
export type RouteEventUpdate = z.infer<typeof routeEventUpdateSchema>;

export const routeEventSchema = z.object({
  id: uuidSchema,
  version: z.number().int(),
  position: z.number().int(),
  type: routeEventType.schema,
  occurredOn: isoDateSchema.nullable(),
  placeKind: placeKind.schema,
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  portId: z.string().nullable(),
  portName: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  placeName: z.string().nullable(),
  country: z.string().nullable(),
  transport: transportMode.schema.nullable(),
  description: z.string(),
  casePersonId: uuidSchema.nullable(),
});
export type RouteEvent = z.infer<typeof routeEventSchema>;

// Sharing, comments, attachments, history

export const shareRequestSchema = z.strictObject({
  agencyId: uuidSchema,
  access: z.enum(['read', 'contribute']),
  reason: text(1000).min(3),
  expiresAt: isoDateTimeSchema.nullable().default(null),
});

export const revokeShareRequestSchema = z.strictObject({ reason: text(1000).min(3) });

export const caseShareSchema = z.object({
  id: uuidSchema,
  agency: z.object({ id: uuidSchema, name: z.string() }),
  access: z.enum(['read', 'contribute']),
  reason: z.string(),
  expiresAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
  createdBy: z.string(),
  revokedAt: isoDateTimeSchema.nullable(),
});

export const commentRequestSchema = z.strictObject({ body: text(10_000).min(1) });
export const caseCommentSchema = z.object({
  id: uuidSchema,
  body: z.string(),
  author: z.object({ id: uuidSchema, name: z.string(), agencyName: z.string() }),
  createdAt: isoDateTimeSchema,
});

/** Attachments: these types only, at most 10 MiB, checked against the file's own bytes. */
export const attachmentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export const maxAttachmentBytes = 10 * 1024 * 1024;
export const caseAttachmentSchema = z.object({
  id: uuidSchema,
  fileName: z.string(),
  mediaType: z.enum(attachmentMediaTypes),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  casePersonId: uuidSchema.nullable(),
  /**
   * Photos and documents of a protected person are identity: listed, but only fetched with a reason.
   * Their file name is replaced at upload by the person's pseudonym (a name such as "KTP Siti.jpg"
   * would give the identity away).
   */
  isIdentity: z.boolean(),
  createdAt: isoDateTimeSchema,
  createdBy: z.string(),
});

export const statusChangeSchema = z.object({
  from: caseStatus.schema.nullable(),
  to: caseStatus.schema,
  reason: z.string(),
  changedAt: isoDateTimeSchema,
  changedBy: z.string(),
});

/** One version of a case: what changed, who changed it, when. Identity values are masked unless revealed. */
export const caseHistoryEntrySchema = z.object({
  version: z.number().int(),
  action: z.string(),
  entityType: z.enum(['case', 'person', 'route', 'share', 'comment', 'attachment', 'status']),
  entityId: z.string(),
  /** `masked`: an identity field of a protected person; the change is shown, its values are null. */
  changes: z.array(
    z.object({ field: z.string(), before: z.unknown(), after: z.unknown(), masked: z.boolean().optional() }),
  ),
  changedAt: isoDateTimeSchema,
  changedBy: z.string(),
  agencyName: z.string(),
});
export const caseHistorySchema = z.object({ items: z.array(caseHistoryEntrySchema) });

export const casePersonParamsSchema = z.strictObject({ id: uuidSchema, casePersonId: uuidSchema });
export const routeEventParamsSchema = z.strictObject({ id: uuidSchema, eventId: uuidSchema });
export const shareParamsSchema = z.strictObject({ id: uuidSchema, shareId: uuidSchema });
export const attachmentParamsSchema = z.strictObject({ id: uuidSchema, attachmentId: uuidSchema });

/** The whole route in its new order: every event id of the case, each once. */
export const routeOrderRequestSchema = z.strictObject({ ids: z.array(uuidSchema).max(500) });
export const routeSchema = z.object({ items: z.array(routeEventSchema) });

export const caseCommentListSchema = z.object({ items: z.array(caseCommentSchema) });
export const caseAttachmentListSchema = z.object({ items: z.array(caseAttachmentSchema) });
/** The form fields sent with an attachment upload (multipart), besides the one file. */
export const attachmentUploadFieldsSchema = z.strictObject({ casePersonId: uuidSchema.optional() });

export const caseDetailSchema = caseSummarySchema.extend({
  summary: z.string(),
  reportedRegionCode: z.string().nullable(),
  reportedPortId: z.string().nullable(),
  leadOfficer: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  legalBasis: z.array(legalBasis.schema),
  allowedTransitions: z.array(caseStatus.schema),
  people: z.array(casePersonSchema),
  route: z.array(routeEventSchema),
  shares: z.array(caseShareSchema),
  statusHistory: z.array(statusChangeSchema),
  canEdit: z.boolean(),
  canShare: z.boolean(),
  /** Set when the case was written by an agency import. */
  provenance: importProvenanceSchema.nullable(),
  createdAt: isoDateTimeSchema,
  version: z.number().int(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

// Finding cases

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(20));

export const caseListQuerySchema = z.strictObject({
  status: csv(caseStatus.schema).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  portId: z.string().max(40).optional(),
  recruitmentMethod: recruitmentMethod.schema.optional(),
  meansOfControl: meansOfControl.schema.optional(),
  exploitationType: exploitationType.schema.optional(),
  agencyId: uuidSchema.optional(),
  sensitivity: sensitivity.schema.optional(),
  /** Words from the title, summary or number, and names (fuzzy: "Muhamad Rizki" finds "Muhammad Rizky"). */
  q: z.string().trim().min(2).max(200).optional(),
  sort: z.enum(['reported_desc', 'reported_asc', 'updated_desc', 'number_asc']).default('reported_desc'),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;
export const caseListSchema = pageOf(caseSummarySchema);

export const savedFilterRequestSchema = z.strictObject({
  name: text(100).min(1),
  query: caseListQuerySchema.omit({ cursor: true, limit: true }),
});
export const savedFilterSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  query: z.record(z.string(), z.unknown()),
  createdAt: isoDateTimeSchema,
});
export const savedFilterListSchema = z.object({ items: z.array(savedFilterSchema) });

export const exportFormats = ['csv', 'xlsx', 'json', 'htcds'] as const;
export const caseExportQuerySchema = caseListQuerySchema
  .omit({ cursor: true, limit: true, sort: true })
  .extend({
    format: z.enum(exportFormats),
    /** Identity columns, only with the identity permission and a reason (audited). */
    includeIdentity: z.enum(['true', 'false']).default('false'),
    reason: z.string().trim().min(10).max(500).optional(),
  });
export type CaseExportQuery = z.infer<typeof caseExportQuerySchema>;

// Statistics

/** Counts below this are not published (Polaris, CTDC practice): a small group can identify people. */
export const minimumCellSize = 3;

/** A published count: null with `suppressed` when it (or its complement) is below the minimum cell size. */
export const statisticCellSchema = z.object({ count: z.number().int().nullable(), suppressed: z.boolean() });
export type StatisticCell = z.infer<typeof statisticCellSchema>;

export const caseStatisticsQuerySchema = z.strictObject({});

/** Aggregates over every case (analysts' right), never case-level data. */
export const caseStatisticsSchema = z.object({
  minimumCellSize: z.number().int(),
  cases: statisticCellSchema,
  victims: statisticCellSchema,
  byStatus: z.array(statisticCellSchema.extend({ code: caseStatus.schema })),
  byYear: z.array(statisticCellSchema.extend({ year: z.number().int() })),
  byDiscoveryChannel: z.array(statisticCellSchema.extend({ code: discoveryChannel.schema })),
  /** A case counts once under each type any of its victims suffered, so these do not add up to `cases`. */
  byExploitationType: z.array(statisticCellSchema.extend({ code: exploitationType.schema })),
  victimsBySex: z.array(statisticCellSchema.extend({ code: gender.schema })),
});
export type CaseStatistics = z.infer<typeof caseStatisticsSchema>;
