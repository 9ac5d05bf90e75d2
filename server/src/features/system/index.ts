export { systemRoutes } from './system.routes';
export { bootstrap, loadNationalRegionsOnce, type BootstrapReport } from './system.bootstrap';
export { getState, setState } from './system.repository';
