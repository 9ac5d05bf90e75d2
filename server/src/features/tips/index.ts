export { tipPublicRoutes } from './tips.public.routes';
