import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  largestMachine,
  machineCatalogue,
  machineSize,
  nextMachineSize,
  simulate,
  type Scenario,
} from 'archlab';
import { rel } from './stats.ts';

const threeServers = (extra: Partial<Scenario> = {}): Scenario => ({
  durationMs: 60_000,
  resolutionMs: 1000,
  traffic: { kind: 'constant', ratePerSec: 300 },
  servers: [
    { serviceTime: 2 },
    { serviceTime: 2, crashes: [{ atMs: 10_000, downMs: 20_000 }] },
    { serviceTime: 2 },
  ],
  loadBalancer: { strategy: 'round-robin' },
  ...extra,
});

describe('crashes, health checks and failover', () => {
  const blind = simulate(threeServers(), { seed: 1 });
  const checked = simulate(
    threeServers({
      loadBalancer: {
        strategy: 'round-robin',
        healthCheck: { intervalMs: 1000, unhealthyThreshold: 2, healthyThreshold: 2 },
      },
    }),
    { seed: 1 },
  );

  it('without health checks a third of the traffic fails for the whole outage', () => {
    // 20 s × 300/s ÷ 3 ≈ 2000 requests refused by the dead server.
    expect(rel(blind.summary.dropped, 2000)).toBeLessThan(0.02);
    expect(blind.summary.servers[1]!.crashes).toBe(1);
    expect(rel(blind.summary.servers[1]!.availability, 40 / 60)).toBeLessThan(0.001);
  });

  it('with health checks the server is taken out after 2 failed probes and put back after 2 good ones', () => {
    expect(checked.health).toEqual([
      { tMs: 11_000, server: 's1', healthy: false },
      { tMs: 31_000, server: 's1', healthy: true },
    ]);
    // Only the detection window (≈ 1–2 s of a third of the traffic) fails.
    expect(checked.summary.dropped).toBeLessThan(0.15 * blind.summary.dropped);
    expect(checked.summary.dropped).toBeGreaterThan(0);
  });

  it('errors show up in the series during the outage only', () => {
    const err = blind.series.metrics.errorRate;
    expect(err[5]).toBe(0);
    expect(err[15]).toBeGreaterThan(0.3);
    expect(err[45]).toBe(0);
  });

  it('a crash loses the requests in flight on that server', () => {
    const r = simulate(
      {
        durationMs: 20_000,
        traffic: { kind: 'poisson', ratePerSec: 90 },
        servers: [
          {
            serviceTime: { kind: 'exponential', mean: 10 },
            crashes: [{ atMs: 5000, downMs: 1000 }],
          },
        ],
      },
      { seed: 2, trace: 100_000 },
    );
    const lost = r.traces!.filter((t) => t.reason === 'server-crash');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((t) => t.endMs === 5000)).toBe(true);
    expect(r.summary.failed).toBe(lost.length);
    // While down it refuses (≈ 90 requests in 1 s), then serves again.
    const down = r.traces!.filter((t) => t.reason === 'down');
    expect(down.length).toBeGreaterThan(60);
    expect(down.every((t) => t.endMs >= 5000 && t.endMs < 6000)).toBe(true);
  });

  it('random crashes: availability ≈ MTBF / (MTBF + restart)', () => {
    const r = simulate(
      {
        durationMs: 20_000_000,
        resolutionMs: 100_000,
        traffic: { kind: 'poisson', ratePerSec: 1 },
        servers: [{ serviceTime: 1, mtbfMs: 90_000, restartMs: 10_000 }],
      },
      { seed: 4 },
    );
    expect(rel(r.summary.servers[0]!.availability, 0.9)).toBeLessThan(0.02);
    expect(r.summary.servers[0]!.crashes).toBeGreaterThan(150);
  });
});

