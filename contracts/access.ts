import { z } from 'zod';

/**
 * Roles and the permissions each one holds. Data access is further scoped by agency in each
 * feature's policy: `scope` says how far a role sees beyond its own agency.
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
] as const;
export type Permission = (typeof permissions)[number];
export const permissionSchema = z.enum(permissions);

export type DataScope = 'all' | 'agency' | 'none';

export const roleDefinitions: Record<Role, { scope: DataScope; permissions: readonly Permission[] }> = {
  admin: {
    scope: 'none',
    permissions: ['agencies.read', 'agencies.manage', 'users.read', 'users.manage', 'audit.read', 'reference.read'],
  },
  coordinator: { scope: 'all', permissions: ['agencies.read', 'reference.read'] },
  officer: { scope: 'agency', permissions: ['agencies.read', 'reference.read'] },
  analyst: { scope: 'none', permissions: ['agencies.read', 'reference.read'] },
  caseworker: { scope: 'agency', permissions: ['agencies.read', 'reference.read'] },
  liaison: { scope: 'agency', permissions: ['agencies.read', 'reference.read'] },
};

/** The union of the permissions of the given roles. */
export function permissionsOf(userRoles: readonly Role[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of userRoles) for (const p of roleDefinitions[role].permissions) granted.add(p);
  return granted;
}

export function hasPermission(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((role) => roleDefinitions[role].permissions.includes(permission));
}
