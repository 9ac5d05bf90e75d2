import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/agencies.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Staff accounts. Credentials live here too; they never leave the auth feature. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    roles: text('roles').array().notNull(),
    locale: text('locale').notNull().default('id'),
    timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    /** TOTP secret, encrypted with the instance key (AES-256-GCM). */
    totpSecret: text('totp_secret'),
    totpEnabledAt: ts('totp_enabled_at'),
    /** The last TOTP time step accepted, so a code cannot be replayed. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    disabledAt: ts('disabled_at'),
    lastLoginAt: ts('last_login_at'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), index('users_agency_idx').on(t.agencyId)],
);

/** One-time recovery codes for a lost authenticator, stored as SHA-256 of a 120-bit code. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: ts('used_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/**
 * Server-side sessions. The cookie carries a 256-bit random token; only its SHA-256 is stored.
 * `stage` is `mfa` or `mfa-enrol` between password and second factor, `active` after.
 */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    /** During enrolment: the not-yet-confirmed TOTP secret, encrypted. */
    pendingTotpSecret: text('pending_totp_secret'),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    /** When the user last proved their password (for actions that need recent authentication). */
    authenticatedAt: ts('authenticated_at').notNull(),
    /** Wrong second-factor codes in this session; after five the session ends. */
    failedAttempts: integer('failed_attempts').notNull().default(0),
    revokedAt: ts('revoked_at'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins per account name, for the 100-per-hour limit (kept only for a day). */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountKey: text('account_key').notNull(),
    occurredAt: ts('occurred_at').notNull(),
  },
  (t) => [index('login_failures_account_idx').on(t.accountKey, t.occurredAt)],
);
