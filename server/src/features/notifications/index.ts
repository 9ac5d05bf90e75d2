export { notificationJobs } from './notifications.jobs';
export { notifyOverdueActionItems, raise as raiseNotice, type AgencyNotice } from './notifications.service';
