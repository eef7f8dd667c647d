/**
 * Backups and restores of a database, in hours and minutes: what a disaster at a given moment
 * costs in data (the recovery point) and in time (the recovery time), for a backup plan.
 *
 * The plan follows PostgreSQL's continuous archiving ("Continuous Archiving and Point-in-Time
 * Recovery (PITR)"): a full copy of the data (a *base backup*) taken every `baseBackupEveryHours`,
 * and, optionally, every completed segment of the write-ahead log (WAL) archived as well.
 * - A base backup starts at 0, I, 2I, … hours and takes `dataGb / backupMbPerSec` to copy; it can
 *   be used once it has finished. Restored alone, it holds the data as of its start (a simplification:
 *   a real base backup is consistent as of its end, once the WAL written during the copy is replayed).
 * - With WAL archiving, a segment is archived when it is full (`walSegmentMb`, 16 MB by default in
 *   PostgreSQL) or when `archiveTimeoutS` has passed (PostgreSQL's `archive_timeout`), whichever
 *   comes first: writes since the last archived segment are the data at risk.
 * - Restoring takes: a machine (`provisionMinutes`), copying the base backup back
 *   (`dataGb / restoreMbPerSec`) and, with archiving, replaying all the WAL written since that base
 *   backup started (`walGbPerHour × hours / replayMbPerSec`) up to the chosen moment.
 * - Restore drills: every `restoreTestEveryDays` days the latest backup is restored on a spare machine.
 *   A backup that completes but cannot be restored (a missing file, a lost key) is found only then.
 *
 * Pure functions of their inputs: no randomness, no clock.
 */
import { checkKeys, checkNumber, checkObject, ConfigError, optNumber } from '../core/errors.ts';

/** A backup plan as JSON data. */
export interface BackupPlanSpec {
  /** A base (full) backup every this many hours (1–720). */
  baseBackupEveryHours: number;
  /** Archive the write-ahead log continuously, for point-in-time recovery. */
  walArchiving: boolean;
  /** With archiving: archive a segment at least this often, s (default 60, PostgreSQL's `archive_timeout`). */
  archiveTimeoutS?: number;
  /** Restore the latest backup as a drill every this many days (at least 1, or Infinity: never). */
  restoreTestEveryDays: number;
  /** Keep backups (and archived WAL) this many days (default 14). */
  retentionDays?: number;
}

export type BackupPlan = Required<BackupPlanSpec>;

/** The database being backed up. Defaults describe a 500 GB database written at 2 GB of WAL per hour. */
export interface DatabaseSizing {
  /** Size of the data, GB (default 500). */
  dataGb: number;
  /** WAL written per hour, GB (default 2). */
  walGbPerHour: number;
  /** Speed of taking a base backup, MB/s (default 100). */
  backupMbPerSec: number;
  /** Speed of copying a base backup back, MB/s (default 200). */
  restoreMbPerSec: number;
  /** Speed of replaying archived WAL, MB/s (default 20). */
  replayMbPerSec: number;
  /** Time to get a machine to restore onto, minutes (default 10). */
  provisionMinutes: number;
  /** WAL segment size, MB (default 16). */
  walSegmentMb: number;
}

export const DEFAULT_SIZING: Readonly<DatabaseSizing> = {
  dataGb: 500,
  walGbPerHour: 2,
  backupMbPerSec: 100,
  restoreMbPerSec: 200,
  replayMbPerSec: 20,
  provisionMinutes: 10,
  walSegmentMb: 16,
};

/** Validate a backup plan; throws `ConfigError` naming the field and the allowed range. */
export function checkBackupPlan(value: unknown, field = 'backup'): BackupPlan {
  const o = checkObject(value, field);
  checkKeys(o, field, [
    'baseBackupEveryHours',
    'walArchiving',
    'archiveTimeoutS',
    'restoreTestEveryDays',
    'retentionDays',
  ]);
  if (typeof o['walArchiving'] !== 'boolean')
    throw new ConfigError(
      `${field}.walArchiving`,
      `must be true or false, got ${JSON.stringify(o['walArchiving'])}`,
    );
  return {
    baseBackupEveryHours: checkNumber(o['baseBackupEveryHours'], `${field}.baseBackupEveryHours`, {
      min: 1,
      max: 720,
    }),
    walArchiving: o['walArchiving'],
    archiveTimeoutS: optNumber(o['archiveTimeoutS'], `${field}.archiveTimeoutS`, 60, {
      min: 1,
      max: 86_400,
    }),
    restoreTestEveryDays: checkNumber(o['restoreTestEveryDays'], `${field}.restoreTestEveryDays`, {
      min: 1,
      infinite: true,
    }),
    retentionDays: optNumber(o['retentionDays'], `${field}.retentionDays`, 14, {
      min: 1,
      max: 3650,
    }),
  };
}

const MB_PER_GB = 1024;

