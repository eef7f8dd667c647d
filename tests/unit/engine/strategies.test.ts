import { describe, expect, it } from 'vitest';
import {
  consistentHash,
  simulate,
  strategyNames,
  type Scenario,
  type StrategyFn,
  type StrategyName,
} from 'archlab';
import { batchMeans, rel } from './stats.ts';

/** n exponential servers (mean 1 s) at load rho behind `strategy`, about `requests` requests. */
function farm(n: number, rho: number, strategy: StrategyName | StrategyFn, requests: number) {
  const durationMs = (requests / (n * rho)) * 1000;
  const scenario: Scenario = {
    durationMs,
    warmupMs: 100_000,
    resolutionMs: durationMs / 400,
    traffic: { kind: 'poisson', ratePerSec: n * rho },
    servers: Array.from({ length: n }, () => ({
      serviceTime: { kind: 'exponential', mean: 1000 },
    })),
    loadBalancer: { strategy },
  };
  return simulate(scenario, { seed: 5 });
}

describe('power of two choices vs random at ρ = 0.9, 100 servers (10^6 requests each)', () => {
  const random = farm(100, 0.9, 'random', 1e6);
  const p2c = farm(100, 0.9, 'power-of-two', 1e6);

  it('random is 100 independent M/M/1 queues: W = 1/(1 − ρ) = 10 s within 5% (batch means)', () => {
    const bm = batchMeans(random, 100_000);
    expect(rel(bm.mean, 10_000)).toBeLessThan(0.05);
  });

  it('two choices: W near the n → ∞ limit 2.61 s (within 10%; finite n is slightly worse)', () => {
    const bm = batchMeans(p2c, 100_000);
    expect(bm.halfWidth / bm.mean).toBeLessThan(0.02);
    expect(rel(bm.mean, 2610)).toBeLessThan(0.1);
  });

  it('two choices beat random by a wide margin (more than 3×, and on p99 too)', () => {
    expect(random.summary.latencyMs.mean / p2c.summary.latencyMs.mean).toBeGreaterThan(3);
    expect(random.summary.latencyMs.p99 / p2c.summary.latencyMs.p99).toBeGreaterThan(3);
  });
});

describe('least connections vs round robin on heterogeneous servers', () => {
  const scenario = (strategy: StrategyName): Scenario => ({
    durationMs: 400_000,
    warmupMs: 20_000,
    traffic: { kind: 'poisson', ratePerSec: 2.5 * 20 },
    // Capacities 20, 20 and 60 requests/s: round robin gives each a third of 50/s.
    servers: [1, 1, 3].map((speed) => ({
      speed,
      serviceTime: { kind: 'exponential', mean: 50 },
    })),
    loadBalancer: { strategy },
  });
  const rr = simulate(scenario('round-robin'), { seed: 3 });
  const lc = simulate(scenario('least-connections'), { seed: 3 });

  it('round robin overloads the slow servers; least connections does not', () => {
    expect(rr.summary.servers[0]!.utilisation).toBeGreaterThan(0.8);
    expect(lc.summary.servers[0]!.utilisation).toBeLessThan(0.7);
  });

  it('per-server series show where the latency comes from', () => {
    const slow = rr.series.servers[0]!.metrics.latencyP95Ms;
    const fast = rr.series.servers[2]!.metrics.latencyP95Ms;
    const mean = (xs: number[]) => {
      const ok = xs.filter((x) => !Number.isNaN(x));
      return ok.reduce((sum, x) => sum + x, 0) / ok.length;
    };
    expect(mean(slow)).toBeGreaterThan(3 * mean(fast));
  });

  it('least connections has far lower mean and p99 latency (under 60% of round robin)', () => {
    expect(lc.summary.latencyMs.mean).toBeLessThan(0.6 * rr.summary.latencyMs.mean);
    expect(lc.summary.latencyMs.p99).toBeLessThan(0.6 * rr.summary.latencyMs.p99);
  });

  it('weighted round robin (weight = speed) and peak EWMA also beat plain round robin', () => {
    const wrr = simulate(scenario('weighted-round-robin'), { seed: 3 });
    const ewma = simulate(scenario('peak-ewma'), { seed: 3 });
    expect(wrr.summary.latencyMs.mean).toBeLessThan(0.6 * rr.summary.latencyMs.mean);
    expect(ewma.summary.latencyMs.mean).toBeLessThan(0.6 * rr.summary.latencyMs.mean);
  });
});

