/**
 * @expect fail: Costs at most
 * Over budget: drills every day (30 × $25 = $750 a month) on top of three machines ($1,800).
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
  restoreTestEveryDays: 1,
  retentionDays: 14,
};
