/**
 * The rollout model (engine/model/rollout.ts): validation with messages naming the field, the
 * rolling update's invariants (Kubernetes' maxSurge / maxUnavailable) on a grid of fleets, its
 * duration formula, readiness, draining, rollback, the bad version's error rate, determinism.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, checkRollout, simulate, type RolloutSpec, type Scenario } from 'archlab';

const server = {
  cores: 1,
  workers: 4,
  blockingIo: false,
  serviceTime: { kind: 'exponential', mean: 100 },
} as const;

function scenario(replicas: number, rollout: RolloutSpec, extra: Partial<Scenario> = {}): Scenario {
  return {
    durationMs: 200_000,
    resolutionMs: 5000,
    traffic: { kind: 'poisson', ratePerSec: replicas * 5 },
    servers: Array.from({ length: replicas }, () => ({ ...server })),
    externalApi: { latencyMs: { kind: 'exponential', mean: 200 }, timeoutMs: 60_000 },
    rollout,
    ...extra,
  };
}

describe('checkRollout', () => {
  const bad = (spec: unknown, field: string, msg: RegExp) => {
    try {
      checkRollout(spec, 10);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).message).toContain(field);
      expect((err as ConfigError).message).toMatch(msg);
      return;
    }
    throw new Error(`accepted ${JSON.stringify(spec)}`);
  };

  it('fills defaults: rolling, surge 1, unavailable 0, readiness on, 30 s drain', () => {
    const c = checkRollout({}, 10);
    expect(c).toMatchObject({
      strategy: 'rolling',
      maxSurge: 1,
      maxUnavailable: 0,
      readinessProbe: true,
      drainMs: 30_000,
      errorRate: 0,
      slowdown: 1,
      analysis: null,
    });
  });

  it('rejects what Kubernetes rejects, naming the field', () => {
    bad({ maxSurge: 0, maxUnavailable: 0 }, 'rollout.maxSurge', /both be 0/);
    bad({ maxSurge: 0.25 }, 'rollout.maxSurge', /integer/);
    bad({ maxUnavailable: 11 }, 'rollout.maxUnavailable', /10/);
    bad({ strategy: 'big-bang' }, 'rollout.strategy', /rolling/);
    bad({ version: { errorRate: 2 } }, 'rollout.version.errorRate', /1/);
    bad({ analysis: { rule: 'strict' } }, 'rollout.analysis.rule', /function/);
    bad({ surge: 1 }, 'rollout', /surge/);
  });

  it('counts its replacements in the run budget', () => {
    expect(() => simulate(scenario(600, {}, { durationMs: 1000 }), { seed: 1 })).toThrow(
      /rollout.*1,200 servers/,
    );
  });

  it('is not combined with an autoscaler', () => {
    expect(() => simulate(scenario(2, {}, { autoscaler: { max: 4 } }), { seed: 1 })).toThrow(
      /autoscaler/,
    );
  });
});

describe('rolling update', () => {
  it('keeps its bounds on every fleet, and is complete after ⌈R ÷ (s + u)⌉ startup periods', () => {
    for (const replicas of [1, 3, 5, 8])
      for (const surge of [0, 1, 2, 3])
        for (const unavailable of [0, 1, 2]) {
          if (surge + unavailable === 0 || unavailable > replicas || surge > replicas) continue;
          const r = simulate(
            scenario(replicas, {
              atMs: 1000,
              maxSurge: surge,
              maxUnavailable: unavailable,
              startupMs: 10_000,
            }),
            { seed: 3 },
          ).rollout!;
          const label = `${replicas} servers, surge ${surge}, unavailable ${unavailable}`;
          expect(r.outcome, label).toBe('completed');
          for (const p of r.timeline) {
            expect(p.old + p.new + p.starting, label).toBeLessThanOrEqual(replicas + surge);
            expect(p.ready, label).toBeGreaterThanOrEqual(replicas - unavailable);
          }
          const periods = Math.ceil(replicas / (surge + unavailable));
          expect(r.completedMs - 1000, label).toBe(periods * 10_000);
          const last = r.timeline[r.timeline.length - 1]!;
          expect(last.old, label).toBe(0);
          expect(last.new, label).toBe(replicas);
        }
  });

  it('without a readiness probe counts starting servers as available and refuses their traffic', () => {
    const r = simulate(scenario(4, { atMs: 1000, readinessProbe: false, startupMs: 10_000 }), {
      seed: 2,
    }).rollout!;
    expect(r.completedMs).toBe(1000);
    expect(r.minReady).toBe(0);
    expect(r.refusedNotReady).toBeGreaterThan(150);
    expect(r.newVersion.errors).toBe(r.refusedNotReady);
  });

  it('drains: in-flight requests finish with a drain time, and are lost without one', () => {
    const run = (drainMs: number) =>
      simulate(scenario(4, { atMs: 1000, drainMs, startupMs: 5000 }), { seed: 5 });
    const drained = run(30_000);
    expect(drained.rollout!.killedInFlight).toBe(0);
    expect(drained.summary.failed).toBe(0);
    const killed = run(0);
    expect(killed.rollout!.killedInFlight).toBeGreaterThan(0);
    expect(killed.summary.failed).toBe(killed.rollout!.killedInFlight);
  });
});

describe('bad versions', () => {
  it('fail about errorRate of the new version’s requests (within 4 standard errors)', () => {
    const r = simulate(scenario(4, { atMs: 1000, version: { errorRate: 0.1 } }), {
      seed: 7,
    }).rollout!;
    const n = r.newVersion.requests;
    const p = r.newVersion.errors / n;
    expect(n).toBeGreaterThan(2000);
    expect(Math.abs(p - 0.1)).toBeLessThan(4 * Math.sqrt((0.1 * 0.9) / n));
    expect(r.oldVersion.errors).toBe(0);
  });

  it('a canary gets about 1 / (R + 1) of the requests while it is alone', () => {
    const r = simulate(
      scenario(5, {
        strategy: 'canary',
        atMs: 1000,
        startupMs: 5000,
        analysis: { rule: () => 'wait' },
      }),
      { seed: 4 },
    ).rollout!;
    const share = r.newVersion.requests / (r.newVersion.requests + r.oldVersion.requests);
    expect(share).toBeGreaterThan(1 / 6 - 0.02);
    expect(share).toBeLessThan(1 / 6 + 0.02);
    expect(r.outcome).toBe('in-progress');
  });

  it('rollback: blue-green switches back at once, rolling restarts the old servers', () => {
    const bg = simulate(
      scenario(4, {
        strategy: 'blue-green',
        atMs: 1000,
        startupMs: 10_000,
        version: { errorRate: 0.3 },
        analysis: { maxErrorRate: 0.1, intervalMs: 5000 },
      }),
      { seed: 8 },
    ).rollout!;
    expect(bg.outcome).toBe('rolled-back');
    expect(bg.minReady).toBe(4);
    const end = bg.timeline[bg.timeline.length - 1]!;
    expect([end.old, end.new]).toEqual([4, 0]);
    const rolling = simulate(
      scenario(4, {
        atMs: 1000,
        maxSurge: 0,
        maxUnavailable: 2,
        startupMs: 10_000,
        version: { errorRate: 0.3 },
        analysis: { maxErrorRate: 0.1, intervalMs: 5000 },
      }),
      { seed: 8 },
    ).rollout!;
    expect(rolling.outcome).toBe('rolled-back');
    // The rollback keeps the capacity the update kept: new servers leave as old ones are ready.
    expect(rolling.minReady).toBe(4 - 2);
    const last = rolling.timeline[rolling.timeline.length - 1]!;
    expect([last.old, last.new, last.ready]).toEqual([4, 0, 4]);
  });

  it('is deterministic per seed', () => {
    const s = scenario(3, { strategy: 'canary', atMs: 1000, version: { errorRate: 0.05 } });
    expect(simulate(s, { seed: 9 })).toEqual(simulate(s, { seed: 9 }));
  });
});
