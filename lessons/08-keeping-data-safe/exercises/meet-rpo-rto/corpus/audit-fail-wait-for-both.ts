/**
 * @expect fail: Writes keep being acknowledged
 * Two replicas, and every commit waits for both ("safer"): one replica down and writes stop.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 2,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
