/**
 * @expect fail: System 2
 * The swapping myth: expects a server out of memory to show a busy CPU, so it only says memory
 * when CPU and RAM are both high; a paging server waits on disk with its CPU mostly idle.
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
  if (s.cpuUtilisation > 0.85 && s.memoryUsedMb >= 0.9 * s.memoryLimitMb) return 'memory';
  if (s.apiRateLimitedRatio > 0.05) return 'external-api';
  if (s.cpuUtilisation > 0.85) return 'cpu';
  if (s.databaseUtilisation > 0.85) return 'database';
  if (s.networkOutMbps > 0.85 * s.networkLimitMbps) return 'network';
  return 'none';
}
