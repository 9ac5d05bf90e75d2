export { agencyRoutes } from './agencies.routes';
export { findAgency, findAgencyByCode, countAgencies, insertAgency, agencyNamesById } from './agencies.repository';
export type { AgencyRow } from './agencies.repository';
export { presentAgency } from './agencies.service';
