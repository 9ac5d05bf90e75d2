export { patrolRoutes } from './patrols.routes';
export { patrolResults, type PatrolResult, type PatrolResults } from './patrols.service';