describe('memory', () => {
  const scenario = (onMemoryExhausted: 'slowdown' | 'crash', memoryMb: number): Scenario => ({
    durationMs: 60_000,
    traffic: { kind: 'poisson', ratePerSec: 180 },
    servers: [
      {
        cores: 2,
        serviceTime: { kind: 'exponential', mean: 10 },
        memoryMb,
        baseMemoryMb: 200,
        memoryPerRequestMb: 50,
        onMemoryExhausted,
        restartMs: 5000,
      },
    ],
  });

  it('exhaustion with "crash" kills the server (out-of-memory) and it restarts', () => {
    const r = simulate(scenario('crash', 500), { seed: 3 });
    expect(r.summary.servers[0]!.crashes).toBeGreaterThan(0);
    expect(r.summary.failed).toBeGreaterThan(0);
  });

  it('exhaustion with "slowdown" swaps: slower than with enough memory, but no crash', () => {
    const tight = simulate(scenario('slowdown', 500), { seed: 3 });
    const ample = simulate(scenario('slowdown', 100_000), { seed: 3 });
    expect(tight.summary.servers[0]!.crashes).toBe(0);
    expect(tight.summary.latencyMs.mean).toBeGreaterThan(2 * ample.summary.latencyMs.mean);
  });

  it('memory in use is reported per server (base + per request in flight)', () => {
    const r = simulate(scenario('slowdown', 100_000), { seed: 3 });
    const s = r.summary.servers[0]!;
    expect(s.meanMemoryMb).toBeGreaterThan(200);
    expect(rel(s.meanMemoryMb, 200 + 50 * r.summary.meanInSystem)).toBeLessThan(0.01);
    expect(r.series.servers[0]!.metrics.memoryMb.length).toBe(r.series.t.length);
  });
});

describe('vertical scaling catalogue', () => {
  it('prices are superlinear: price per core rises with size', () => {
    for (let i = 1; i < machineCatalogue.length; i++) {
      const a = machineCatalogue[i - 1]!;
      const b = machineCatalogue[i]!;
      expect(b.cores).toBeGreaterThan(a.cores);
      expect(b.pricePerHour / b.cores).toBeGreaterThan(a.pricePerHour / a.cores);
    }
  });

  it('has a largest size, and nothing after it', () => {
    expect(largestMachine.name).toBe('xxxlarge');
    expect(nextMachineSize('xxxlarge')).toBeUndefined();
    expect(nextMachineSize('small')?.name).toBe('medium');
  });

  it('a size sets cores, memory and price; the run reports its cost', () => {
    const r = simulate(
      {
        durationMs: 3_600_000,
        resolutionMs: 60_000,
        traffic: { kind: 'poisson', ratePerSec: 1 },
        servers: [{ size: 'large', serviceTime: 10 }],
      },
      { seed: 1 },
    );
    expect(r.summary.cost).toBeCloseTo(machineSize('large').pricePerHour, 10);
    expect(r.series.metrics.costPerHour[0]).toBe(0.22);
  });

  it('a bigger machine serves a load the small one cannot', () => {
    const run = (size: string) =>
      simulate(
        {
          durationMs: 60_000,
          traffic: { kind: 'poisson', ratePerSec: 300 },
          servers: [{ size, serviceTime: { kind: 'exponential', mean: 10 }, queueCapacity: 100 }],
        },
        { seed: 1 },
      ).summary;
    expect(run('small').errorRate).toBeGreaterThan(0.2);
    expect(run('medium').errorRate).toBe(0);
  });

  it('an unknown size is an error that lists the sizes and names the largest', () => {
    expect(() => machineSize('huge', 'servers[0].size')).toThrow(ConfigError);
    expect(() =>
      simulate(
        {
          durationMs: 1000,
          traffic: { kind: 'constant', ratePerSec: 1 },
          servers: [{ size: 'huge', serviceTime: 1 }],
        },
        { seed: 1 },
      ),
    ).toThrow(/servers\[0\]\.size: must be one of 'micro'.*the largest is 'xxxlarge'/);
  });
});
