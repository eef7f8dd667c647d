/**
 * @expect pass
 * Fewer, cheaper base backups (every 36 h: worst replay 37.4 h × 1.7 min ≈ 64 min, restore ≈ 117 min)
 * paid for with more drills (every 5 days); syncCount left at its default of 1, a 5-minute
 * archive_timeout (the segments fill every 28 s anyway).
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 36,
  walArchiving: true,
  archiveTimeoutS: 300,
  restoreTestEveryDays: 5,
  retentionDays: 14,
};
