import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { deliver, noticeQueue, notifyOverdueActionItems, type AgencyNotice } from './notifications.service';

export function notificationJobs(deps: Deps): JobDefinition[] {
  return [
    { name: noticeQueue, run: async (data) => void (await deliver(deps, data as AgencyNotice)) },
    // 01:30 UTC is 08:30 WIB: the start of the working day in Kepri.
    { name: 'taskforce-overdue-notify', schedule: '30 1 * * *', run: async () => void (await notifyOverdueActionItems(deps)) },
  ];
}
