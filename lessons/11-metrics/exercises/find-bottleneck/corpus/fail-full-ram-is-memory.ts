/**
 * @expect fail: System 9
 * Treats RAM that is 95 % full as a memory bottleneck, though caches fill RAM on a healthy server.
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
  if (s.memoryUsedMb >= 0.95 * s.memoryLimitMb) return 'memory';
  if (s.apiRateLimitedRatio > 0.05) return 'external-api';
  const levels: [Resource, number][] = [
    ['cpu', s.cpuUtilisation],
    ['database', s.databaseUtilisation],
    ['network', s.networkOutMbps / s.networkLimitMbps],
  ];
  levels.sort((a, b) => b[1] - a[1]);
  return levels[0]![1] >= 0.85 ? levels[0]![0] : 'none';
}
