/**
 * @expect pass
 * Disaster by disaster: two replicas with one synchronous (a crash loses nothing, one replica down
 * still leaves one to confirm), a daily base backup with WAL archiving (worst restore about
 * 10 + 43 + 25.4 h × 1.7 ≈ 96 min), a drill every 7 days, 14 days kept.
 * Cost: 3 × $600 + about 15 × 500 GB + 672 GB of WAL at $0.023 + 30/7 drills × $25 ≈ $2,095.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: 24,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
