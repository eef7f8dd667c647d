/**
 * @expect fail: The dropped table is back
 * Weekly base backup with WAL archiving: cheap and within 15 minutes of data, but a restore just before
 * the next weekly backup replays about 170 hours of log, far over 2 hours.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 168,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
