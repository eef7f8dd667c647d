/**
 * @expect pass
 * Bigger sizes only do better, so binary search the catalogue for the first size whose load test
 * passes (p95, no loss, peak memory within RAM); null if the largest fails.
 */
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

function passes(m: MachineSize, w: Workload, target: number): boolean {
  const r = loadTest(m, w);
  if (r.summary.dropped > 0 || r.summary.failed > 0) return false;
  if (r.summary.latencyMs.p95 > target) return false;
  for (const mb of r.series.metrics.memoryMb) if (mb > m.memoryMb) return false;
  return true;
}

/** The cheapest size that can do the work, or null when even the largest cannot. */
export function pickMachine(w: Workload, p95TargetMs: number): string | null {
  let lo = 0;
  let hi = machineCatalogue.length - 1;
  if (!passes(machineCatalogue[hi]!, w, p95TargetMs)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (passes(machineCatalogue[mid]!, w, p95TargetMs)) hi = mid;
    else lo = mid + 1;
  }
  return machineCatalogue[lo]!.name;
}
