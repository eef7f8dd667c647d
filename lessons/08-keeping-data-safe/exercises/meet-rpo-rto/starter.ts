// The shop's database holds 500 GB and writes 2 GB of write-ahead log (WAL) an hour
// (1 GB = 1,024 MB in every calculation here).
// Choose how it is replicated and backed up. The goal above lists the targets and the budget;
// the prices are: $600 a month per database machine (the primary and each replica),
// $0.023 per GB-month of backup storage (base backups and archived WAL, kept retentionDays),
// and $25 per restore drill.
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  // TODO: how many replicas, and does a commit wait for one of them?
  replicas: 1,
  mode: 'async',
};

export const backup: BackupPlanSpec = {
  // TODO: a nightly copy of the whole database…
  baseBackupEveryHours: 24,
  // …but nothing in between.
  walArchiving: false,
  // TODO: nobody has ever restored one of these backups.
  restoreTestEveryDays: Infinity,
  retentionDays: 14,
};
