/**
 * @expect pass
 * Uses iowait and swap for memory and a chain of thresholds for the rest (another valid reading).
 */
export type Resource = 'cpu' | 'memory' | 'network' | 'database' | 'external-api' | 'none';

export interface MetricsSnapshot {
  requestsPerSec: number;
  errorRate: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  latencyP99Ms: number;
  cpuUtilisation: number;
  memoryUsedMb: number;
  memoryLimitMb: number;
  swapUsedMb: number;
  majorFaultsPerSec: number;
  ioWait: number;
  networkOutMbps: number;
  networkLimitMbps: number;
  databaseUtilisation: number;
  apiCallsPerSec: number;
  apiRateLimitedRatio: number;
}

export function findBottleneck(s: MetricsSnapshot): Resource {
  if (s.ioWait > 0.1 || s.swapUsedMb > 100) return 'memory';
  if (s.networkOutMbps >= 0.85 * s.networkLimitMbps) return 'network';
  if (s.databaseUtilisation >= 0.85) return 'database';
  if (s.apiRateLimitedRatio >= 0.2) return 'external-api';
  if (s.cpuUtilisation >= 0.85) return 'cpu';
  return 'none';
}
