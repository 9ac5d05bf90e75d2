export { caseFindingRoutes } from './cases.list.routes';
export { caseRoutes } from './cases.routes';
export { refreshCaseFacets } from './cases.facets';
export { createCase } from './cases.service';
export { addComment } from './case-sharing.service';
export { checkUploadType, cleanFileName, extensionFor } from './attachment-types';
export { openCase, actorOf } from './case-access';
export { activeShare, canEditCase, visibleCases } from './cases.policy';
export { reserveCaseNumbers } from './cases.repository';
