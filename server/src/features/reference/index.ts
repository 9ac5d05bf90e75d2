export { referenceRoutes } from './reference.routes';
export { seedReferenceData, parentRegionCode } from './reference.seed';
export { findRegion, listPorts, listRegions } from './reference.repository';
