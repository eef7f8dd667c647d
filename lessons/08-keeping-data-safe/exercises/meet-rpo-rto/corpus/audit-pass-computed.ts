/**
 * @expect pass
 * Computes the plan from the targets instead of guessing: the longest base-backup interval whose
 * worst restore (provision + copy back + replay of interval + backup duration of WAL) fits 2 hours,
 * with a margin, rounded down to whole hours; a drill every 7 days; retention 15 days.
 */
import type { BackupPlanSpec, ReplicationSpec } from 'archlab';

const dataGb = 500;
const walGbPerHour = 2;
const provisionMin = 10;
const copyBackMin = (dataGb * 1024) / 200 / 60;
const replayMinPerHourOfWal = (walGbPerHour * 1024) / 20 / 60;
const backupDurationH = (dataGb * 1024) / 100 / 3600;
const rtoMin = 120;
const maxReplayHours = (rtoMin - provisionMin - copyBackMin) / replayMinPerHourOfWal;
// Keep a 10 % margin: replay speed is the least predictable number.
const everyHours = Math.floor(0.9 * (maxReplayHours - backupDurationH));

export const replication: Pick<ReplicationSpec, 'replicas' | 'mode' | 'syncCount'> = {
  replicas: 2,
  mode: 'sync',
  syncCount: 1,
};

export const backup: BackupPlanSpec = {
  baseBackupEveryHours: everyHours,
  walArchiving: true,
  restoreTestEveryDays: 7,
  retentionDays: 15,
};
