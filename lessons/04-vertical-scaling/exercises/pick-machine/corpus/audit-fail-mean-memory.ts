/**
 * @expect fail: Every pick keeps p95
 * Checks p95 and losses, but compares the average of the memory samples with RAM: memory that
 * peaks above RAM (and pages) while its average fits is accepted.
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

/** The cheapest size that can do the work, or null when even the largest cannot. */
export function pickMachine(w: Workload, p95TargetMs: number): string | null {
  for (const machine of machineCatalogue) {
    const r = loadTest(machine, w);
    const mem = r.series.metrics.memoryMb;
    const avg = mem.reduce((a, b) => a + b, 0) / mem.length;
    const lost = r.summary.dropped + r.summary.failed;
    if (r.summary.latencyMs.p95 <= p95TargetMs && lost === 0 && avg <= machine.memoryMb)
      return machine.name;
  }
  return null;
}
