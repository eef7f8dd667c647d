/**
 * @expect fail: System 1
 * Waits for 95 % before calling anything saturated: the database at about 86 % busy is missed.
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
  if (s.majorFaultsPerSec > 0) return 'memory';
  if (s.apiRateLimitedRatio > 0.05) return 'external-api';
  if (s.cpuUtilisation > 0.95) return 'cpu';
  if (s.databaseUtilisation > 0.95) return 'database';
  if (s.networkOutMbps > 0.95 * s.networkLimitMbps) return 'network';
  return 'none';
}
