// Every table of every feature, for Drizzle's typed queries and for migration generation.
export * from '../../features/agencies/agencies.schema';
export * from '../../features/auth/auth.schema';
export * from '../../features/audit/audit.schema';
export * from '../../features/reference/reference.schema';
export * from '../../features/system/system.schema';
export * from '../../features/people/people.schema';
export * from '../../features/cases/cases.schema';
export * from '../../features/tips/tips.schema';
export * from '../../features/public-info/public-info.schema';
export * from '../../features/protection/protection.schema';
export * from '../../features/dashboards/dashboards.schema';
export * from '../../features/taskforce/taskforce.schema';
export * from '../../features/imports/imports.schema';
export * from '../../features/geo/geo.schema';
export * from '../../features/taskforce/matrix.schema';
export * from '../../features/person-links/person-links.schema';
export * from '../../features/patrols/patrols.schema';
