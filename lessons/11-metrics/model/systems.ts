/**
 * Chapter 11's systems with a hidden bottleneck, shared by the dashboard simulation and the
 * find-bottleneck exercise: each is a seeded engine scenario, read back as a metrics snapshot.
 */
import { simulate, type Scenario, type SimResult } from 'archlab';

/** A resource that can limit a system (or none, when it is healthy). */
export type Resource = 'cpu' | 'memory' | 'network' | 'database' | 'external-api' | 'none';

/** What a metrics service shows about one system over a few minutes: averages of the run. */
export interface MetricsSnapshot {
  /** Requests arriving per second. */
  requestsPerSec: number;
  /** Fraction of requests that failed, 0..1. */
  errorRate: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  latencyP99Ms: number;
  /** Busiest server's CPU utilisation, 0..1. */
  cpuUtilisation: number;
  /**
   * Busiest server's RAM in use (peak of the per-second averages, at most its RAM) and its RAM,
   * MB. RAM near full is not a problem by itself (Linux fills spare RAM with page cache); paging is.
   */
  memoryUsedMb: number;
  memoryLimitMb: number;
  /** Busiest server's swap in use (memory beyond RAM), peak of the per-second averages, MB. */
  swapUsedMb: number;
  /** Busiest server's major page faults per second (page-ins from swap; vmstat's pgmajfault rate). */
  majorFaultsPerSec: number;
  /** Busiest server's CPU time idle while a page-in was outstanding (iowait), 0..1. */
  ioWait: number;
  /** Bytes sent to clients per second, as megabits per second, and the link's bandwidth. */
  networkOutMbps: number;
  networkLimitMbps: number;
  /** Busy fraction of the database's query slots, 0..1 (0 without a database). */
  databaseUtilisation: number;
  /** External-API calls per second, and the fraction refused by the provider's rate limit. */
  apiCallsPerSec: number;
  apiRateLimitedRatio: number;
}

/** A system with a hidden bottleneck (the answer is `bottleneck`). */
export interface System {
  name: string;
  bottleneck: Resource;
  scenario: Scenario;
}

const base = (name: string, durationMs: number): Omit<Scenario, 'traffic' | 'servers'> => ({
  name,
  durationMs,
  warmupMs: 3_000,
  resolutionMs: 1000,
});

/** A system whose hidden bottleneck is also its name, over `durationMs`. */
const withBottleneck = (
  kind: Resource,
  durationMs: number,
  parts: Pick<Scenario, 'traffic' | 'servers'> & Partial<Scenario>,
): System => ({ name: kind, bottleneck: kind, scenario: { ...base(kind, durationMs), ...parts } });

