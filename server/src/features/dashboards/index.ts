export { dashboardRoutes } from './dashboards.routes';
export { dashboard, dashboardJobs, loadDemoOfficialStatisticsIfEmpty, refreshDashboards } from './dashboards.service';
export { reportJobs } from './report.service';
