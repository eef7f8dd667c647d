import { describe, expect, it } from 'vitest';
import { simulate, type AutoscalerFn, type Scenario } from 'archlab';

/** Traffic ramps 100 → 700/s over 5 minutes; each machine serves 100/s. */
const ramp = (autoscaler: Scenario['autoscaler']): Scenario => ({
  durationMs: 600_000,
  resolutionMs: 1000,
  traffic: {
    kind: 'poisson',
    ratePerSec: 100,
    ramp: { toPerSec: 700, startMs: 0, endMs: 300_000 },
  },
  servers: [0, 1].map(() => ({
    serviceTime: { kind: 'exponential', mean: 10 },
    queueCapacity: 50,
    pricePerHour: 1,
  })),
  loadBalancer: { strategy: 'least-connections' },
  ...(autoscaler ? { autoscaler } : {}),
});

describe('horizontal autoscaling', () => {
  const fixed = simulate(ramp(undefined), { seed: 1 });
  const scaled = simulate(
    ramp({ targetUtilisation: 0.6, intervalMs: 5000, bootMs: 10_000, max: 14 }),
    { seed: 1 },
  );

  it('scales out as traffic grows, to about rate / (capacity × target)', () => {
    expect(scaled.scaling.length).toBeGreaterThan(3);
    const last = scaled.scaling[scaled.scaling.length - 1]!;
    expect(last.to).toBeGreaterThanOrEqual(11);
    expect(last.to).toBeLessThanOrEqual(14);
    expect(scaled.scaling.every((e, i, a) => i === 0 || e.tMs > a[i - 1]!.tMs)).toBe(true);
  });

  it('keeps errors far below a fixed fleet and pays only for machines while provisioned', () => {
    expect(fixed.summary.errorRate).toBeGreaterThan(0.4);
    expect(scaled.summary.errorRate).toBeLessThan(0.05);
    // 14 machines all the time would cost 14 × 600 s at $1/h.
    expect(scaled.summary.cost).toBeLessThan((14 * 600) / 3600);
    expect(scaled.summary.cost).toBeGreaterThan(fixed.summary.cost);
  });

  it('booting machines take traffic only after bootMs', () => {
    const first = scaled.scaling[0]!;
    const spare = scaled.series.servers[2]!;
    const i = scaled.series.t.indexOf(first.tMs);
    expect(spare.metrics.throughputPerSec[i + 5]).toBe(0);
    expect(spare.metrics.throughputPerSec[i + 12]).toBeGreaterThan(0);
  });

  it('a learner policy is a plain function; its answer is clamped to min..max', () => {
    const views: number[] = [];
    const policy: AutoscalerFn = (view) => {
      views.push(view.utilisation);
      return 100;
    };
    const r = simulate(ramp({ policy, intervalMs: 60_000, bootMs: 0, max: 5 }), { seed: 1 });
    expect(r.scaling).toEqual([{ tMs: 60_000, from: 2, to: 5 }]);
    expect(views.length).toBe(9);
  });

  it('scales in when traffic falls, draining machines first', () => {
    const r = simulate(
      {
        ...ramp({ intervalMs: 5000, bootMs: 5000, min: 1, max: 8 }),
        traffic: {
          kind: 'poisson',
          ratePerSec: 500,
          ramp: { toPerSec: 50, startMs: 100_000, endMs: 200_000 },
        },
      },
      { seed: 2 },
    );
    const last = r.scaling[r.scaling.length - 1]!;
    expect(last.to).toBeLessThanOrEqual(2);
    expect(r.summary.errorRate).toBeLessThan(0.05);
  });
});
