export { AgenciesPage } from './agencies-page';
export { useAgencies } from './agencies-api';
