import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Permission } from '#contracts/access';
import type { Actor, RequestContext } from '../context';
import type { Clock } from '../clock';
import { AppError } from './app-error';

/**
 * Who may call a route. Every route must declare one; the server refuses to start otherwise.
 * - `public`: anyone, signed in or not.
 * - `partial-session`: a user who gave a correct password and still owes the second factor.
 * - `signed-in`: any fully signed-in staff member.
 * - `permission`: a signed-in staff member holding the permission (data scope is the service's job).
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'partial-session' }
  | { kind: 'signed-in'; allowPendingPasswordChange?: boolean }
  | { kind: 'permission'; permission: Permission; recentAuthentication?: boolean };

export const access = {
  public: (): RouteAccess => ({ kind: 'public' }),
  partialSession: (): RouteAccess => ({ kind: 'partial-session' }),
  signedIn: (options: { allowPendingPasswordChange?: boolean } = {}): RouteAccess => ({ kind: 'signed-in', ...options }),
  permission: (permission: Permission, options: { recentAuthentication?: boolean } = {}): RouteAccess => ({
    kind: 'permission',
    permission,
    ...options,
  }),
};

/** What the auth feature found behind the request's session cookie. */
export type ResolvedSession =
  | { stage: 'active'; actor: Actor; mustChangePassword: boolean; authenticatedAt: Date }
  | { stage: 'mfa' | 'mfa-enrol'; userId: string; email: string; sessionIdHash: string }
  | { stage: 'expired' }
  | null;

export interface AccessControlOptions {
  clock: Clock;
  resolveSession: (request: FastifyRequest, now: Date) => Promise<ResolvedSession>;
  onDenied: (request: FastifyRequest, reason: string) => Promise<void>;
  recentAuthenticationMinutes?: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    session: ResolvedSession;
  }
}

export interface RouteInventoryEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

/**
 * Installs authentication and authorisation for every route, and collects the route inventory
 * that the access-matrix test walks.
 */
export function registerAccessControl(app: FastifyInstance, options: AccessControlOptions): RouteInventoryEntry[] {
  const inventory: RouteInventoryEntry[] = [];
  const recentMinutes = options.recentAuthenticationMinutes ?? 10;

  app.addHook('onRoute', (route: RouteOptions) => {
    const declared = (route.config)?.access;
    if (!declared) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare who may call it (config.access)`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') inventory.push({ method, url: route.url, access: declared });
    }
  });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    const now = options.clock.now();
    request.ctx = { requestId: request.id, actor: null, now };
    const declared = request.routeOptions.config.access;
    if (!declared) return; // 404 handler and static files
    request.session = await options.resolveSession(request, now);
    if (request.session?.stage === 'active') request.ctx.actor = request.session.actor;
    await authorize(request, declared, now);
  });

  async function authorize(request: FastifyRequest, declared: RouteAccess, now: Date): Promise<void> {
    const session = request.session;
    switch (declared.kind) {
      case 'public':
        return;
      case 'partial-session':
        if (session?.stage === 'mfa' || session?.stage === 'mfa-enrol') return;
        throw new AppError('UNAUTHENTICATED', 'Sign in with your e-mail and password first');
      case 'signed-in':
      case 'permission': {
        if (session?.stage === 'expired') throw new AppError('SESSION_EXPIRED', 'Your session has ended; sign in again');
        if (session?.stage !== 'active') throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
        const allowPending = declared.kind === 'signed-in' && declared.allowPendingPasswordChange === true;
        if (session.mustChangePassword && !allowPending) {
          await deny(request, 'password change required');
          throw new AppError('FORBIDDEN', 'Change your temporary password before doing anything else');
        }
        if (declared.kind === 'signed-in') return;
        if (!session.actor.permissions.has(declared.permission)) {
          await deny(request, `missing permission ${declared.permission}`);
          throw new AppError('FORBIDDEN', 'You are not allowed to do this');
        }
        if (declared.recentAuthentication && now.getTime() - session.authenticatedAt.getTime() > recentMinutes * 60_000) {
          throw new AppError('REAUTHENTICATION_REQUIRED', 'Confirm your password to continue');
        }
        return;
      }
    }
  }

  async function deny(request: FastifyRequest, reason: string): Promise<void> {
    await options.onDenied(request, reason);
  }

  return inventory;
}
