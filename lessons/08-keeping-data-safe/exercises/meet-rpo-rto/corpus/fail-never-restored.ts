/**
 * @expect fail: A backup that cannot be restored is found within 7 days
 * Everything right except the drill: the backup job reports success, so nobody restores.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: Infinity,
  retentionDays: 14,
};