/** Build one system; `load` scales its traffic (1 = the rate that shows its bottleneck). */
export function system(kind: Resource, load = 1, variant = 0, durationMs = 15_000): System {
  const v = variant;
  const d = durationMs;
  switch (kind) {
    case 'cpu':
      return withBottleneck('cpu', d, {
        traffic: { kind: 'poisson', ratePerSec: (370 + 20 * v) * load },
        servers: [
          {
            cores: 4,
            baseMemoryMb: 1500,
            serviceTime: { kind: 'exponential', mean: 10 },
            queueCapacity: 400,
          },
        ],
        network: { client: { latencyMs: 10, bandwidthMbps: 100 } },
      });
    case 'memory':
      return withBottleneck('memory', d, {
        traffic: { kind: 'poisson', ratePerSec: (120 + 10 * v) * load },
        servers: [
          {
            cores: 8,
            serviceTime: { kind: 'exponential', mean: 12 },
            memoryMb: 4096,
            baseMemoryMb: 3000,
            memoryPerRequestMb: 80,
            // Out of RAM it pages: requests wait on the swap disk, holding a worker but no core.
            onMemoryExhausted: 'swap',
            majorFaultsPerRequest: 8,
            pageInMs: 1,
            queueCapacity: 300,
            blockingIo: false,
          },
        ],
        externalApi: { latencyMs: { kind: 'lognormal', median: 70, sigma: 0.3 } },
        network: { client: { latencyMs: 10, bandwidthMbps: 100 } },
      });
    case 'network':
      return withBottleneck('network', d, {
        traffic: {
          kind: 'poisson',
          ratePerSec: (60 + 4 * v) * load,
          requestTypes: [{ name: 'image', weight: 1, sizeBytes: 20_000 }],
        },
        servers: [{ cores: 4, baseMemoryMb: 1500, serviceTime: { kind: 'exponential', mean: 8 } }],
        network: { client: { latencyMs: 10, bandwidthMbps: 10 } },
      });
    case 'database':
      return withBottleneck('database', d, {
        traffic: { kind: 'poisson', ratePerSec: (120 + 8 * v) * load },
        servers: [{ cores: 8, baseMemoryMb: 1500, serviceTime: { kind: 'exponential', mean: 5 } }],
        database: {
          capacity: 4,
          poolSize: 40,
          queriesPerRequest: 3,
          queryTimeMs: { kind: 'lognormal', median: 9, sigma: 0.4 },
          timeoutMs: 3000,
        },
        network: { client: { latencyMs: 10, bandwidthMbps: 100 } },
      });
    case 'external-api':
      return withBottleneck('external-api', d, {
        traffic: { kind: 'poisson', ratePerSec: (80 + 10 * v) * load },
        servers: [
          {
            cores: 8,
            baseMemoryMb: 1500,
            serviceTime: { kind: 'exponential', mean: 5 },
            blockingIo: false,
          },
        ],
        externalApi: {
          latencyMs: { kind: 'lognormal', median: 60, sigma: 0.4 },
          rateLimitPerSec: 60,
          burst: 20,
          retry: { maxAttempts: 2, baseDelayMs: 100 },
        },
        network: { client: { latencyMs: 10, bandwidthMbps: 100 } },
      });
    case 'none':
      return withBottleneck('none', d, {
        traffic: { kind: 'poisson', ratePerSec: (150 + 20 * v) * load },
        servers: [
          {
            cores: 4,
            // Variant 2 keeps 96 % of its RAM in use (caches) without ever paging: full RAM alone is healthy.
            ...(v === 2 ? { memoryMb: 4096, baseMemoryMb: 3950 } : { baseMemoryMb: 1500 }),
            serviceTime: { kind: 'exponential', mean: 10 },
          },
        ],
        database: { capacity: 16, queryTimeMs: 3 },
        network: { client: { latencyMs: 10, bandwidthMbps: 100 } },
      });
  }
}

/** Read a run back the way a metrics dashboard would show it. */
export function snapshot(s: Scenario, r: SimResult): MetricsSnapshot {
  const sum = r.summary;
  const busiest = sum.servers.reduce((a, b) => (b.utilisation > a.utilisation ? b : a));
  const idx = sum.servers.indexOf(busiest);
  const spec = s.servers[idx]!;
  const skip = Math.round((s.warmupMs ?? 0) / r.series.resolutionMs);
  const sm = r.series.servers[idx]!.metrics;
  const mem = sm.memoryMb.slice(skip);
  const swap = sm.swapUsedMb.slice(skip);
  const ram = spec.memoryMb ?? 16_384;
  const out = r.series.metrics.bytesOutPerSec.slice(skip);
  const secs = sum.measuredMs / 1000;
  const api = sum.externalApi;
  return {
    requestsPerSec: sum.arrivalRatePerSec,
    errorRate: sum.errorRate,
    latencyP50Ms: sum.latencyMs.p50,
    latencyP95Ms: sum.latencyMs.p95,
    latencyP99Ms: sum.latencyMs.p99,
    cpuUtilisation: busiest.utilisation,
    memoryUsedMb: Math.min(ram, Math.max(0, ...mem)),
    memoryLimitMb: ram,
    swapUsedMb: Math.max(0, ...swap),
    majorFaultsPerSec: busiest.majorFaultsPerSec,
    ioWait: busiest.ioWait,
    networkOutMbps: ((out.reduce((a, b) => a + b, 0) / Math.max(1, out.length)) * 8) / 1e6,
    networkLimitMbps: s.network?.client?.bandwidthMbps ?? 1000,
    databaseUtilisation: sum.database?.utilisation ?? 0,
    apiCallsPerSec: api ? api.attempts / secs : 0,
    apiRateLimitedRatio: api && api.attempts > 0 ? api.rateLimited / api.attempts : 0,
  };
}

/** Run a system and read its snapshot. */
export function observe(sys: System, seed: number): { result: SimResult; snap: MetricsSnapshot } {
  const result = simulate(sys.scenario, { seed });
  return { result, snap: snapshot(sys.scenario, result) };
}
