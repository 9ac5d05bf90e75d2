import type { Role } from '#contracts/access';
import type { Locale, TimeZone } from '#contracts/common';
import type { CreateUserRequest, UpdateUserRequest, User } from '#contracts/users';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import { AppError, notFound, versionConflict } from '../../platform/http/app-error';
import { isUniqueViolation } from '../../platform/db/errors';
import { recordAudit } from '../audit';
import { agencyNamesById, findAgency } from '../agencies';
import type { Executor } from '../../platform/db/database';
import * as repo from './auth.repository';
import { hashPassword, temporaryPassword } from './passwords';

export function presentUser(row: repo.UserRow, agencyName: string): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    agencyId: row.agencyId,
    agencyName,
    roles: row.roles as Role[],
    locale: row.locale as Locale,
    timeZone: row.timeZone as TimeZone,
    isDisabled: row.disabledAt !== null,
    hasMfa: row.totpEnabledAt !== null,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Loads one user with the name of their agency. */
async function loadUser(db: Executor, id: string): Promise<User | null> {
  const row = await repo.findUserById(db, id);
  if (!row) return null;
  const names = await agencyNamesById(db, [row.agencyId]);
  return presentUser(row, names.get(row.agencyId)?.name ?? '');
}

/** What the audit log keeps of a user: never credentials. */
function auditView(user: User) {
  const { lastLoginAt: _lastLogin, updatedAt: _updated, ...rest } = user;
  return rest;
}

export async function listUsers(deps: Deps, filter: repo.UserFilter): Promise<User[]> {
  const rows = await repo.listUsers(deps.db, filter);
  const names = await agencyNamesById(deps.db, rows.map((r) => r.agencyId));
  return rows.map((r) => presentUser(r, names.get(r.agencyId)?.name ?? ''));
}

export async function getUser(deps: Deps, id: string): Promise<User> {
  const user = await loadUser(deps.db, id);
  if (!user) throw notFound('User');
  return user;
}

async function requireActiveAgency(tx: Tx, agencyId: string): Promise<void> {
  const agency = await findAgency(tx, agencyId);
  if (!agency || !agency.isActive) {
    throw new AppError('VALIDATION_FAILED', 'Choose an active agency', {
      issues: [{ path: 'body.agencyId', code: 'unknown_agency', message: 'unknown or inactive agency' }],
    });
  }
}

const duplicateEmail = () =>
  new AppError('CONFLICT', 'Another account already uses this e-mail', {
    issues: [{ path: 'body.email', code: 'duplicate', message: 'already in use' }],
  });

/**
 * Creates an account with a one-time password (returned once, never stored in clear). The user must
 * change it and enrol an authenticator at first sign-in.
 */
