/**
 * @expect fail: A table dropped by mistake costs at most 15 minutes
 * Relies on the replicas and a nightly dump, no archived WAL: a DROP TABLE reaches the replicas at once, and the nightly backup is up to a day old.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: false,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
