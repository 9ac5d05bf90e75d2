import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { writeCheckpoint } from './audit.checkpoints';

/** Signs the chain head to the checkpoint file every minute when it has moved. */
export function auditJobs(deps: Deps): JobDefinition[] {
  return [
    {
      name: 'audit-checkpoint',
      schedule: '* * * * *',
      run: async () => {
        await writeCheckpoint(deps.db, deps.config.auditCheckpointFile, deps.keys.auditSigningKey, deps.clock.now());
      },
    },
  ];
}