export async function createUser(
  deps: Deps,
  ctx: RequestContext,
  input: CreateUserRequest,
  options: { password?: string; mustChangePassword?: boolean } = {},
): Promise<{ user: User; temporaryPassword: string }> {
  const password = options.password ?? temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await deps.db.transaction(async (tx) => {
      await requireActiveAgency(tx, input.agencyId);
      const row = await repo.insertUser(tx, {
        ...input,
        roles: [...new Set(input.roles)],
        passwordHash,
        passwordChangedAt: ctx.now,
        mustChangePassword: options.mustChangePassword ?? true,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      const created = (await loadUser(tx, row.id))!;
      await recordAudit(tx, ctx, { action: 'user.create', objectType: 'user', objectId: row.id, after: auditView(created) });
      return created;
    });
    return { user, temporaryPassword: password };
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateEmail();
    throw e;
  }
}

/** Refuses a change that would leave no active administrator. */
async function keepOneAdministrator(tx: Tx, userId: string, stillAdmin: boolean): Promise<void> {
  if (stillAdmin) return;
  if ((await repo.countActiveAdmins(tx, userId)) === 0) {
    throw new AppError('CONFLICT', 'At least one active administrator must remain');
  }
}

/**
 * Changes a user's profile, roles, agency or status (version-checked). Disabling ends every session
 * of the user in the same transaction, so the next request they make is refused.
 */
export async function updateUser(deps: Deps, ctx: RequestContext, id: string, input: UpdateUserRequest): Promise<User> {
  const { version, isDisabled, ...changes } = input;
  try {
    return await deps.db.transaction(async (tx) => {
      const beforeRow = await repo.findUserById(tx, id);
      const before = await loadUser(tx, id);
      if (!beforeRow || !before) throw notFound('User');
      if (changes.agencyId && changes.agencyId !== before.agencyId) await requireActiveAgency(tx, changes.agencyId);
      const roles = changes.roles ? [...new Set(changes.roles)] : before.roles;
      const disabled = isDisabled ?? before.isDisabled;
      if (before.roles.includes('admin') && !before.isDisabled) {
        await keepOneAdministrator(tx, id, roles.includes('admin') && !disabled);
      }
      const updated = await repo.updateUser(tx, id, version, {
        ...changes,
        roles,
        disabledAt: disabled ? (beforeRow.disabledAt ?? ctx.now) : null,
        updatedAt: ctx.now,
      });
      if (!updated) throw versionConflict();
      let sessionsEnded = 0;
      if (disabled && !before.isDisabled) sessionsEnded = await repo.revokeUserSessions(tx, id, ctx.now, 'account-disabled');
      const after = (await loadUser(tx, id))!;
      const action = disabled && !before.isDisabled ? 'user.disable' : !disabled && before.isDisabled ? 'user.enable' : 'user.update';
      await recordAudit(tx, ctx, {
        action,
        objectType: 'user',
        objectId: id,
        before: auditView(before),
        after: auditView(after),
        details: sessionsEnded ? { sessionsEnded } : undefined,
      });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateEmail();
    throw e;
  }
}

/** Issues a new one-time password; the user's sessions end and they must choose a new password. */
export async function resetPassword(deps: Deps, ctx: RequestContext, id: string): Promise<{ user: User; temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const user = await deps.db.transaction(async (tx) => {
    if (!(await repo.findUserById(tx, id))) throw notFound('User');
    await repo.updateUser(tx, id, null, { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: true, updatedAt: ctx.now });
    const sessionsEnded = await repo.revokeUserSessions(tx, id, ctx.now, 'password-reset');
    await recordAudit(tx, ctx, { action: 'user.password.reset', objectType: 'user', objectId: id, details: { sessionsEnded } });
    return (await loadUser(tx, id))!;
  });
  return { user, temporaryPassword: password };
}

/** Removes the authenticator and recovery codes; the user enrols again at next sign-in. */
export async function resetMfa(deps: Deps, ctx: RequestContext, id: string): Promise<User> {
  return deps.db.transaction(async (tx) => {
    if (!(await repo.findUserById(tx, id))) throw notFound('User');
    await repo.updateUser(tx, id, null, { totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: ctx.now });
    await repo.deleteRecoveryCodes(tx, id);
    const sessionsEnded = await repo.revokeUserSessions(tx, id, ctx.now, 'mfa-reset');
    await recordAudit(tx, ctx, { action: 'user.mfa.reset', objectType: 'user', objectId: id, details: { sessionsEnded } });
    return (await loadUser(tx, id))!;
  });
}

export async function listUserSessions(deps: Deps, ctx: RequestContext, id: string) {
  if (!(await repo.findUserById(deps.db, id))) throw notFound('User');
  const rows = await repo.listOpenSessions(deps.db, id);
  return rows.map((s) => ({
    id: s.idHash.slice(0, 12),
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    isCurrent: s.idHash === ctx.actor?.sessionIdHash,
  }));
}

/** Ends every open session of a user at once. */
export async function revokeSessions(deps: Deps, ctx: RequestContext, id: string): Promise<number> {
  return deps.db.transaction(async (tx) => {
    if (!(await repo.findUserById(tx, id))) throw notFound('User');
    const revoked = await repo.revokeUserSessions(tx, id, ctx.now, 'revoked-by-admin');
    await recordAudit(tx, ctx, { action: 'user.sessions.revoke', objectType: 'user', objectId: id, details: { revoked } });
    return revoked;
  });
}
