import type { DataScope, Permission, Role } from '#contracts/access';
import type { Locale } from '#contracts/common';

/** The signed-in staff member behind a request. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  /** The widest data scope of the actor's roles. */
  scope: DataScope;
  locale: Locale;
  sessionIdHash: string;
}

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  now: Date;
}

/** Context for work that no request started (CLI, jobs, seeding). */
export function systemContext(now: Date, requestId = 'system'): RequestContext {
  return { requestId, actor: null, now };
}
