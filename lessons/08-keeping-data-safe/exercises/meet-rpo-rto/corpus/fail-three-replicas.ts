/**
 * @expect fail: Costs at most $2,150 a month
 * Three synchronous replicas and backups every 12 hours: safe, but well over the budget.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 3,
  mode: 'sync',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 12,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
