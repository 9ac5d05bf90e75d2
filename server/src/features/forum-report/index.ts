export { forumReportRoutes } from './forum-report.routes';
