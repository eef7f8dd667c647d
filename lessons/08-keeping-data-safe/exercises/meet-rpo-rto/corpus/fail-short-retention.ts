/**
 * @expect fail: A backup that cannot be restored is found within 7 days, and backups reach back
 * Keeps only 3 days of backups to save storage: a mistake noticed a week later has nothing to go back to.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 3,
};
