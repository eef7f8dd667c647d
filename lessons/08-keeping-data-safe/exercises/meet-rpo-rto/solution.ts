// The shop's database holds 500 GB and writes 2 GB of write-ahead log (WAL) an hour.
// Choose how it is replicated and backed up. The goal above lists the targets and the budget;
// the prices are: $600 a month per database machine (the primary and each replica),
// $0.023 per GB-month of backup storage (base backups and archived WAL, kept retentionDays),
// and $25 per restore drill.
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  // A commit waits until one of two replicas has it on disk: a crash loses nothing, and one
  // replica can die without stopping writes (the other still confirms).
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  // Restoring takes 10 min (machine) + 500 GB at 200 MB/s (≈ 43 min) + replaying the WAL since
  // the base backup at 20 MB/s. 2 h leaves ≈ 67 min of replay ≈ 79 GB of WAL ≈ 39 h of writes,
  // counted from the start of a base backup that itself takes ≈ 1.4 h: every 36 h fits.
  baseBackupEveryHours: 36,
  // Archived WAL: a dropped table can be recovered to just before the mistake (seconds lost).
  walArchiving: true,
  // A backup that was never restored is not a backup: a weekly drill finds a broken one in ≤ 7 days.
  restoreTestEveryDays: 7,
  retentionDays: 14,
};
