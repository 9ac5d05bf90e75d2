export { publicInfoAdminRoutes, publicInfoRoutes } from './public-info.routes';
export { loadSampleRecruitersIfEmpty } from './recruiters.sample';
