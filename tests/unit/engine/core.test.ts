import { describe, expect, it } from 'vitest';
import {
  EventQueue,
  Fifo,
  LogHistogram,
  MetricsRegistry,
  Rng,
  Simulation,
  distributionMean,
  sampler,
  simulate,
  type DistributionSpec,
} from 'archlab';
import { rel } from './stats.ts';

describe('event queue', () => {
  it('pops in time order, and same-time events in the order they were pushed', () => {
    const q = new EventQueue(2);
    const rng = new Rng(1);
    const pushed: [number, number][] = [];
    for (let i = 0; i < 5000; i++) {
      const t = Math.floor(rng.next() * 100);
      q.push(t, 0, 0, i);
      pushed.push([t, i]);
    }
    const popped: [number, number][] = [];
    while (q.size > 0) {
      popped.push([q.peekTime(), q.topArg()]);
      q.pop();
    }
    pushed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(popped).toEqual(pushed);
    expect(q.peekTime()).toBe(Infinity);
  });
});

describe('simulation clock', () => {
  it('runUntil processes events up to t and leaves the clock at t; step goes one at a time', () => {
    const sim = new Simulation();
    const seen: number[] = [];
    sim.at(5, () => seen.push(sim.now));
    sim.at(15, () => seen.push(sim.now));
    sim.after(10, () => sim.after(1, () => seen.push(sim.now)));
    sim.runUntil(12);
    expect(seen).toEqual([5, 11]);
    expect(sim.now).toBe(12);
    expect(sim.step()).toBe(true);
    expect(seen).toEqual([5, 11, 15]);
    expect(sim.step()).toBe(false);
  });
});

describe('seeded RNG (xoroshiro128+ via pure-rand)', () => {
  it('same seed → same numbers; different seeds differ; values in [0, 1)', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(rel(xs.reduce((s, x) => s + x, 0) / xs.length, 0.5)).toBeLessThan(0.05);
  });

  it('forks are independent streams and do not depend on draws made elsewhere', () => {
    const root1 = new Rng(7);
    const f1 = root1.fork();
    const g1 = root1.fork();
    const root2 = new Rng(7);
    const f2 = root2.fork();
    const g2 = root2.fork();
    for (let i = 0; i < 100; i++) f2.next();
    expect(g2.next()).toBe(g1.next());
    expect(f1.next()).not.toBe(g1.next());
  });

  it('rejects a non-integer seed, naming it', () => {
    expect(() => new Rng(1.5)).toThrow(/seed: must be an integer/);
  });
});

describe('distributions: sample means match analytic means (10^5 draws)', () => {
  const specs: DistributionSpec[] = [
    { kind: 'constant', value: 3 },
    { kind: 'uniform', min: 2, max: 10 },
    { kind: 'exponential', mean: 7 },
    { kind: 'normal', mean: 50, stddev: 5 },
    { kind: 'lognormal', median: 10, sigma: 0.5 },
    { kind: 'pareto', scale: 1, shape: 3 },
    {
      kind: 'bimodal',
      low: { kind: 'constant', value: 1 },
      high: { kind: 'constant', value: 100 },
      pHigh: 0.1,
    },
    {
      kind: 'mixture',
      components: [
        { weight: 3, dist: { kind: 'exponential', mean: 2 } },
        { weight: 1, dist: { kind: 'uniform', min: 10, max: 20 } },
      ],
    },
    { kind: 'empirical', values: [1, 2, 10], weights: [1, 1, 2] },
    { kind: 'empirical', values: [4, 8] },
  ];
  it.each(specs.map((s) => [s.kind, s] as const))('%s', (_kind, spec) => {
    const draw = sampler(spec, new Rng(3));
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) sum += draw();
    expect(rel(sum / n, distributionMean(spec))).toBeLessThan(0.02);
  });

  it('lognormal median and exponential p95 are right', () => {
    const draw = sampler({ kind: 'lognormal', median: 10, sigma: 1 }, new Rng(4));
    const xs = Array.from({ length: 50_001 }, draw).sort((a, b) => a - b);
    expect(rel(xs[25_000]!, 10)).toBeLessThan(0.03);
  });
});

describe('DDSketch histogram', () => {
  it('every quantile within 1% relative error of the exact order statistic', () => {
    const h = new LogHistogram();
    const draw = sampler({ kind: 'lognormal', median: 40, sigma: 1.2 }, new Rng(5));
    const xs = Array.from({ length: 100_000 }, draw);
    for (const x of xs) h.record(x);
    xs.sort((a, b) => a - b);
    for (const q of [0.01, 0.1, 0.5, 0.9, 0.95, 0.99, 0.999]) {
      const exact = xs[Math.floor(q * (xs.length - 1))]!;
      expect(rel(h.quantile(q), exact), `q=${q}`).toBeLessThanOrEqual(0.0101);
    }
    expect(h.count).toBe(100_000);
    expect(h.quantile(1)).toBe(xs[xs.length - 1]);
  });

  it('merges, resets, and is NaN when empty', () => {
    const a = new LogHistogram();
    const b = new LogHistogram();
    a.record(1);
    b.record(100);
    a.merge(b);
    expect(a.count).toBe(2);
    expect(a.max).toBe(100);
    a.reset();
    expect(a.quantile(0.5)).toBeNaN();
  });
});

