import { z } from 'zod';
import { roleSchema } from './access';
import { isoDateTimeSchema, localeSchema, timeZoneSchema, uuidSchema } from './common';

export const userSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  displayName: z.string(),
  agencyId: uuidSchema,
  agencyName: z.string(),
  roles: z.array(roleSchema),
  locale: localeSchema,
  timeZone: timeZoneSchema,
  isDisabled: z.boolean(),
  hasMfa: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: isoDateTimeSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

const userFields = {
  email: z.email().trim().toLowerCase().max(254),
  displayName: z.string().trim().min(1).max(120),
  agencyId: uuidSchema,
  roles: z.array(roleSchema).min(1).max(6),
  locale: localeSchema,
  timeZone: timeZoneSchema,
};

export const createUserRequestSchema = z.strictObject({
  ...userFields,
  locale: userFields.locale.default('id'),
  timeZone: userFields.timeZone.default('Asia/Jakarta'),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** A new account or a password reset answers with a one-time password shown once to the admin. */
export const userWithTemporaryPasswordSchema = z.object({
  user: userSchema,
  temporaryPassword: z.string(),
});

export const updateUserRequestSchema = z
  .strictObject(userFields)
  .partial()
  .extend({ isDisabled: z.boolean().optional(), version: z.number().int() });
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const userListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  agencyId: uuidSchema.optional(),
  role: roleSchema.optional(),
  status: z.enum(['active', 'disabled', 'all']).default('all'),
});
export const userListSchema = z.object({ items: z.array(userSchema) });

export const sessionSummarySchema = z.object({
  id: z.string(),
  createdAt: isoDateTimeSchema,
  lastSeenAt: isoDateTimeSchema,
  isCurrent: z.boolean(),
});
export const sessionListSchema = z.object({ items: z.array(sessionSummarySchema) });
export const revokedCountSchema = z.object({ revoked: z.number().int() });
