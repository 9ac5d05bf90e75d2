export { geoRoutes } from './geo.routes';
export { geoFile } from './geo.files';
