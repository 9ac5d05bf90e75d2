export { referenceRoutes } from './reference.routes';
export { seedReferenceData, parentRegionCode } from './reference.seed';
export { nationalRegionsVersion, seedNationalRegions } from './reference.national';
export { findRegion, listAllRegionsAtLevels, listPorts, listRegions, regionNames, regionPaths } from './reference.repository';
export { kecamatanAt, type Kecamatan } from './kecamatan-at';
