// Capacity planning for one machine: given the load you expect, rent the cheapest size of the
// catalogue that keeps p95 latency under the target, loses no request and fits in RAM.
// A size can look fine on paper and still fail (queues, memory held while waiting), so load
// test each candidate on the engine before you pick it.
import { machineCatalogue, simulate, type MachineSize, type SimResult } from 'archlab';

/** What the application needs; the expected load. */
export interface Workload {
  /** Requests per second at peak. */
  ratePerSec: number;
  /** CPU time of one request on one core, ms. */
  cpuMs: number;
  /** Time a request waits on the database (holding memory, not a core), ms. */
  waitMs: number;
  /** Memory of the idle application, MB. */
  baseMemoryMb: number;
  /** Memory each request in progress holds, MB. */
  memoryPerRequestMb: number;
}

/** Six simulated seconds of the workload on one machine (the checks run exactly this test). */
export function loadTest(machine: MachineSize, w: Workload): SimResult {
  return simulate(
    {
      durationMs: 6000,
      warmupMs: 1000,
      resolutionMs: 1000,
      traffic: { kind: 'poisson', ratePerSec: w.ratePerSec },
      servers: [
        {
          size: machine.name,
          serviceTime: { kind: 'exponential', mean: w.cpuMs },
          // A short accept queue: beyond 20 waiting requests, new ones are refused.
          queueCapacity: 20,
          baseMemoryMb: w.baseMemoryMb,
          memoryPerRequestMb: w.memoryPerRequestMb,
          // Past its RAM the machine pages: each request then waits for 2 page-ins from disk.
          onMemoryExhausted: 'swap',
          majorFaultsPerRequest: 2,
          pageInMs: 1,
          blockingIo: false,
        },
      ],
      ...(w.waitMs > 0
        ? {
            database: {
              queryTimeMs: { kind: 'lognormal', median: w.waitMs, sigma: 0.25 },
              capacity: 100_000,
              poolSize: 100_000,
            },
          }
        : {}),
    },
    { seed: 9 },
  );
}

/** Did the machine pass: p95 under the target, nothing lost, memory never above its RAM? */
function passes(result: SimResult, machine: MachineSize, p95TargetMs: number): boolean {
  const s = result.summary;
  const peakMemoryMb = Math.max(...result.series.metrics.memoryMb);
  return (
    s.latencyMs.p95 <= p95TargetMs && s.dropped + s.failed === 0 && peakMemoryMb <= machine.memoryMb
  );
}

/** The cheapest size that passes the load test, or null when even the largest does not. */
export function pickMachine(w: Workload, p95TargetMs: number): string | null {
  // The catalogue is sorted from cheapest to most expensive: the first that passes wins.
  for (const machine of machineCatalogue) {
    // Skip sizes whose CPU cannot do the work at all: no need to simulate them.
    const utilisation = (w.ratePerSec * w.cpuMs) / 1000 / (machine.cores * machine.speed);
    if (utilisation >= 1) continue;
    if (passes(loadTest(machine, w), machine, p95TargetMs)) return machine.name;
  }
  // The ceiling of vertical scaling: no single machine is big enough.
  return null;
}
