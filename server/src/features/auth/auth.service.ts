import type { Me, SignInStep } from '#contracts/auth';
import type { Locale, TimeZone } from '#contracts/common';
import { permissionsOf, type Role } from '#contracts/access';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/http/app-error';
import { decryptText, encryptText, randomBase32, sha256Hex } from '../../platform/crypto/secrets';
import { recordAudit, recordAuditAlone } from '../audit';
import { agencyNamesById } from '../agencies';
import * as repo from './auth.repository';
import { assertAcceptablePassword, hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './passwords';
import { acceptTotp, enrolmentDetails, newTotpSecret } from './totp';
import { startSession } from './sessions';

/** ASVS 2.2.1: at most 100 failed sign-ins per account per hour. */
export const maxFailuresPerHour = 100;
/** Wrong second-factor codes tolerated in one session before it ends. */
export const maxSecondFactorAttempts = 5;
const recoveryCodeCount = 10;

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'The e-mail or password is not correct');
const accountKeyOf = (email: string) => email.trim().toLowerCase();
const totpAad = (userId: string) => `totp:${userId}`;

export interface SignInResult {
  next: SignInStep;
  token: string;
}

/**
 * First step of signing in. Unknown accounts, disabled accounts and wrong passwords all get the
 * same answer after the same work. Success opens a partial session that still owes the second factor.
 */
export async function signIn(deps: Deps, ctx: RequestContext, email: string, password: string): Promise<SignInResult> {
  const accountKey = accountKeyOf(email);
  const since = new Date(ctx.now.getTime() - 3_600_000);
  if ((await repo.countLoginFailuresSince(deps.db, accountKey, since)) >= maxFailuresPerHour) {
    await recordAuditAlone(deps.db, ctx, { action: 'auth.login.throttled', outcome: 'denied', actorEmail: accountKey });
    throw new AppError('TOO_MANY_ATTEMPTS', 'Too many failed sign-ins for this account; try again later');
  }
  const user = await repo.findUserByEmail(deps.db, accountKey);
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !passwordOk || user.disabledAt) {
    const reason = !user ? 'unknown-account' : !passwordOk ? 'wrong-password' : 'account-disabled';
    await failSignIn(deps, ctx, accountKey, user?.id ?? null, reason);
    throw invalidCredentials();
  }
  const next: SignInStep = user.totpEnabledAt ? 'mfa' : 'mfa-enrol';
  return deps.db.transaction(async (tx) => {
    if (needsRehash(user.passwordHash)) {
      await repo.updateUser(tx, user.id, null, { passwordHash: await hashPassword(password), updatedAt: ctx.now });
    }
    const { token } = await startSession(tx, user.id, next, ctx.now);
    return { next, token };
  });
}

async function failSignIn(deps: Deps, ctx: RequestContext, accountKey: string, userId: string | null, reason: string) {
  await deps.db.transaction(async (tx) => {
    await repo.recordLoginFailure(tx, accountKey, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'auth.login.failure',
      outcome: 'failure',
      actorEmail: accountKey,
      actorUserId: userId ?? undefined,
      objectType: userId ? 'user' : undefined,
      objectId: userId ?? undefined,
      details: { reason },
    });
  });
}

