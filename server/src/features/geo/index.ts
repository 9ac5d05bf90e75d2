export { geoRoutes } from './geo.routes';
