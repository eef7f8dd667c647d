/**
 * @expect fail: Writes keep being acknowledged
 * Synchronous with a single replica (cheaper by $600): nothing lost in a crash, but when that
 * replica is down no commit can be confirmed and writes stop.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 1,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
