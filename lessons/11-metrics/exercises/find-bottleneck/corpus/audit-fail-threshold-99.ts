/**
 * @expect fail: System 1:
 * Waits for a resource to be at 99 % or more before naming it: a resource at 90 % already queues
 * and is missed.
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
  if (s.swapUsedMb > 0 || s.majorFaultsPerSec > 0) return 'memory';
  if (s.apiRateLimitedRatio > 0.05) return 'external-api';
  if (s.cpuUtilisation >= 0.99) return 'cpu';
  if (s.databaseUtilisation >= 0.99) return 'database';
  if (s.networkOutMbps / s.networkLimitMbps >= 0.99) return 'network';
  return 'none';
}