export const normaliseRecoveryCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** Second step: a TOTP code or a recovery code. Success replaces the partial session with a new one. */
export async function verifySecondFactor(
  deps: Deps,
  ctx: RequestContext,
  session: { userId: string; email: string; sessionIdHash: string },
  code: string,
): Promise<{ token: string }> {
  const user = await repo.findUserById(deps.db, session.userId);
  if (!user?.totpSecret || user.disabledAt) throw new AppError('UNAUTHENTICATED', 'Sign in again');
  const secret = decryptText(deps.keys.encryptionKey, user.totpSecret, totpAad(user.id));
  const isTotp = /^\d{6}$/.test(code);
  const step = isTotp ? acceptTotp(secret, code, ctx.now, user.totpLastStep) : null;

  return deps.db.transaction(async (tx) => {
    const recoveryUsed =
      !isTotp && (await repo.consumeRecoveryCode(tx, user.id, sha256Hex(normaliseRecoveryCode(code)), ctx.now));
    if (step === null && !recoveryUsed) {
      const current = await repo.findSession(tx, session.sessionIdHash);
      const attempts = (current?.failedAttempts ?? 0) + 1;
      await repo.updateSession(tx, session.sessionIdHash, { failedAttempts: attempts });
      if (attempts >= maxSecondFactorAttempts) await repo.revokeSession(tx, session.sessionIdHash, ctx.now, 'second-factor-attempts');
      await repo.recordLoginFailure(tx, accountKeyOf(user.email), ctx.now);
      await recordAudit(tx, ctx, {
        action: 'auth.login.failure',
        outcome: 'failure',
        actorEmail: user.email,
        actorUserId: user.id,
        actorAgencyId: user.agencyId,
        objectType: 'user',
        objectId: user.id,
        details: { reason: 'wrong-second-factor', attempts },
      });
      return { failed: true as const };
    }
    await repo.revokeSession(tx, session.sessionIdHash, ctx.now, 'second-factor-complete');
    await repo.updateUser(tx, user.id, null, {
      lastLoginAt: ctx.now,
      updatedAt: ctx.now,
      ...(step !== null ? { totpLastStep: step } : {}),
    });
    const { token } = await startSession(tx, user.id, 'active', ctx.now);
    await recordAudit(tx, ctx, {
      action: 'auth.login.success',
      actorEmail: user.email,
      actorUserId: user.id,
      actorAgencyId: user.agencyId,
      objectType: 'user',
      objectId: user.id,
      details: { method: recoveryUsed ? 'recovery-code' : 'totp' },
    });
    return { failed: false as const, token };
  }).then((result) => {
    if (result.failed) throw new AppError('INVALID_MFA_CODE', 'The code is not correct or was already used');
    return { token: result.token };
  });
}

/** The secret and QR code for enrolling an authenticator; kept in the partial session until confirmed. */
export async function startEnrolment(deps: Deps, session: { userId: string; email: string; sessionIdHash: string }) {
  const row = await repo.findSession(deps.db, session.sessionIdHash);
  const aad = `enrol:${session.sessionIdHash}`;
  let secret = row?.pendingTotpSecret ? decryptText(deps.keys.encryptionKey, row.pendingTotpSecret, aad) : null;
  if (!secret) {
    secret = newTotpSecret();
    await repo.updateSession(deps.db, session.sessionIdHash, {
      pendingTotpSecret: encryptText(deps.keys.encryptionKey, secret, aad),
    });
  }
  return enrolmentDetails(secret, session.email);
}

/** Confirms enrolment with a first code; answers the recovery codes (shown once) and a full session. */
export async function completeEnrolment(
  deps: Deps,
  ctx: RequestContext,
  session: { userId: string; email: string; sessionIdHash: string },
  code: string,
): Promise<{ token: string; recoveryCodes: string[] }> {
  const row = await repo.findSession(deps.db, session.sessionIdHash);
  if (!row?.pendingTotpSecret) throw new AppError('VALIDATION_FAILED', 'Open the enrolment step first');
  const secret = decryptText(deps.keys.encryptionKey, row.pendingTotpSecret, `enrol:${session.sessionIdHash}`);
  const step = acceptTotp(secret, code, ctx.now, null);
  if (step === null) throw new AppError('INVALID_MFA_CODE', 'The code is not correct; check the time on your phone');
  const codes = Array.from({ length: recoveryCodeCount }, () => randomBase32(24).match(/.{4}/g)!.join('-'));
  return deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, session.userId, null, {
      totpSecret: encryptText(deps.keys.encryptionKey, secret, totpAad(session.userId)),
      totpEnabledAt: ctx.now,
      totpLastStep: step,
      lastLoginAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.replaceRecoveryCodes(tx, session.userId, codes.map((c) => sha256Hex(normaliseRecoveryCode(c))), ctx.now);
    await repo.revokeSession(tx, session.sessionIdHash, ctx.now, 'second-factor-complete');
    const { token } = await startSession(tx, session.userId, 'active', ctx.now);
    const account = await repo.findUserById(tx, session.userId);
    const subject = {
      actorEmail: session.email,
      actorUserId: session.userId,
      actorAgencyId: account?.agencyId,
      objectType: 'user',
      objectId: session.userId,
    };
    await recordAudit(tx, ctx, { action: 'auth.mfa.enrolled', ...subject });
    await recordAudit(tx, ctx, { action: 'auth.login.success', ...subject, details: { method: 'totp-enrolment' } });
    return { token, recoveryCodes: codes };
  });
}

