import { z } from 'zod';
import { isoDateSchema, uuidSchema } from './common';
import { countrySchema } from './agencies';
import { casePersonSchema, nikSchema, personIdentitySchema } from './cases';
import { gender } from './codes/cases';

/*
 * Person linkage in the registry: "possible existing person" suggestions while a person is entered
 * (search before create). Scores come from the linkage engine (server/src/features/linkage).
 */

const text = (max: number) => z.string().trim().max(max);

/** The person being entered, as far as the form has it (every field optional). */
export const personDraftSchema = z.strictObject({
  fullName: text(200).nullable().default(null),
  aliases: z.array(text(200).min(1)).max(20).default([]),
  sex: gender.schema.default('unknown'),
  birthDate: isoDateSchema.nullable().default(null),
  nik: nikSchema.nullable().default(null),
  passportNumber: text(20).min(5).nullable().default(null),
  passportCountry: countrySchema.nullable().default(null),
});
export type PersonDraft = z.infer<typeof personDraftSchema>;

/**
 * Fields the engine compares, in the order the evidence lists them (suggestions compare the first
 * five; the registry's scoring run all of them).
 */
export const linkageEvidenceFields = [
  'fullName',
  'birthDate',
  'sex',
  'nik',
  'passportNumber',
  'phone',
  'originRegionCode',
  'address',
] as const;
export type LinkageEvidenceField = (typeof linkageEvidenceFields)[number];

/**
 * Why the engine thinks two records are one person, per field: the comparison level reached
 * (`missing` when either side lacks the field: no evidence) and its weight in bits, log2(m/u):
 * positive for evidence for a match, negative against.
 */
export const linkageEvidenceSchema = z.object({
  field: z.enum(linkageEvidenceFields),
  level: z.string(),
  weight: z.number(),
});
export type LinkageEvidence = z.infer<typeof linkageEvidenceSchema>;

/** Suggestions shown from this match probability on. */
export const suggestionThreshold = 0.2;
export const maxSuggestions = 5;

export const personSuggestionSchema = z.object({
  /** The existing record: the case it is in and the case person (pseudonym, identity if visible). */
  caseId: uuidSchema,
  caseNumber: z.string(),
  casePerson: casePersonSchema.pick({
    id: true,
    personId: true,
    role: true,
    pseudonym: true,
    identityProtected: true,
    sex: true,
    birthYear: true,
  }).extend({ identity: personIdentitySchema.nullable() }),
  probability: z.number().min(0).max(1),
  evidence: z.array(linkageEvidenceSchema),
});
export type PersonSuggestion = z.infer<typeof personSuggestionSchema>;

export const personSuggestionsSchema = z.object({ suggestions: z.array(personSuggestionSchema) });
export type PersonSuggestions = z.infer<typeof personSuggestionsSchema>;
