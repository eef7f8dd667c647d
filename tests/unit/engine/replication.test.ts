import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_SIZING,
  archiveIntervalS,
  baseBackupHours,
  checkBackupPlan,
  recoverFromBackups,
  simulateReplication,
  worstRecovery,
  type ReplicationSpec,
} from 'archlab';

const base: ReplicationSpec = { durationMs: 10_000, replicas: 2 };

describe('replicated database', () => {
  it('is deterministic per seed', () => {
    const a = simulateReplication(base, { seed: 3 });
    const b = simulateReplication(base, { seed: 3 });
    expect(a.summary).toEqual(b.summary);
  });

  it('an asynchronous failover loses about write rate × shipping delay acknowledged writes', () => {
    // Constant delay D: the writes committed in the last D before the failure never arrive.
    const rate = 200;
    const delayMs = 50;
    const seeds = 30;
    let lost = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const r = simulateReplication(
        {
          durationMs: 4000,
          writeRatePerSec: rate,
          readRatePerSec: 0,
          shipDelayMs: delayMs,
          primaryFailure: { atMs: 3000, detectMs: 500, promoteMs: 200 },
        },
        { seed },
      );
      lost += r.summary.writesLost;
    }
    const mean = lost / seeds;
    const expected = (rate * delayMs) / 1000; // 10
    // Poisson count: standard error sqrt(10 / 30) ≈ 0.58; allow 4 standard errors.
    expect(Math.abs(mean - expected)).toBeLessThan(4 * Math.sqrt(expected / seeds));
  });

  it('a synchronous commit loses no acknowledged write in a failover and costs a round trip', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const spec: ReplicationSpec = {
        durationMs: 8000,
        mode: 'sync',
        primaryFailure: { atMs: 4000, detectMs: 1000, promoteMs: 500 },
      };
      const r = simulateReplication(spec, { seed });
      expect(r.summary.writesLost).toBe(0);
      expect(r.summary.promoted).not.toBeNull();
      const a = simulateReplication({ ...spec, mode: 'async' }, { seed });
      expect(r.summary.writeP50Ms).toBeGreaterThan(a.summary.writeP50Ms + 10);
    }
  });

  it('commits wait when fewer replicas than syncCount are up', () => {
    const r = simulateReplication(
      { durationMs: 6000, replicas: 1, mode: 'sync', replicaOutages: [{ replica: 0, atMs: 2000 }] },
      { seed: 1 },
    );
    expect(r.summary.writesPending).toBeGreaterThan(100);
  });

  it('primary utilisation matches (reads × read time + writes × write time) ÷ cores', () => {
    const r = simulateReplication(
      {
        durationMs: 60_000,
        replicas: 0,
        readRatePerSec: 200,
        writeRatePerSec: 100,
        readAfterWriteShare: 0,
      },
      { seed: 5 },
    );
    const expected = (200 * 8 + 100 * 4) / 1000 / 4; // 0.5
    expect(r.summary.primaryUtilisation).toBeCloseTo(expected, 1);
  });

  it('reads after writes see their write on the primary and not always on replicas', () => {
    const p = simulateReplication({ ...base, readFrom: 'primary' }, { seed: 1 });
    expect(p.summary.staleReads).toBe(0);
    const r = simulateReplication(base, { seed: 1 });
    expect(r.summary.staleReads).toBeGreaterThan(0);
    expect(r.firstStaleRead?.node).toMatch(/^replica-/);
    // remote_apply on every replica: a write is visible everywhere before it is acknowledged.
    const all = simulateReplication(
      { ...base, mode: 'sync', syncWaitFor: 'apply', syncCount: 2 },
      { seed: 1 },
    );
    expect(all.summary.staleReads).toBe(0);
  });

  it('rejects invalid specs with the field name', () => {
    expect(() =>
      simulateReplication(
        { durationMs: 5000, replicas: 1, mode: 'sync', syncCount: 2 },
        { seed: 1 },
      ),
    ).toThrow(/syncCount/);
    expect(() =>
      simulateReplication({ durationMs: 5000, replicas: 0, readFrom: 'replicas' }, { seed: 1 }),
    ).toThrow(ConfigError);
    expect(() =>
      simulateReplication({ durationMs: 5000, readFrom: { routeRead: () => 7 } }, { seed: 1 }),
    ).toThrow(/routeRead/);
  });
});

describe('backups', () => {
  const plan = checkBackupPlan({
    baseBackupEveryHours: 24,
    walArchiving: true,
    restoreTestEveryDays: 7,
  });
  const s = DEFAULT_SIZING;

  it('a base backup of 500 GB at 100 MB/s takes 500 × 1024 ÷ 100 ÷ 3600 h', () => {
    expect(baseBackupHours(s)).toBeCloseTo((500 * 1024) / 100 / 3600, 9);
  });

  it('with archiving the worst data loss is one archive interval', () => {
    const w = worstRecovery(plan, s);
    expect(w.dataLossMinutes).toBeCloseTo(archiveIntervalS(plan, s) / 60, 1);
  });

  it('without archiving the worst data loss is the interval plus the backup time', () => {
    const p = { ...plan, walArchiving: false };
    const w = worstRecovery(p, s);
    expect(w.dataLossMinutes / 60).toBeCloseTo(24 + baseBackupHours(s), 1);
  });

  it('the recovery time is machine + copy + replay of the WAL since the base backup', () => {
    const r = recoverFromBackups(plan, s, 30);
    const copy = (500 * 1024) / 200 / 60;
    const replay = (2 * (r.recoveredToHours - 24) * 1024) / 20 / 60;
    expect(r.baseBackupAtHours).toBe(24);
    expect(r.recoveryMinutes).toBeCloseTo(10 + copy + replay, 6);
  });

  it('a broken backup is found at the next restore drill; until then the last good one counts', () => {
    const broken = recoverFromBackups(plan, s, 24 * 6, 24 * 2);
    expect(broken.recoveredToHours).toBeLessThanOrEqual(48);
    const never = checkBackupPlan({ ...plan, restoreTestEveryDays: Infinity });
    const late = recoverFromBackups(never, s, 24 * 20, 24 * 2);
    expect(late.dataLossMinutes).toBeGreaterThan(17 * 24 * 60);
  });
});
