import { z } from 'zod';
import { attachmentMediaTypes, maxAttachmentBytes } from './cases';
import { isoDateSchema, isoDateTimeSchema, uuidSchema } from './common';

/**
 * Task force and forum follow-up: the bodies (SOSEK MALINDO, its Kepri–Johor working group, the
 * Gugus Tugas PP-TPPO of Perpres 49/2023 at provincial and kabupaten/kota level, the cross-border
 * TPPO task force), their meetings, decisions and the action items that follow them up.
 */
export const bodyKinds = ['forum', 'working_group', 'provincial_task_force', 'district_task_force', 'cross_border_task_force'] as const;
export type BodyKind = (typeof bodyKinds)[number];
export const memberRoles = ['chair', 'secretariat', 'member'] as const;
export const actionItemStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];
/** Statuses that end an action item: it is no longer carried over nor overdue. */
export const closedActionItemStatuses: readonly ActionItemStatus[] = ['done', 'dropped'];

/**
 * The agenda template: every meeting opens, reviews TPPO as a standing item, follows up the open
 * action items carried over from earlier meetings, takes its own topics, then other business.
 */
export const agendaItemKinds = ['opening', 'standing_tppo', 'carried_over', 'topic', 'other_business'] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const memberSchema = z.object({
  agencyId: uuidSchema,
  agencyCode: z.string(),
  agencyName: z.string(),
  country: z.string(),
  role: z.enum(memberRoles),
  representativeName: z.string().nullable(),
  representativeTitle: z.string().nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export const bodySchema = z.object({
  id: uuidSchema,
  code: z.string(),
  kind: z.enum(bodyKinds),
  name: z.string(),
  parentId: uuidSchema.nullable(),
  regionCode: z.string().nullable(),
  members: z.array(memberSchema),
});
export type Body = z.infer<typeof bodySchema>;
export const bodyListSchema = z.object({ items: z.array(bodySchema) });

export const memberRequestSchema = z.strictObject({
  role: z.enum(memberRoles).default('member'),
  representativeName: text(200).nullable().default(null),
  representativeTitle: text(200).nullable().default(null),
});
export type MemberRequest = z.input<typeof memberRequestSchema>;
export const bodyMemberParamsSchema = z.strictObject({ id: uuidSchema, agencyId: uuidSchema });

export const participantSchema = z.object({
  agencyId: uuidSchema.nullable(),
  name: text(200),
  title: z.string().trim().max(200).default(''),
});
export type Participant = z.infer<typeof participantSchema>;

export const agendaItemSchema = z.object({
  kind: z.enum(agendaItemKinds),
  /** The topic's own title; empty for template items (the client names them in its language). */
  title: z.string(),
  actionItemId: uuidSchema.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const actionItemSchema = z.object({
  id: uuidSchema,
  bodyId: uuidSchema,
  meetingId: uuidSchema,
  decisionId: uuidSchema,
  title: z.string(),
  ownerAgencyId: uuidSchema,
  ownerAgencyName: z.string(),
  ownerPerson: z.string(),
  dueOn: isoDateSchema,
  status: z.enum(actionItemStatuses),
  evidence: z.string(),
  closedAt: isoDateTimeSchema.nullable(),
  caseIds: z.array(uuidSchema),
  isOverdue: z.boolean(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type ActionItem = z.infer<typeof actionItemSchema>;
export const actionItemListSchema = z.object({ items: z.array(actionItemSchema) });
export const actionItemListQuerySchema = z.strictObject({
  bodyId: uuidSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

export const decisionSchema = z.object({
  id: uuidSchema,
  meetingId: uuidSchema,
  textId: z.string(),
  textMs: z.string(),
  textEn: z.string(),
  createdAt: isoDateTimeSchema,
});
export type Decision = z.infer<typeof decisionSchema>;
/** A decision in Bahasa Indonesia and Bahasa Malaysia (both required) and English. */
export const decisionRequestSchema = z.strictObject({
  textId: text(4000),
  textMs: text(4000),
  textEn: z.string().trim().max(4000).default(''),
});

const meetingFields = {
  title: text(300),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema.nullable().default(null),
  place: text(300).nullable().default(null),
  onlineUrl: z.url({ protocol: /^https$/ }).max(500).nullable().default(null),
};

/** A new meeting, its agenda built from the template with the body's carried-over items. */
export const meetingRequestSchema = z
  .strictObject({
    bodyId: uuidSchema,
    ...meetingFields,
    participants: z.array(participantSchema).max(200).default([]),
    topics: z.array(text(300)).max(30).default([]),
  })
  .refine((m) => m.place !== null || m.onlineUrl !== null, { path: ['place'], message: 'A meeting needs a place or an online link' })
  .refine((m) => m.endsAt === null || m.endsAt > m.startsAt, { path: ['endsAt'], message: 'The end must come after the start' });
export type MeetingRequest = z.input<typeof meetingRequestSchema>;

export const meetingUpdateSchema = z.strictObject({
  version: z.number().int().positive(),
  minutes: z.string().max(100_000).optional(),
  participants: z.array(participantSchema).max(200).optional(),
});

export const meetingSummarySchema = z.object({
  id: uuidSchema,
  bodyId: uuidSchema,
  bodyName: z.string(),
  title: z.string(),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema.nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
});
export const meetingListSchema = z.object({ items: z.array(meetingSummarySchema) });
export const meetingListQuerySchema = z.strictObject({ bodyId: uuidSchema.optional() });

export const meetingSchema = meetingSummarySchema.extend({
  participants: z.array(participantSchema),
  topics: z.array(z.string()),
  agenda: z.array(agendaItemSchema),
  minutes: z.string(),
  decisions: z.array(decisionSchema),
  /** Action items decided at this meeting. */
  actionItems: z.array(actionItemSchema),
  /** Open action items of earlier meetings of the body, followed up at this one. */
  carriedOver: z.array(actionItemSchema),
  version: z.number().int(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/**
 * Files of a meeting (invitation, presentations, signed minutes): the same types and size limit as
 * case files (PDF, JPEG, PNG, WebP; 10 MiB), checked against the file's own bytes; a meeting holds
 * at most `maxMeetingAttachments`. Readers of the meeting (a liaison only for bodies their agency
 * belongs to) list and download them; the coordinator adds and deletes them.
 */
export const meetingAttachmentMediaTypes = attachmentMediaTypes;
export const maxMeetingAttachmentBytes = maxAttachmentBytes;
export const maxMeetingAttachments = 20;
export const meetingAttachmentSchema = z.object({
  id: uuidSchema,
  fileName: z.string(),
  mediaType: z.enum(meetingAttachmentMediaTypes),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: isoDateTimeSchema,
  createdBy: z.string(),
});
export type MeetingAttachment = z.infer<typeof meetingAttachmentSchema>;
export const meetingAttachmentListSchema = z.object({ items: z.array(meetingAttachmentSchema) });
export const meetingAttachmentParamsSchema = z.strictObject({ id: uuidSchema, attachmentId: uuidSchema });

export const actionItemRequestSchema = z.strictObject({
  title: text(1000),
  ownerAgencyId: uuidSchema,
  ownerPerson: text(200),
  dueOn: isoDateSchema,
  caseIds: z.array(uuidSchema).max(50).default([]),
});
export type ActionItemRequest = z.input<typeof actionItemRequestSchema>;

/** A change to an action item; marking it done needs the evidence of completion. */
export const actionItemUpdateSchema = z.strictObject({
  version: z.number().int().positive(),
  status: z.enum(actionItemStatuses).optional(),
  evidence: z.string().trim().max(4000).optional(),
  ownerPerson: text(200).optional(),
  dueOn: isoDateSchema.optional(),
  caseIds: z.array(uuidSchema).max(50).optional(),
});
export type ActionItemUpdate = z.infer<typeof actionItemUpdateSchema>;

/** The steps of the TPPO process the responsibility matrix assigns, in process order. */
export const processSteps = [
  'awareness_in_villages',
  'detection_at_official_ports',
  'interception_at_unofficial_landings',
  'investigation',
  'victim_identification',
  'shelter',
  'repatriation_from_malaysia',
  'prosecution',
  'reintegration',
  'data_collection',
] as const;
export type ProcessStep = (typeof processSteps)[number];
/** Responsible, Accountable, Consulted, Informed. */
export const raciRoles = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof raciRoles)[number];
export const matrixConflictKinds = ['multiple_accountable', 'no_accountable', 'no_responsible'] as const;

export const assignmentSchema = z.object({ step: z.enum(processSteps), agencyId: uuidSchema, role: z.enum(raciRoles) });
export type Assignment = z.infer<typeof assignmentSchema>;
export const matrixConflictSchema = z.object({ step: z.enum(processSteps), kind: z.enum(matrixConflictKinds), agencyIds: z.array(uuidSchema) });
export type MatrixConflict = z.infer<typeof matrixConflictSchema>;

export const matrixSchema = z.object({
  /** 0 before the first version is saved. */
  version: z.number().int(),
  reason: z.string(),
  changedByName: z.string().nullable(),
  changedAt: isoDateTimeSchema.nullable(),
  assignments: z.array(assignmentSchema.extend({ agencyName: z.string() })),
  conflicts: z.array(matrixConflictSchema),
});
export type Matrix = z.infer<typeof matrixSchema>;
export const matrixQuerySchema = z.strictObject({ version: z.coerce.number().int().positive().optional() });

/** A new version of the whole matrix, saved over `baseVersion` (the one the editor started from). */
export const matrixRequestSchema = z.strictObject({
  baseVersion: z.number().int().min(0),
  reason: text(1000),
  assignments: z.array(assignmentSchema).max(400),
});
export type MatrixRequest = z.infer<typeof matrixRequestSchema>;

export const matrixVersionListSchema = z.object({
  items: z.array(z.object({ version: z.number().int(), reason: z.string(), changedByName: z.string().nullable(), changedAt: isoDateTimeSchema, conflicts: z.number().int() })),
});

/**
 * The TPPO process step a case is at, for showing who is responsible for it: reported and verified
 * cases are at the step where they came to light (a port check, a patrol at an unofficial landing,
 * deportee screening; otherwise victim identification), then investigation and prosecution. A
 * closed case is at no step.
 */
export function processStepOfCase(status: string, discoveryChannel: string): ProcessStep | null {
  switch (status) {
    case 'reported':
    case 'verified':
      if (discoveryChannel === 'port_check') return 'detection_at_official_ports';
      if (discoveryChannel === 'patrol') return 'interception_at_unofficial_landings';
      if (discoveryChannel === 'deportee_screening') return 'repatriation_from_malaysia';
      return 'victim_identification';
    case 'investigation':
      return 'investigation';
    case 'prosecution':
    case 'court_decision':
      return 'prosecution';
    default:
      return null;
  }
}
