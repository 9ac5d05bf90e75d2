export { patrolRoutes } from './patrols.routes';
export { patrolResults, type PatrolResults } from './patrols.service';
