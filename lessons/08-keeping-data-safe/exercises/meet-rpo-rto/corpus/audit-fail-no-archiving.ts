/**
 * @expect fail: A table dropped by mistake
 * Trusts the replicas and a nightly base backup for the dropped table: without WAL archiving a
 * mistake at the wrong moment loses up to a day and a half of data, not 15 minutes.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: false,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
