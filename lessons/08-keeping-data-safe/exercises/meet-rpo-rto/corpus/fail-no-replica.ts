/**
 * @expect fail: A crashed primary loses no acknowledged write
 * No replica, just good backups with archived WAL: a crash then means a restore, which loses the last seconds and takes most of an hour.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 0,
  mode: 'async',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
