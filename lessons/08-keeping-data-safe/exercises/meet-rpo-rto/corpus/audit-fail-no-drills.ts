/**
 * @expect fail: A backup that cannot be restored
 * Everything else right, but the backups are never restored: a backup job that silently breaks is
 * found on the day of the disaster.
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
  restoreTestEveryDays: Infinity,
  retentionDays: 14,
};
