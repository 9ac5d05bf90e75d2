import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from './common';
import { personIdentitySchema } from './cases';
import { gender, personRole } from './codes/cases';
import { linkageEvidenceSchema } from './person-links';

/*
 * Person linkage review: the registry scored by the linkage engine (a background run), candidate
 * pairs waiting for a person's decision, and person groups (the source records confirmed to be one
 * human). Source person records are never changed by any of it. Method and thresholds: docs/LINKAGE.md.
 */

/** Pairs scored at or above this are proposed as the same person (still confirmed by a reviewer). */
export const proposeThreshold = 0.95;
/** Pairs scored from here up to `proposeThreshold` are uncertain: they wait for review. Below, they are not kept. */
export const reviewThreshold = 0.2;

export const pairBands = ['proposed', 'review'] as const;
export type PairBand = (typeof pairBands)[number];
/** `pending` waits for a decision; `confirmed` made the two records one person; `rejected`: two people. */
export const pairStatuses = ['pending', 'confirmed', 'rejected'] as const;
export type PairStatus = (typeof pairStatuses)[number];

export const bandOf = (probability: number): PairBand | null =>
  probability >= proposeThreshold ? 'proposed' : probability >= reviewThreshold ? 'review' : null;

const reason = z.string().trim().min(10).max(500);

// Runs

