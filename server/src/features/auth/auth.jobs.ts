import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { purgeExpiredAuthData } from './auth.service';

/** Hourly removal of ended sessions and old failed-sign-in counters. */
export function authJobs(deps: Deps): JobDefinition[] {
  return [{ name: 'auth-purge', schedule: '17 * * * *', run: () => purgeExpiredAuthData(deps, deps.clock.now()) }];
}
