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
  const scenario = (
    onMemoryExhausted: 'swap' | 'slowdown' | 'crash',
    memoryMb: number,
  ): Scenario => ({
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

  it('exhaustion with "swap" pages: latency explodes while CPU utilisation drops (thrashing), no crash', () => {
    const tight = simulate(scenario('swap', 500), { seed: 3 });
    const ample = simulate(scenario('swap', 100_000), { seed: 3 });
    const t = tight.summary.servers[0]!;
    const a = ample.summary.servers[0]!;
    expect(t.crashes).toBe(0);
    expect(tight.summary.latencyMs.mean).toBeGreaterThan(10 * ample.summary.latencyMs.mean);
    // Paging is waiting on disk, not CPU work: the CPU is less busy than with enough memory.
    expect(t.utilisation).toBeLessThan(0.5 * a.utilisation);
    // The signals an operator sees: iowait, memory stall, major faults, swap in use.
    expect(t.ioWait).toBeGreaterThan(0.3);
    expect(t.memoryStall).toBeGreaterThan(0.5);
    expect(t.majorFaultsPerSec).toBeGreaterThan(100);
    expect(t.meanSwapUsedMb).toBeGreaterThan(0);
    expect(a.ioWait).toBe(0);
    expect(a.majorFaults).toBe(0);
    expect(Math.max(...tight.series.servers[0]!.metrics.ioWait)).toBeGreaterThan(0.3);
    expect(Math.max(...tight.series.metrics.majorFaultsPerSec)).toBeGreaterThan(100);
  });

  it('"slowdown" is the old name of "swap": the same run', () => {
    const a = simulate(scenario('slowdown', 500), { seed: 3 }).summary;
    const b = simulate(scenario('swap', 500), { seed: 3 }).summary;
    expect(a).toEqual(b);
  });

  it('the swap disk serves one page-in at a time: throughput while thrashing ≈ 1000 ÷ (faults × pageInMs)', () => {
    const r = simulate(
      {
        durationMs: 30_000,
        warmupMs: 5000,
        traffic: { kind: 'poisson', ratePerSec: 100 },
        servers: [
          {
            cores: 4,
            workers: 64,
            serviceTime: 5,
            memoryMb: 100,
            baseMemoryMb: 200,
            majorFaultsPerRequest: 10,
            pageInMs: 2,
          },
        ],
      },
      { seed: 1 },
    ).summary;
    // Always exhausted (base > RAM): 10 × 2 ms = 20 ms of disk per request, 50 requests/s at most.
    expect(rel(r.throughputPerSec, 50)).toBeLessThan(0.03);
    expect(rel(r.servers[0]!.utilisation, (50 * 5) / 1000 / 4)).toBeLessThan(0.05);
  });

  it('memory in use is reported per server (base + per request in flight)', () => {
    const r = simulate(scenario('swap', 100_000), { seed: 3 });
    const s = r.summary.servers[0]!;
    expect(s.meanMemoryMb).toBeGreaterThan(200);
    expect(rel(s.meanMemoryMb, 200 + 50 * r.summary.meanInSystem)).toBeLessThan(0.01);
    expect(r.series.servers[0]!.metrics.memoryMb.length).toBe(r.series.t.length);
  });
});

