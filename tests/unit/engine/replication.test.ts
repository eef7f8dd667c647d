import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_SIZING,
  archiveIntervalS,
  baseBackupHours,
  checkBackupPlan,
  recoverFromBackups,
  simulateReplication,
  simulate,
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

describe('read replicas as an option of the scenario database', () => {
  const scenario = (replicas?: { count: number; readShare?: number }) => ({
    durationMs: 20_000,
    traffic: { kind: 'poisson' as const, ratePerSec: 300 },
    servers: [{ name: 'app', cores: 8, workers: 64, serviceTime: 5 }],
    database: {
      capacity: 2,
      queryTimeMs: { kind: 'exponential' as const, mean: 5 },
      ...(replicas ? { replicas } : {}),
    },
  });

  it('take the read share of the queries off the primary', () => {
    const one = simulate(scenario(), { seed: 2 });
    const two = simulate(scenario({ count: 2, readShare: 0.8 }), { seed: 2 });
    const db1 = one.summary.database!;
    const db2 = two.summary.database!;
    // 300 queries/s × 5 ms on 2 executors: ρ = 0.75 alone; the primary keeps 20 % of them.
    expect(db1.utilisation).toBeCloseTo(0.75, 1);
    expect(db2.utilisation).toBeCloseTo(0.75 * 0.2, 1);
    expect(db2.replicaQueries! / db2.queries).toBeCloseTo(0.8, 2);
    // Each of 2 replicas carries 40 %: ρ = 0.3.
    expect(db2.replicaUtilisation).toBeCloseTo(0.3, 1);
    expect(two.summary.latencyMs.p95).toBeLessThan(one.summary.latencyMs.p95);
  });

  it('leave a scenario without them exactly as it was', () => {
    const a = simulate(scenario(), { seed: 4 });
    expect(a.summary.database).not.toHaveProperty('replicaQueries');
  });

  it('are validated with the field name', () => {
    expect(() => simulate(scenario({ count: 0 }), { seed: 1 })).toThrow(
      /database\.replicas\.count/,
    );
    expect(() => simulate(scenario({ count: 1, readShare: 2 }), { seed: 1 })).toThrow(/readShare/);
  });
});