describe('strategy mechanics', () => {
  const base: Scenario = {
    durationMs: 10_000,
    traffic: { kind: 'constant', ratePerSec: 300, clients: 40 },
    servers: [
      { name: 'a', serviceTime: 1, weight: 1 },
      { name: 'b', serviceTime: 1, weight: 2 },
      { name: 'c', serviceTime: 1, weight: 3 },
    ],
  };

  it('round robin spreads evenly; weighted round robin in proportion to weight', () => {
    const rr = simulate({ ...base, loadBalancer: { strategy: 'round-robin' } }, { seed: 1 });
    const counts = rr.summary.servers.map((s) => s.completed);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const wrr = simulate(
      { ...base, loadBalancer: { strategy: 'weighted-round-robin' } },
      { seed: 1 },
    );
    const [a, b, c] = wrr.summary.servers.map((s) => s.completed);
    expect(rel(b! / a!, 2)).toBeLessThan(0.01);
    expect(rel(c! / a!, 3)).toBeLessThan(0.01);
  });

  it('consistent hashing is sticky: every client always lands on the same server', () => {
    const r = simulate(
      { ...base, loadBalancer: { strategy: 'consistent-hash' } },
      { seed: 1, trace: 3000 },
    );
    const seen = new Map<number, string>();
    for (const t of r.traces!) {
      const prev = seen.get(t.clientId);
      if (prev !== undefined) expect(t.server).toBe(prev);
      seen.set(t.clientId, t.server);
    }
    expect(new Set(seen.values()).size).toBe(3);
  });

  it('consistent hashing moves only the removed server’s clients', () => {
    const state = () => ({ now: 0, random: () => 0.5, vars: {}, data: {} });
    const mk = (name: string, index: number) =>
      ({
        name,
        index,
        cores: 1,
        speed: 1,
        weight: 1,
        active: 0,
        queued: 0,
        connections: 0,
        up: true,
        peakEwmaMs: 0,
        memoryUsedMb: 0,
      }) as const;
    const four = ['a', 'b', 'c', 'd'].map(mk);
    const three = four.filter((s) => s.name !== 'c');
    const s4 = state();
    const s3 = state();
    let moved = 0;
    for (let client = 0; client < 2000; client++) {
      const req = {
        id: client,
        clientId: client,
        type: 'default',
        arrivalMs: 0,
        sizeBytes: 0,
        cost: 1,
      };
      const before = four[consistentHash(four, req, s4) as number]!.name;
      const after = three[consistentHash(three, req, s3) as number]!.name;
      if (before !== 'c') expect(after).toBe(before);
      else moved++;
    }
    // About a quarter of the clients belonged to c.
    expect(moved / 2000).toBeGreaterThan(0.15);
    expect(moved / 2000).toBeLessThan(0.35);
  });

  it('a learner-written strategy is a plain function and can return a server or an index', () => {
    const calls: number[] = [];
    const alwaysLast: StrategyFn = (servers, request) => {
      calls.push(request.id);
      return servers[servers.length - 1]!;
    };
    const r = simulate({ ...base, loadBalancer: { strategy: alwaysLast } }, { seed: 1 });
    expect(r.summary.servers.map((s) => s.completed)).toEqual([0, 0, r.summary.completed]);
    expect(calls.length).toBe(r.summary.arrived);
  });

  it('a strategy returning nonsense fails with a message naming the strategy', () => {
    const bad: StrategyFn = () => 7;
    expect(() => simulate({ ...base, loadBalancer: { strategy: bad } }, { seed: 1 })).toThrow(
      /strategy 'bad' returned 7; expected an index 0\.\.2/,
    );
  });

  it('every built-in strategy runs and serves everything at low load', () => {
    for (const strategy of strategyNames) {
      const r = simulate({ ...base, loadBalancer: { strategy } }, { seed: 2 });
      expect(r.summary.errorRate, strategy).toBe(0);
      expect(r.summary.completed, strategy).toBeGreaterThan(2900);
    }
  });
});
