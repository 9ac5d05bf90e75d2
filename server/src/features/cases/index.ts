export { caseRoutes } from './cases.routes';
