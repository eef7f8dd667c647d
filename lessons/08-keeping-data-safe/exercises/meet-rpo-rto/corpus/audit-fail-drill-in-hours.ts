/**
 * @expect fail: A backup that cannot be restored
 * Units: means "weekly" but writes the drill interval in hours (168) into a field in days, so a broken
 * backup goes unnoticed for 24 weeks.
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
  restoreTestEveryDays: 7 * 24,
  retentionDays: 14,
};
