import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from './common';

/**
 * Organisation types: HTCDS 2.0 `org_Type` values plus the kinds that work on TPPO in Kepri
 * and have no HTCDS value of their own (international organisations, consulates, shelters).
 */
export const agencyTypes = [
  'law_enforcement',
  'immigration',
  'central_government',
  'local_government',
  'migrant_worker_protection',
  'social_services',
  'shelter',
  'consulate',
  'international_organisation',
  'ngo',
  'health_service',
  'legal_service',
  'other',
] as const;
export const agencyTypeSchema = z.enum(agencyTypes);
export type AgencyType = z.infer<typeof agencyTypeSchema>;

export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

export const agencySchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  type: agencyTypeSchema,
  country: countrySchema,
  regionCode: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Agency = z.infer<typeof agencySchema>;

const agencyFields = {
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Z0-9][A-Z0-9-]*$/, 'capital letters, digits and hyphens'),
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().min(2).max(60),
  type: agencyTypeSchema,
  country: countrySchema,
  regionCode: z.string().trim().max(20).nullable(),
  address: z.string().trim().max(500).nullable(),
  phone: z.string().trim().max(40).nullable(),
  email: z.email().max(254).nullable(),
};

export const createAgencyRequestSchema = z.strictObject({
  ...agencyFields,
  regionCode: agencyFields.regionCode.default(null),
  address: agencyFields.address.default(null),
  phone: agencyFields.phone.default(null),
  email: agencyFields.email.default(null),
});
export type CreateAgencyRequest = z.infer<typeof createAgencyRequestSchema>;

/** A partial update; `version` must match the stored one, so concurrent edits are detected. */
export const updateAgencyRequestSchema = z
  .strictObject(agencyFields)
  .partial()
  .extend({ isActive: z.boolean().optional(), version: z.number().int() });
export type UpdateAgencyRequest = z.infer<typeof updateAgencyRequestSchema>;

export const agencyListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});
export const agencyListSchema = z.object({ items: z.array(agencySchema) });
