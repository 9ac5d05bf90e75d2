import { z } from 'zod';

/**
 * Roles and the permissions each one holds. Data access is further scoped by agency in each
 * feature's policy: `scope` says how far a role sees beyond its own agency (`all`: every record
 * except restricted ones not shared with them; `agency`: records of their agency and those shared
 * with it; `none`: no case-level records).
 */
export const roles = ['admin', 'coordinator', 'officer', 'analyst', 'caseworker', 'liaison'] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

export const permissions = [
  'agencies.read',
  'agencies.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'reference.read',
  'cases.read',
  'cases.create',
  'cases.update',
  'cases.comment',
  'cases.share',
  'cases.identity.view',
  'cases.export',
  'cases.statistics',
  'tips.read',
  'tips.manage',
  'tips.contact.view',
  'public-info.manage',
  'public-info.flag',
  'protection.read',
  'protection.manage',
  'protection.case-victims',
  'protection.providers.manage',
  'dashboards.read',
  'statistics.official.manage',
  // Task force and forum follow-up: read the bodies one sees; see every body (not only those one's
  // agency belongs to); run meetings, decisions and action items; update one's own agency's items.
  'taskforce.read',
  'taskforce.bodies.all',
  'taskforce.manage',
  'taskforce.actions.update',
  'imports.run',
  'map.read',
  /** Case points on the map at their recorded coordinates; without it, at their kecamatan's label point. */
  'map.locations.precise',
  'map.index.manage',
  'taskforce.matrix.manage',
  /** The person linkage review queue: confirm, reject, un-merge; person groups. */
  'linkage.review',
  /** Start a linkage run over the whole registry. */
  'linkage.run',
  // Joint patrols and operations: read those one's agency takes part in; plan and report them;
  // see every patrol (the provincial coordinator), not only one's agency's.
  'patrols.read',
  'patrols.manage',
  'patrols.all',
] as const;
export type Permission = (typeof permissions)[number];
export const permissionSchema = z.enum(permissions);

export type DataScope = 'all' | 'agency' | 'none';

const staff: Permission[] = ['agencies.read', 'reference.read'];
const taskforceMember: Permission[] = ['taskforce.read', 'taskforce.actions.update'];
const taskforceCoordinator: Permission[] = ['taskforce.read', 'taskforce.bodies.all', 'taskforce.manage', 'taskforce.actions.update', 'taskforce.matrix.manage'];

export const roleDefinitions: Record<Role, { scope: DataScope; permissions: readonly Permission[] }> = {
  admin: {
    scope: 'none',
    permissions: ['agencies.read', 'agencies.manage', 'users.read', 'users.manage', 'audit.read', 'reference.read', 'public-info.manage'],
  },
  // Sees every case (but not victim identity) to integrate the provincial picture; triages every
  // community tip (assigns it to an agency) but does not read reporters' contact details;
  // publishes the public information and alone may flag a recruiter publicly as illegal.
  coordinator: {
    scope: 'all',
    permissions: [...staff, 'cases.read', 'cases.create', 'cases.update', 'cases.comment', 'cases.share', 'cases.export', 'cases.statistics', 'tips.read', 'tips.manage', 'public-info.manage', 'public-info.flag', 'protection.read', 'protection.case-victims', 'protection.providers.manage', 'dashboards.read', 'statistics.official.manage', ...taskforceCoordinator, 'imports.run', 'map.read', 'linkage.review', 'linkage.run', 'patrols.read', 'patrols.manage', 'patrols.all'],
  },
  officer: {
    scope: 'agency',
    permissions: [...staff, 'cases.read', 'cases.create', 'cases.update', 'cases.comment', 'cases.share', 'cases.identity.view', 'cases.export', 'tips.read', 'tips.manage', 'tips.contact.view', 'protection.read', 'protection.manage', 'protection.case-victims', 'dashboards.read', 'taskforce.read', 'taskforce.bodies.all', 'taskforce.actions.update', 'imports.run', 'map.read', 'map.locations.precise', 'linkage.review', 'patrols.read', 'patrols.manage'],
  },
  // Aggregates only: no case-level data.
  analyst: { scope: 'none', permissions: [...staff, 'cases.statistics', 'dashboards.read', 'statistics.official.manage', 'map.read', 'map.index.manage'] },
  // Serves victims of cases referred or shared to their organisation; their protection records only
  // when a referral to their organisation is pending or accepted (no 'protection.case-victims').
  caseworker: {
    scope: 'agency',
    permissions: [...staff, 'cases.read', 'cases.create', 'cases.update', 'cases.comment', 'cases.identity.view', 'protection.read', 'protection.manage', ...taskforceMember, 'map.read'],
  },
  // A counterpart across the border: reads and comments on what is shared with their agency.
  // In the task force they see only the bodies their agency belongs to and update their own items.
  liaison: { scope: 'agency', permissions: [...staff, 'cases.read', 'cases.comment', ...taskforceMember, 'map.read', 'patrols.read'] },
};

/** The widest data scope of the given roles. */
export function widestScope(userRoles: readonly Role[]): DataScope {
  const scopes = userRoles.map((r) => roleDefinitions[r].scope);
  return scopes.includes('all') ? 'all' : scopes.includes('agency') ? 'agency' : 'none';
}

/** The union of the permissions of the given roles. */
export function permissionsOf(userRoles: readonly Role[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of userRoles) for (const p of roleDefinitions[role].permissions) granted.add(p);
  return granted;
}

export function hasPermission(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((role) => roleDefinitions[role].permissions.includes(permission));
}