describe('metrics registry', () => {
  it('counters, gauges and histograms scrape into a time series', () => {
    const m = new MetricsRegistry();
    m.counter('requests').inc();
    m.counter('requests').inc(2);
    m.counter('requests').inc(-5);
    m.gauge('queue').set(4);
    m.histogram('latency').observe(10);
    const s = m.scrape(1000);
    expect(s.values).toMatchObject({ requests: 3, queue: 4, latency_count: 1 });
    expect(m.scrapes).toHaveLength(1);
  });
});

describe('fifo', () => {
  it('keeps order across growth and wrap-around', () => {
    const f = new Fifo<number>(2);
    const out: number[] = [];
    for (let i = 0; i < 50; i++) {
      f.push(i);
      if (i % 3 === 0) out.push(f.shift()!);
    }
    out.push(...f.drain());
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});

describe('traffic shapes', () => {
  const count = (traffic: Parameters<typeof simulate>[0]['traffic'], durationMs = 100_000) =>
    simulate(
      { durationMs, resolutionMs: 1000, traffic, servers: [{ cores: 1000, serviceTime: 1 }] },
      { seed: 8 },
    ).series.metrics.arrivalsPerSec;

  it('constant traffic is evenly spaced: exactly the rate in every second', () => {
    expect(new Set(count({ kind: 'constant', ratePerSec: 50 }, 20_000))).toEqual(new Set([50]));
  });

  it('Poisson traffic averages the rate', () => {
    const a = count({ kind: 'poisson', ratePerSec: 200 });
    expect(rel(a.reduce((s, x) => s + x, 0) / a.length, 200)).toBeLessThan(0.01);
  });

  it('a spike multiplies the rate during its window only', () => {
    const a = count({
      kind: 'poisson',
      ratePerSec: 100,
      spikes: [{ atMs: 40_000, durationMs: 20_000, multiplier: 5 }],
    });
    const mean = (from: number, to: number) =>
      a.slice(from, to).reduce((s, x) => s + x, 0) / (to - from);
    expect(rel(mean(40, 60), 500)).toBeLessThan(0.03);
    expect(rel(mean(0, 40), 100)).toBeLessThan(0.03);
    expect(rel(mean(60, 100), 100)).toBeLessThan(0.03);
  });

  it('bursts multiply the rate during the on part of every period', () => {
    const a = count({
      kind: 'poisson',
      ratePerSec: 100,
      bursts: { periodMs: 10_000, onMs: 2000, multiplier: 4 },
    });
    const on = a.filter((_, i) => i % 10 < 2);
    const off = a.filter((_, i) => i % 10 >= 2);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(rel(mean(on), 400)).toBeLessThan(0.03);
    expect(rel(mean(off), 100)).toBeLessThan(0.03);
  });

  it('a ramp goes linearly from the base rate to the target', () => {
    const a = count({ kind: 'constant', ratePerSec: 100, ramp: { toPerSec: 300 } });
    expect(rel(a[5]!, 110)).toBeLessThan(0.05);
    expect(rel(a[50]!, 200)).toBeLessThan(0.03);
    expect(rel(a[95]!, 290)).toBeLessThan(0.03);
  });

  it('diurnal traffic peaks at peakAtMs and bottoms half a period later', () => {
    const a = count({
      kind: 'poisson',
      ratePerSec: 200,
      diurnal: { periodMs: 100_000, amplitude: 0.5, peakAtMs: 25_000 },
    });
    const mean = (from: number, to: number) =>
      a.slice(from, to).reduce((s, x) => s + x, 0) / (to - from);
    expect(rel(mean(20, 30), 300)).toBeLessThan(0.05);
    expect(rel(mean(70, 80), 100)).toBeLessThan(0.08);
  });

  it('request types split the traffic by weight and carry their cost', () => {
    const r = simulate(
      {
        durationMs: 50_000,
        traffic: {
          kind: 'poisson',
          ratePerSec: 100,
          requestTypes: [
            { name: 'read', weight: 9 },
            { name: 'write', weight: 1, cost: 10 },
          ],
        },
        servers: [{ cores: 100, serviceTime: 10 }],
      },
      { seed: 1, trace: 5000 },
    );
    const writes = r.traces!.filter((t) => t.type === 'write');
    expect(rel(writes.length / r.traces!.length, 0.1)).toBeLessThan(0.15);
    for (const w of writes) expect(w.endMs - w.arrivalMs).toBeCloseTo(100, 6);
  });
});