describe('vertical scaling catalogue', () => {
  it('prices are linear within the family: each step doubles cores, memory and price', () => {
    for (let i = 1; i < machineCatalogue.length; i++) {
      const a = machineCatalogue[i - 1]!;
      const b = machineCatalogue[i]!;
      expect(b.cores).toBe(2 * a.cores);
      expect(b.memoryMb).toBe(2 * a.memoryMb);
      expect(b.pricePerHour).toBeCloseTo(2 * a.pricePerHour, 10);
      expect(b.pricePerHour / b.cores).toBeCloseTo(a.pricePerHour / a.cores, 10);
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
    expect(r.series.metrics.costPerHour[0]).toBe(machineSize('large').pricePerHour);
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

describe('workers (concurrency) separate from cores (CPU)', () => {
  /** Requests with 5 ms of CPU then 95 ms waiting on an API, on 2 cores. */
  const io = (workers: number | undefined, ratePerSec: number): Scenario => ({
    durationMs: 60_000,
    warmupMs: 5000,
    traffic: { kind: 'poisson', ratePerSec },
    servers: [
      {
        cores: 2,
        ...(workers === undefined ? {} : { workers }),
        serviceTime: { kind: 'exponential', mean: 5 },
        queueCapacity: 1000,
      },
    ],
    externalApi: { latencyMs: 95, callsPerRequest: 1 },
  });

  it('by default workers = cores: a request waiting on an API holds one of only 2 workers', () => {
    const r = simulate(io(undefined, 30), { seed: 2 }).summary;
    // 30 req/s × ~0.1 s held = 3 workers needed > 2: the queue explodes while CPU idles.
    expect(r.servers[0]!.workers).toBe(2);
    expect(r.servers[0]!.workerUtilisation).toBeGreaterThan(0.95);
    expect(r.utilisation).toBeLessThan(0.1);
    expect(r.latencyMs.p50).toBeGreaterThan(1000);
  });

  it("a pool sized by Little's law (workers ≥ λ × time held) carries it on the same 2 cores", () => {
    const r = simulate(io(10, 30), { seed: 2 }).summary;
    const s = r.servers[0]!;
    // L = λ·W: busy workers = throughput × time a request holds its worker (≈ 3 of 10 here).
    const held = (r.throughputPerSec * r.latencyMs.mean) / 1000;
    expect(rel(s.workerUtilisation * 10, held)).toBeLessThan(0.03);
    expect(held).toBeGreaterThan(2.8);
    expect(rel(r.utilisation, (r.throughputPerSec * 0.005) / 2)).toBeLessThan(0.1);
    expect(r.latencyMs.p95).toBeLessThan(120);
  });

  it('more workers than cores: CPU work waits in the run queue, utilisation stays busy ÷ cores', () => {
    const r = simulate(
      {
        durationMs: 60_000,
        warmupMs: 5000,
        traffic: { kind: 'poisson', ratePerSec: 180 },
        servers: [{ cores: 2, workers: 50, serviceTime: { kind: 'exponential', mean: 10 } }],
      },
      { seed: 4 },
    ).summary;
    expect(rel(r.utilisation, 0.9)).toBeLessThan(0.05);
    expect(r.servers[0]!.meanRunQueueLength).toBeGreaterThan(1);
    expect(r.waitProbability).toBeLessThan(0.05);
  });

  it('workers is validated with the field and range in the message', () => {
    const bad = (workers: unknown) => () =>
      simulate(
        {
          durationMs: 1000,
          traffic: { kind: 'constant', ratePerSec: 1 },
          servers: [{ serviceTime: 1, workers } as never],
        },
        { seed: 1 },
      );
    expect(bad(0)).toThrow(/servers\[0\]\.workers/);
    expect(bad(2.5)).toThrow(/servers\[0\]\.workers/);
  });

  it('swapSlowdown is refused with a message that explains the paging model', () => {
    expect(() =>
      simulate(
        {
          durationMs: 1000,
          traffic: { kind: 'constant', ratePerSec: 1 },
          servers: [{ serviceTime: 1, swapSlowdown: 10 } as never],
        },
        { seed: 1 },
      ),
    ).toThrow(/servers\[0\]\.swapSlowdown: was removed.*majorFaultsPerRequest/);
  });
});

describe('a completion scheduled before a crash', () => {
  // A arrives at 0 and would finish at 1000, but the server crashes at 500 (up again at 600): A
  // is lost and its pool slot freed. B arrives at 700 and takes that slot. A's completion event
  // still fires at 1000 with the slot as its token; it must not complete B 700 ms early.
  const run = simulate(
    {
      durationMs: 3000,
      traffic: { kind: 'constant', ratePerSec: 1000 / 700 },
      servers: [{ serviceTime: 1000, crashes: [{ atMs: 500, downMs: 100 }] }],
    },
    { seed: 1, trace: true },
  );
  const traces = run.traces ?? [];

  it('is ignored: the request now in its slot takes its own full service time', () => {
    expect(traces.map((t) => [t.arrivalMs, t.endMs, t.status])).toEqual([
      [0, 500, 'failed'],
      [700, 1700, 'ok'],
      [1400, 2700, 'ok'],
    ]);
  });
});
