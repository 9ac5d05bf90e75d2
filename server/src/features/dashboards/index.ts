export { dashboardRoutes } from './dashboards.routes';
export { dashboardJobs, loadDemoOfficialStatisticsIfEmpty, refreshDashboards } from './dashboards.service';