export async function signOut(deps: Deps, ctx: RequestContext, sessionIdHash: string, userId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await repo.revokeSession(tx, sessionIdHash, ctx.now, 'logout');
    await recordAudit(tx, ctx, { action: 'auth.logout', objectType: 'user', objectId: userId });
  });
}

/** Changes the caller's password after checking the current one; ends their other sessions. */
export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const actor = ctx.actor!;
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    await failSignIn(deps, ctx, accountKeyOf(actor.email), actor.userId, 'wrong-password-on-change');
    throw new AppError('INVALID_CREDENTIALS', 'The current password is not correct');
  }
  assertAcceptablePassword(newPassword, user);
  if (await verifyPassword(user.passwordHash, newPassword)) {
    throw new AppError('PASSWORD_REJECTED', 'Choose a password different from the current one', {
      issues: [{ path: 'body.newPassword', code: 'unchanged', message: 'unchanged' }],
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, null, {
      passwordHash,
      passwordChangedAt: ctx.now,
      mustChangePassword: false,
      updatedAt: ctx.now,
    });
    const ended = await repo.revokeUserSessions(tx, user.id, ctx.now, 'password-changed', actor.sessionIdHash);
    await recordAudit(tx, ctx, { action: 'auth.password.changed', objectType: 'user', objectId: user.id, details: { otherSessionsEnded: ended } });
  });
}

/** Confirms the password again before a sensitive action (ASVS 7.5.1). */
export async function reauthenticate(deps: Deps, ctx: RequestContext, password: string): Promise<void> {
  const actor = ctx.actor!;
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    await failSignIn(deps, ctx, accountKeyOf(actor.email), actor.userId, 'wrong-password-on-reauthentication');
    throw new AppError('INVALID_CREDENTIALS', 'The password is not correct');
  }
  await deps.db.transaction(async (tx) => {
    await repo.updateSession(tx, actor.sessionIdHash, { authenticatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'auth.reauthenticated', objectType: 'user', objectId: actor.userId });
  });
}

export async function getMe(deps: Deps, userId: string): Promise<Me> {
  const user = await repo.findUserById(deps.db, userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in again');
  const agency = (await agencyNamesById(deps.db, [user.agencyId])).get(user.agencyId);
  const roles = user.roles as Role[];
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    agency: { id: user.agencyId, code: agency?.code ?? '', name: agency?.name ?? '' },
    roles,
    permissions: [...permissionsOf(roles)],
    locale: user.locale as Locale,
    timeZone: user.timeZone as TimeZone,
    mustChangePassword: user.mustChangePassword,
  };
}

export async function updatePreferences(
  deps: Deps,
  ctx: RequestContext,
  changes: { locale?: Locale; timeZone?: TimeZone },
): Promise<Me> {
  const userId = ctx.actor!.userId;
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, userId, null, { ...changes, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'user.preferences', objectType: 'user', objectId: userId, after: changes });
  });
  return getMe(deps, userId);
}

/** Deletes sessions and failure counters that can no longer matter. */
export async function purgeExpiredAuthData(deps: Deps, now: Date): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
  await repo.deleteSessionsEndedBefore(deps.db, dayAgo);
  await repo.deleteLoginFailuresBefore(deps.db, dayAgo);
}