export const linkageRunStatuses = ['queued', 'running', 'done', 'failed'] as const;
export const linkageRunSchema = z.object({
  id: uuidSchema,
  status: z.enum(linkageRunStatuses),
  requestedAt: isoDateTimeSchema,
  startedAt: isoDateTimeSchema.nullable(),
  finishedAt: isoDateTimeSchema.nullable(),
  /** Person records scored, candidate pairs compared, pairs kept per band. */
  records: z.number().int().nullable(),
  candidatePairs: z.number().int().nullable(),
  proposed: z.number().int().nullable(),
  review: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type LinkageRun = z.infer<typeof linkageRunSchema>;
export const linkageRunsSchema = z.object({ runs: z.array(linkageRunSchema) });

// Records as a reviewer sees them

/** A case the record appears in. */
export const recordAppearanceSchema = z.object({
  caseId: uuidSchema,
  caseNumber: z.string(),
  casePersonId: uuidSchema,
  role: personRole.schema,
  pseudonym: z.string(),
});

/** Where the record came from: entered by hand, or a row of an agency import. */
export const recordProvenanceSchema = z.object({
  source: z.enum(['manual', 'import']),
  fileName: z.string().nullable(),
  row: z.number().int().nullable(),
});

/**
 * One source person record. `identity` is null for a protected person (victim, witness, reporter):
 * `masked` shows enough to compare (initials, the NIK's last four digits, the birth year) and the
 * identity is revealed with a reason, as on the case page.
 */
export const reviewRecordSchema = z.object({
  personId: uuidSchema,
  agencyName: z.string(),
  provenance: recordProvenanceSchema,
  recordedAt: isoDateTimeSchema,
  appearances: z.array(recordAppearanceSchema),
  identityProtected: z.boolean(),
  sex: gender.schema,
  birthYear: z.number().int().nullable(),
  originRegionCode: z.string().nullable(),
  /**
   * The origin region in words, the unit first and the units above it after ("Batam Kota, Kota
   * Batam, Kepulauan Riau"), as the case page shows it; null without a code or for a code not in
   * the regions table. Region names are official Indonesian names, the same in every language.
   */
  originRegionName: z.string().nullable(),
  identity: personIdentitySchema.nullable(),
  masked: z.object({
    fullName: z.string().nullable(),
    birthDate: z.string().nullable(),
    nik: z.string().nullable(),
    passportNumber: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  groupId: uuidSchema.nullable(),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

// Pairs

export const reviewPairSchema = z.object({
  id: uuidSchema,
  probability: z.number().min(0).max(1),
  band: z.enum(pairBands),
  status: z.enum(pairStatuses),
  /** Per field, the engine's comparison level and its weight in bits (why it thinks they match). */
  evidence: z.array(linkageEvidenceSchema),
  /** The prior, in bits: the weights and the prior add up to the probability's log-odds. */
  priorWeight: z.number(),
  scoredAt: isoDateTimeSchema,
  /**
   * The latest skip of the pending pair (a reviewer's "not now", no decision): when and by whom
   * (display name). Skipped pairs come after the others in the queue, oldest skip first.
   */
  skipped: z.object({ at: isoDateTimeSchema, by: z.string().nullable() }).nullable(),
  left: reviewRecordSchema,
  right: reviewRecordSchema,
});
export type ReviewPair = z.infer<typeof reviewPairSchema>;

/** The queue: pairs not skipped (most likely first), then skipped ones (oldest skip first). */
export const reviewQueueQuerySchema = z.strictObject({
  band: z.enum([...pairBands, 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
export const reviewQueueSchema = z.object({
  items: z.array(reviewPairSchema),
  /** Pending pairs the reviewer may see, per band. */
  counts: z.object({ proposed: z.number().int(), review: z.number().int() }),
});
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

export const pairDecisionRequestSchema = z.strictObject({
  decision: z.enum(['confirm', 'reject']),
  reason,
});
export type PairDecisionRequest = z.infer<typeof pairDecisionRequestSchema>;

export const revealRecordsRequestSchema = z.strictObject({ reason });
/** Identities revealed, by person id (every record of the pair or group the reviewer may reveal). */
export const revealedIdentitiesSchema = z.object({ identities: z.record(z.string(), personIdentitySchema) });
export type RevealedIdentities = z.infer<typeof revealedIdentitiesSchema>;

// Groups

/** Every kind of linkage decision; a group lists its confirmations and detaches. */
export const decisionKinds = ['confirm', 'reject', 'unmerge', 'detach', 'reattach'] as const;
export const groupDecisionSchema = z.object({
  id: uuidSchema,
  /** `confirm`: two records made one person; `detach`: a record taken out of the person (left = right = that record). */
  kind: z.enum(['confirm', 'detach']),
  /** `review`: the review queue; `entry`: linked while a person was entered. */
  source: z.enum(['review', 'entry']),
  leftPersonId: uuidSchema,
  rightPersonId: uuidSchema,
  reason: z.string(),
  decidedAt: isoDateTimeSchema,
  decidedBy: z.string().nullable(),
  undone: z.boolean(),
  /**
   * Whether the reader may undo it now (un-merge a confirmation, re-attach a detached record):
   * only the latest change of the person still in effect, by a reader shown the records involved.
   */
  canUndo: z.boolean(),
});
export type GroupDecision = z.infer<typeof groupDecisionSchema>;

export const personGroupSchema = z.object({
  id: uuidSchema,
  createdAt: isoDateTimeSchema,
  /** The source records of this person that the reader may see (others are not listed). */
  records: z.array(reviewRecordSchema),
  /** Records detached from this person by a detach still in effect, that the reader may see. */
  detached: z.array(reviewRecordSchema),
  /** The reader is shown every record of the person and it has three or more: any one may be detached. */
  canDetach: z.boolean(),
  decisions: z.array(groupDecisionSchema),
});
export type PersonGroup = z.infer<typeof personGroupSchema>;

export const unmergeRequestSchema = z.strictObject({ decisionId: uuidSchema, reason });
export type UnmergeRequest = z.infer<typeof unmergeRequestSchema>;
/** Takes one source record out of the person; the other records stay one person. */
export const detachRequestSchema = z.strictObject({ personId: uuidSchema, reason });
export type DetachRequest = z.infer<typeof detachRequestSchema>;
/** Undoes a detach (the decision id of the detach). */
export const reattachRequestSchema = unmergeRequestSchema;

/** From the add-person dialog: the person just entered is the suggested one. */
export const samePersonRequestSchema = z.strictObject({ personId: uuidSchema, reason });
export type SamePersonRequest = z.infer<typeof samePersonRequestSchema>;
export const samePersonResultSchema = z.object({ groupId: uuidSchema });
