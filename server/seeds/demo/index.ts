export {
  seedSyntheticCases,
  loadDemoDataIfEmpty,
  demoDataSet,
  type SeedOptions,
  type SeedReport,
} from './seed';
