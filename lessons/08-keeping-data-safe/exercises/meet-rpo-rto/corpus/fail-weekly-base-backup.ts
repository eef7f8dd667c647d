/**
 * @expect fail: The dropped table is back within 2 hours
 * Archived WAL makes the recovery point seconds, so a weekly base backup “is enough”: but restoring replays up to a week of WAL.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 168,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
