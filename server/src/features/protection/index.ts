export { protectionRoutes } from './protection.routes';
