export { taskforceRoutes } from './taskforce.routes';
export { seedTaskforceBodiesIfEmpty } from './taskforce.seed';
export { openBody } from './taskforce.access';
