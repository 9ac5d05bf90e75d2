import type { FastifyReply, FastifyRequest } from 'fastify';
import { permissionsOf, widestScope, type Role } from '#contracts/access';
import type { Locale } from '#contracts/common';
import type { Config } from '../../config';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/database';
import type { ResolvedSession } from '../../platform/http/access';
import { randomToken, sha256Hex } from '../../platform/crypto/secrets';
import * as repo from './auth.repository';

export type SessionStage = 'mfa' | 'mfa-enrol' | 'active';

/** A password-accepted session must finish the second factor within this time. */
export const partialSessionMinutes = 10;
/** last_seen_at is written at most this often, so reads do not all become writes. */
const touchEverySeconds = 60;

export function sessionCookieName(config: Config): string {
  return config.secureCookies ? '__Host-benteng' : 'benteng_session';
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'strict',
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), { path: '/', httpOnly: true, secure: config.secureCookies, sameSite: 'strict' });
}

export function sessionTokenOf(request: FastifyRequest, config: Config): string | undefined {
  const token = request.cookies[sessionCookieName(config)];
  return token && token.length <= 100 ? token : undefined;
}

export const hashSessionToken = (token: string) => sha256Hex(token);

/** Creates a session with a fresh 256-bit token; only the token's hash is stored. */
export async function startSession(db: Executor, userId: string, stage: SessionStage, now: Date): Promise<{ token: string; idHash: string }> {
  const token = randomToken(32);
  const idHash = hashSessionToken(token);
  await repo.insertSession(db, { idHash, userId, stage, createdAt: now, lastSeenAt: now, authenticatedAt: now });
  return { token, idHash };
}

/**
 * Finds the session behind the request's cookie and checks it is still alive: not revoked, user
 * not disabled, within the idle and absolute limits. Expired sessions are ended on the spot.
 */
export async function resolveSession(deps: Deps, request: FastifyRequest, now: Date): Promise<ResolvedSession> {
  const token = sessionTokenOf(request, deps.config);
  if (!token) return null;
  const idHash = hashSessionToken(token);
  const found = await repo.findSessionWithUser(deps.db, idHash);
  if (!found || found.session.revokedAt) return null;
  const { session, user } = found;
  if (!user || user.disabledAt) return null;

  const age = now.getTime() - session.createdAt.getTime();
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (session.stage !== 'active') {
    if (age > partialSessionMinutes * 60_000) {
      await repo.revokeSession(deps.db, idHash, now, 'second-factor-timeout');
      return { stage: 'expired' };
    }
    return { stage: session.stage as 'mfa' | 'mfa-enrol', userId: user.id, email: user.email, sessionIdHash: idHash };
  }
  if (age > deps.config.sessionAbsoluteHours * 3_600_000) {
    await repo.revokeSession(deps.db, idHash, now, 'absolute-timeout');
    return { stage: 'expired' };
  }
  if (idle > deps.config.sessionIdleMinutes * 60_000) {
    await repo.revokeSession(deps.db, idHash, now, 'idle-timeout');
    return { stage: 'expired' };
  }
  if (idle > touchEverySeconds * 1000) await repo.updateSession(deps.db, idHash, { lastSeenAt: now });

  const roles = user.roles as Role[];
  return {
    stage: 'active',
    mustChangePassword: user.mustChangePassword,
    authenticatedAt: session.authenticatedAt,
    actor: {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      agencyId: user.agencyId,
      roles,
      permissions: permissionsOf(roles),
      scope: widestScope(roles),
      locale: user.locale as Locale,
      sessionIdHash: idHash,
    },
  };
}
