import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from './common';

/**
 * Agency imports: a CSV or XLSX file of case lists with people (one row per person in a case,
 * rows sharing the agency's own case reference form one case). Columns are mapped to these fields.
 */
export const importFields = [
  'caseRef',
  'title',
  'reportedOn',
  'discoveryChannel',
  'summary',
  'reportedRegionCode',
  'role',
  'fullName',
  'nik',
  'passportNumber',
  'sex',
  'birthDate',
  'originRegionCode',
] as const;
export type ImportField = (typeof importFields)[number];
export const importFieldSchema = z.enum(importFields);

/** Fields a mapping must give a column for. */
export const requiredImportFields: readonly ImportField[] = ['caseRef', 'title', 'reportedOn'];

/** Field → the header of the column it is read from (as written in the file). */
export const importMappingSchema = z
  .partialRecord(importFieldSchema, z.string().min(1).max(200))
  .refine((m) => requiredImportFields.every((f) => m[f]), {
    message: `Map at least ${requiredImportFields.join(', ')}`,
  });
export type ImportMapping = Partial<Record<ImportField, string>>;

/** One problem of one row, naming the row (1-based, as in a spreadsheet, header = 1) and column. */
export const rowProblemSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type RowProblem = z.infer<typeof rowProblemSchema>;

export const importStatus = z.enum(['uploaded', 'validated', 'committing', 'committed', 'cancelled', 'failed']);

/** How far a commit running in the background has come (rows checked, then records written). */
export const importProgressSchema = z.object({
  phase: z.enum(['queued', 'validating', 'writing']),
  done: z.number().int(),
  total: z.number().int(),
  cancelRequested: z.boolean(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

export const importBatchSchema = z.object({
  id: uuidSchema,
  fileName: z.string(),
  status: importStatus,
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  mapping: z.record(z.string(), z.string()).nullable(),
  /** The mapping suggested from the agency's templates (by header similarity) or from known column names. */
  suggestedMapping: z.record(z.string(), z.string()),
  suggestedTemplate: z.object({ id: uuidSchema, name: z.string(), similarity: z.number() }).nullable(),
  /** Notices about the file that reject nothing (e.g. empty lines skipped). */
  notices: z.array(rowProblemSchema),
  counts: z.object({
    valid: z.number().int(),
    rejected: z.number().int(),
    duplicate: z.number().int(),
    casesCreated: z.number().int(),
    personsCreated: z.number().int(),
  }),
  /** While `committing`: the background job's progress (null otherwise). */
  progress: importProgressSchema.nullable(),
  createdAt: isoDateTimeSchema,
  committedAt: isoDateTimeSchema.nullable(),
  /** When the file's rows were deleted after the retention period (rejected rows can no longer be downloaded). */
  rowsPurgedAt: isoDateTimeSchema.nullable(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

/** One import in the agency's list of imports (newest first). */
export const importListItemSchema = z.object({
  id: uuidSchema,
  fileName: z.string(),
  status: importStatus,
  rowCount: z.number().int(),
  counts: importBatchSchema.shape.counts,
  /** Display name of the staff member who uploaded the file (null when no longer known). */
  importedBy: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  committedAt: isoDateTimeSchema.nullable(),
  rowsPurgedAt: isoDateTimeSchema.nullable(),
});
export const importListSchema = z.object({ items: z.array(importListItemSchema) });
export type ImportListItem = z.infer<typeof importListItemSchema>;

/** A case a committed import created: to open it from the import's summary. */
export const importCaseSchema = z.object({
  id: uuidSchema,
  number: z.string(),
  title: z.string(),
  /** The agency's own case reference and the first row of the file it came from. */
  caseRef: z.string(),
  row: z.number().int(),
});
export const importCaseListSchema = z.object({
  items: z.array(importCaseSchema),
  /** How many cases the import created (the list holds at most the first 200). */
  total: z.number().int(),
});

export const previewRequestSchema = z.strictObject({
  mapping: importMappingSchema,
  /** Save the mapping as the agency's template of this name (replacing one of the same name). */
  saveTemplateAs: z.string().trim().min(1).max(100).optional(),
});

export const previewRowSchema = z.object({
  row: z.number().int(),
  status: z.enum(['valid', 'rejected', 'duplicate']),
  values: z.record(z.string(), z.string().nullable()),
  problems: z.array(rowProblemSchema),
});
export const importPreviewSchema = z.object({
  batch: importBatchSchema,
  /** The first rows (problems first), to show before committing. */
  rows: z.array(previewRowSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importTemplateSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  updatedAt: isoDateTimeSchema,
});
export const importTemplateListSchema = z.object({ items: z.array(importTemplateSchema) });

/** The largest import file accepted (XLSX or CSV). */
export const maxImportBytes = 50 * 1024 * 1024;
