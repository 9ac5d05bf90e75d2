export { caseFindingRoutes } from './cases.list.routes';
export { caseRoutes } from './cases.routes';
export { refreshCaseFacets } from './cases.facets';
