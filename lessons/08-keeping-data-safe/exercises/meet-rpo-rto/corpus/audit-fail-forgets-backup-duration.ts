/**
 * @expect fail: The dropped table is back
 * Boundary: sizes the interval so that replaying one interval of log fits the 2 hours
 * ((120 − 10 − 42.7) min ÷ 1.7 min per hour ≈ 39 h), forgetting that the log written while the base
 * backup itself was being copied (1.4 h) must be replayed too: the worst restore takes about 122 min.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 39,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
