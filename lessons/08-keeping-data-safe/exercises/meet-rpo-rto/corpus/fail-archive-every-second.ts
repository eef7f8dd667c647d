/**
 * @expect fail: Costs at most $2,150 a month
 * Forces a WAL segment out every second for the smallest possible loss: each forced segment is a whole 16 MB file, so the archive grows 29 times faster.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  archiveTimeoutS: 1,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
