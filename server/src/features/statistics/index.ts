export { kAnonymous, kAnonymousGroups, publicCell, suppressAdditive, suppressCell, type Cell } from './suppression';
export { statisticsRoutes } from './statistics.routes';
