export { DashboardsPage } from './dashboards-page';
export { loadDashboardsMessages } from './messages';
