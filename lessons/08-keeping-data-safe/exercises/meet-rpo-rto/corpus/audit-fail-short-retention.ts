/**
 * @expect fail: A backup that cannot be restored
 * Saves storage by keeping 7 days of backups: a mistake noticed 10 days later cannot be undone.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 7,
};
