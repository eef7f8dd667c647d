/**
 * @expect fail: Writes are accepted again within 60 s
 * One synchronous replica, the cheapest way to lose nothing: once it is promoted, no replica is left to confirm commits, and writes hang.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 1,
  mode: 'sync',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
