/**
 * @expect pass
 * Works out the longest base-backup interval the 2-hour restore allows (about 38 h) and takes one every 30 h, with a drill every 5 days and a shorter archive_timeout.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 30,
  walArchiving: true,
  archiveTimeoutS: 30,
  restoreTestEveryDays: 5,
  retentionDays: 14,
};
