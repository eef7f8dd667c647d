/**
 * @expect fail: Costs at most
 * Over budget on storage: a base backup every 12 h keeps about 29 copies of 500 GB ($330 a month),
 * which with three machines and weekly drills passes $2,150.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 12,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
