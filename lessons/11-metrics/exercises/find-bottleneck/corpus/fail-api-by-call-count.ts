/**
 * @expect fail: System 2
 * Judges the API by how many calls it gets; the paging server makes many calls too (they wait
 * longer), and is reported as an API problem.
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
  if (s.apiCallsPerSec > 100) return 'external-api';
  if (s.majorFaultsPerSec > 0) return 'memory';
  if (s.cpuUtilisation > 0.85) return 'cpu';
  if (s.databaseUtilisation > 0.85) return 'database';
  if (s.networkOutMbps > 0.85 * s.networkLimitMbps) return 'network';
  return 'none';
}
