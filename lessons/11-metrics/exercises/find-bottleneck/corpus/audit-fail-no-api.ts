/**
 * @expect fail: System 6
 * Only looks at its own resources (memory, CPU, network, database): a provider refusing calls is
 * invisible because every own machine is idle.
 */
export type Resource = 'cpu' | 'memory' | 'network' | 'database' | 'external-api' | 'none';

export interface MetricsSnapshot {
  requestsPerSec: number;
  errorRate: number; // 0..1
  latencyP50Ms: number;
  latencyP95Ms: number;
  latencyP99Ms: number;
  cpuUtilisation: number; // busiest server, 0..1
  memoryUsedMb: number; // busiest server's RAM in use, peak (never above the limit)
  memoryLimitMb: number; // its RAM
  swapUsedMb: number; // busiest server's swap in use (memory beyond RAM), peak
  majorFaultsPerSec: number; // busiest server's page-ins from disk per second
  ioWait: number; // busiest server's CPU time idle while waiting for a page-in, 0..1
  networkOutMbps: number;
  networkLimitMbps: number;
  databaseUtilisation: number; // 0..1
  apiCallsPerSec: number;
  apiRateLimitedRatio: number; // fraction of API calls refused by the provider, 0..1
}

export function findBottleneck(s: MetricsSnapshot): Resource {
  if (s.swapUsedMb > 0) return 'memory';
  if (s.cpuUtilisation > 0.85) return 'cpu';
  if (s.networkOutMbps / s.networkLimitMbps > 0.85) return 'network';
  if (s.databaseUtilisation > 0.85) return 'database';
  return 'none';
}
