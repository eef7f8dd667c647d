/**
 * @expect fail: A crashed primary loses no acknowledged write
 * Two asynchronous replicas: failover is fast and writes never wait, but the writes the primary had
 * acknowledged and not yet shipped are lost in a crash.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'async',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
