export { tipPublicRoutes } from './tips.public.routes';
export { tipRoutes } from './tips.routes';
export { whatsappRoutes } from './tips.whatsapp';
export { tipJobs } from './tips.jobs';
export { WindowLimiter } from './tips.limits';
