import type { Actor } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import * as repo from './taskforce.repository';

/**
 * The agency whose memberships limit what the actor sees, or null when they see every body.
 * Holders of `taskforce.bodies.all` (Indonesian coordinators and officers) see every body; anyone
 * else — a Malaysian liaison, an NGO — sees only the bodies their agency belongs to, and within
 * them what those bodies share: meetings, decisions and action items.
 */
export const memberScopeOf = (actor: Actor): string | null => (actor.permissions.has('taskforce.bodies.all') ? null : actor.agencyId);

/** A body the actor may see; any other answers 404 exactly like a missing one. */
export async function openBody(db: Executor, actor: Actor, bodyId: string): Promise<repo.BodyRow> {
  const body = await repo.findBody(db, bodyId);
  const scope = memberScopeOf(actor);
  if (!body || (scope !== null && !(await repo.isMember(db, bodyId, scope)))) throw notFound('Body');
  return body;
}

/** The ids of the bodies the actor may see. */
export async function visibleBodyIds(db: Executor, actor: Actor): Promise<string[]> {
  return (await repo.listBodies(db, memberScopeOf(actor))).map((b) => b.id);
}

/** A meeting of a body the actor may see. */
export async function openMeeting(db: Executor, actor: Actor, meetingId: string, options: { lock?: boolean } = {}): Promise<repo.MeetingRow> {
  const meeting = await repo.findMeeting(db, meetingId, options);
  if (!meeting) throw notFound('Meeting');
  try {
    await openBody(db, actor, meeting.bodyId);
  } catch {
    throw notFound('Meeting');
  }
  return meeting;
}
