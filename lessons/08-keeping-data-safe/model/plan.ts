/**
 * What the chapter's exercises, simulations and claims share: the shop's database, its targets,
 * a price list, and the runs that put a data-safety plan through a crash, a replica outage and a
 * table dropped by mistake.
 */
import {
  brokenDetectedAtHours,
  checkBackupPlan,
  DEFAULT_SIZING,
  simulateReplication,
  worstRecovery,
  type BackupPlan,
  type BackupPlanSpec,
  type ReplicationResult,
  type ReplicationSpec,
} from 'archlab';

/** Replication and backups: what the learner chooses in `meet-rpo-rto`. */
export interface DataSafetyPlan {
  /** Replicas besides the primary (0–3). */
  replicas: number;
  /** 'async': acknowledge at commit; 'sync': wait until `syncCount` replicas have the write. */
  mode: 'async' | 'sync';
  /** Replicas a synchronous commit waits for (default 1). */
  syncCount?: number;
  backup: BackupPlanSpec;
}

/** The shop's database (500 GB, 2 GB of WAL an hour: see DEFAULT_SIZING). */
export const SIZING = DEFAULT_SIZING;

/** The course's price list (illustrative round numbers, not any provider's). */
export const PRICES = {
  /** One database machine (primary or replica), $ per month. */
  machinePerMonth: 600,
  /** Backup storage, $ per GB-month. */
  storagePerGbMonth: 0.023,
  /** One restore drill (a spare machine for a few hours), $. */
  restoreDrill: 25,
  /** Days in the month the costs are counted over. */
  daysPerMonth: 30,
} as const;

/** The targets of `meet-rpo-rto`. */
export const TARGETS = {
  /** A crashed primary: acknowledged writes lost (the recovery point objective for a crash). */
  crashLostWrites: 0,
  /** A crashed primary: writes accepted again within this many seconds (the recovery time objective). */
  crashRecoveryS: 60,
  /** A table dropped by mistake: at most this much data lost, minutes. */
  mistakeLossMinutes: 15,
  /** A table dropped by mistake: the data back within this many minutes. */
  mistakeRecoveryMinutes: 120,
  /** A backup that cannot be restored is noticed within this many days. */
  brokenFoundDays: 7,
  /** Backups reach back at least this many days (mistakes are noticed late). */
  retentionDays: 14,
  /** Monthly budget, $. */
  budgetPerMonth: 2150,
} as const;

/** Monthly cost of a plan, itemised, $. */
export function monthlyCost(plan: DataSafetyPlan): {
  machines: number;
  baseBackups: number;
  wal: number;
  drills: number;
  total: number;
} {
  const b = checkBackupPlan(plan.backup, 'plan.backup');
  const machines = (1 + plan.replicas) * PRICES.machinePerMonth;
  const kept = Math.ceil((b.retentionDays * 24) / b.baseBackupEveryHours);
  const baseBackups = kept * SIZING.dataGb * PRICES.storagePerGbMonth;
  // A segment archived early by archive_timeout is still a whole segment on disk.
  const walGbPerHour = Math.max(
    SIZING.walGbPerHour,
    (SIZING.walSegmentMb / 1024) * (3600 / b.archiveTimeoutS),
  );
  const wal = b.walArchiving ? walGbPerHour * 24 * b.retentionDays * PRICES.storagePerGbMonth : 0;
  const drills = Number.isFinite(b.restoreTestEveryDays)
    ? (PRICES.daysPerMonth / b.restoreTestEveryDays) * PRICES.restoreDrill
    : 0;
  return { machines, baseBackups, wal, drills, total: machines + baseBackups + wal + drills };
}

/** The crash the checks replay: the primary dies 10 s into 20 s of traffic. */
export const CRASH = { atMs: 10_000, detectMs: 5000, promoteMs: 3000 } as const;

/**
 * Traffic of the crash and outage runs: 100 writes/s; replicas a little behind (busy, another
 * zone). Reads do not change what a crash loses, so these runs leave them out (faster checks).
 */
function trafficFor(plan: DataSafetyPlan): ReplicationSpec {
  return {
    durationMs: 20_000,
    writeRatePerSec: 100,
    readRatePerSec: 0,
    readAfterWriteShare: 0,
    replicas: plan.replicas,
    mode: plan.mode,
    ...(plan.syncCount !== undefined ? { syncCount: plan.syncCount } : {}),
    shipDelayMs: { kind: 'lognormal', median: 60, sigma: 0.6 },
    readFrom: 'primary',
  };
}

/** The primary crashes at 10 s; the most up-to-date replica is promoted automatically. */
export function crashRun(plan: DataSafetyPlan, seed: number): ReplicationResult {
  return simulateReplication({ ...trafficFor(plan), primaryFailure: { ...CRASH } }, { seed });
}

/** The first replica dies at 5 s and does not come back; the primary keeps running. */
export function replicaOutageRun(plan: DataSafetyPlan, seed: number): ReplicationResult {
  return simulateReplication(
    { ...trafficFor(plan), replicaOutages: [{ replica: 0, atMs: 5000 }] },
    { seed },
  );
}

/** A table dropped by mistake at the worst moment of two weeks: data lost and time to restore. */
export function mistakeRecovery(plan: DataSafetyPlan): {
  dataLossMinutes: number;
  recoveryMinutes: number;
} {
  return worstRecovery(checkBackupPlan(plan.backup, 'plan.backup'), SIZING);
}

/** Days until a backup that silently broke is noticed, at worst: the drill interval. */
export function brokenFoundAfterDays(backup: BackupPlan): number {
  // Worst moment to break: just after a drill.
  const every = backup.restoreTestEveryDays * 24;
  if (!Number.isFinite(every)) return Infinity;
  return (brokenDetectedAtHours(backup, every + 1e-6) - every) / 24;
}
