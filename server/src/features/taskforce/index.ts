export { taskforceRoutes } from './taskforce.routes';
export { seedTaskforceBodiesIfEmpty } from './taskforce.seed';
export { openBody } from './taskforce.access';
export { reviewMeeting, type MeetingReview } from './meeting-review';
export { agendaLine, type ForumLanguage } from './agenda-labels';
