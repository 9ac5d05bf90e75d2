import { z } from 'zod';
import { roleSchema, permissionSchema } from './access';
import { localeSchema, timeZoneSchema, uuidSchema } from './common';

/** Passwords: no composition rules; long passphrases welcome; never truncated. */
export const passwordPolicy = { minLength: 12, maxLength: 256 } as const;

export const loginRequestSchema = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(passwordPolicy.maxLength),
});

/** What the client must do next after a step of the sign-in flow. */
export const signInStepSchema = z.enum(['mfa', 'mfa-enrol', 'done']);
export const signInResponseSchema = z.object({ next: signInStepSchema });
export type SignInStep = z.infer<typeof signInStepSchema>;

/** Where the caller stands in the sign-in flow (`expired`: the session just timed out). */
export const sessionStateSchema = z.object({ stage: z.enum(['none', 'mfa', 'mfa-enrol', 'active', 'expired']) });
export type SessionState = z.infer<typeof sessionStateSchema>;

export const mfaVerifyRequestSchema = z.strictObject({
  code: z.string().trim().min(6).max(40),
});

export const mfaEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string(),
});

export const mfaEnrolRequestSchema = z.strictObject({
  code: z.string().trim().regex(/^\d{6}$/),
});
export const mfaEnrolResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(passwordPolicy.maxLength),
  newPassword: z.string().max(passwordPolicy.maxLength),
});

export const reauthRequestSchema = z.strictObject({
  password: z.string().min(1).max(passwordPolicy.maxLength),
});

export const preferencesRequestSchema = z.strictObject({
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});

/** The signed-in user as the client sees them. */
export const meSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  displayName: z.string(),
  agency: z.object({ id: uuidSchema, code: z.string(), name: z.string() }),
  roles: z.array(roleSchema),
  permissions: z.array(permissionSchema),
  locale: localeSchema,
  timeZone: timeZoneSchema,
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;