/** Hours a base backup takes to copy: dataGb × 1024 ÷ backupMbPerSec ÷ 3600. */
export function baseBackupHours(s: DatabaseSizing): number {
  return (s.dataGb * MB_PER_GB) / s.backupMbPerSec / 3600;
}

/**
 * Seconds between two archived WAL segments: a segment fills in walSegmentMb ÷ (WAL MB per second),
 * and `archive_timeout` forces one sooner when writes are few. The worst-case data at risk with archiving.
 */
export function archiveIntervalS(plan: BackupPlan, s: DatabaseSizing): number {
  const walMbPerSec = (s.walGbPerHour * MB_PER_GB) / 3600;
  const fillS = walMbPerSec > 0 ? s.walSegmentMb / walMbPerSec : Infinity;
  return Math.min(plan.archiveTimeoutS, fillS);
}

/** What recovering from backups after a disaster at `atHours` gives. */
export interface Recovery {
  /** Start time of the base backup restored, hours (NaN if there is none). */
  baseBackupAtHours: number;
  /** The moment the restored data reflects, hours. */
  recoveredToHours: number;
  /** Writes lost: the disaster's moment minus the recovered moment, minutes. */
  dataLossMinutes: number;
  /** Machine + copy back + WAL replay, minutes (Infinity if nothing can be restored). */
  recoveryMinutes: number;
}

/**
 * Recover to just before a disaster at `atHours` (the primary and its disk lost, or a table
 * dropped by mistake, which replicas copy at once). `brokenSinceHours`: from then on, backups
 * complete but cannot be restored, until the first restore drill after that finds it; backups and
 * WAL made in that window are unusable.
 */
export function recoverFromBackups(
  plan: BackupPlan,
  sizing: DatabaseSizing,
  atHours: number,
  brokenSinceHours = Infinity,
): Recovery {
  const fixedAt = brokenDetectedAtHours(plan, brokenSinceHours);
  const usable = (t: number) => t < brokenSinceHours || t >= fixedAt;
  const dur = baseBackupHours(sizing);
  // Latest base backup that finished before the disaster and is usable.
  let k = Math.floor(atHours / plan.baseBackupEveryHours);
  let base = NaN;
  for (; k >= 0; k--) {
    const start = k * plan.baseBackupEveryHours;
    if (start + dur <= atHours && usable(start)) {
      base = start;
      break;
    }
  }
  if (Number.isNaN(base))
    return {
      baseBackupAtHours: NaN,
      recoveredToHours: 0,
      dataLossMinutes: atHours * 60,
      recoveryMinutes: Infinity,
    };
  let recoveredTo = base;
  if (plan.walArchiving) {
    const stepH = archiveIntervalS(plan, sizing) / 3600;
    // Last segment archived before the disaster (archiving runs on a fixed cadence from 0).
    let archived = Math.floor(atHours / stepH) * stepH;
    // Segments archived while broken are unusable, and replay cannot cross a missing segment.
    if (base < brokenSinceHours && brokenSinceHours < atHours)
      archived = Math.min(archived, brokenSinceHours);
    recoveredTo = Math.max(base, archived);
  }
  const copyMin = (sizing.dataGb * MB_PER_GB) / sizing.restoreMbPerSec / 60;
  const replayMin = plan.walArchiving
    ? (sizing.walGbPerHour * (recoveredTo - base) * MB_PER_GB) / sizing.replayMbPerSec / 60
    : 0;
  return {
    baseBackupAtHours: base,
    recoveredToHours: recoveredTo,
    dataLossMinutes: (atHours - recoveredTo) * 60,
    recoveryMinutes: sizing.provisionMinutes + copyMin + replayMin,
  };
}

/** First restore drill at or after `brokenSinceHours` (drills at every `restoreTestEveryDays` from 0). */
export function brokenDetectedAtHours(plan: BackupPlan, brokenSinceHours: number): number {
  if (!Number.isFinite(brokenSinceHours) || !Number.isFinite(plan.restoreTestEveryDays))
    return Infinity;
  const every = plan.restoreTestEveryDays * 24;
  return Math.ceil(brokenSinceHours / every) * every;
}

/**
 * Worst case over the moment of the disaster (scanned every `stepHours` over `spanHours`):
 * the largest data loss and the longest recovery.
 */
export function worstRecovery(
  plan: BackupPlan,
  sizing: DatabaseSizing,
  spanHours = 24 * 14,
  stepHours = 1 / 60,
): { dataLossMinutes: number; recoveryMinutes: number } {
  let loss = 0;
  let time = 0;
  // Skip the first base backup interval: before the first backup there is nothing to restore.
  const from = plan.baseBackupEveryHours + baseBackupHours(sizing);
  for (let t = from; t <= from + spanHours; t += stepHours) {
    const r = recoverFromBackups(plan, sizing, t);
    if (r.dataLossMinutes > loss) loss = r.dataLossMinutes;
    if (r.recoveryMinutes > time) time = r.recoveryMinutes;
  }
  return { dataLossMinutes: loss, recoveryMinutes: time };
}
