/**
 * @expect pass
 * Reads paging from the major-fault rate, then ranks the other resources by use ÷ capacity.
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
  if (s.majorFaultsPerSec > 10) return 'memory';
  if (s.apiRateLimitedRatio > 0.1) return 'external-api';
  const levels: [Resource, number][] = [
    ['cpu', s.cpuUtilisation],
    ['database', s.databaseUtilisation],
    ['network', s.networkOutMbps / s.networkLimitMbps],
  ];
  let best: [Resource, number] = ['none', 0.8];
  for (const l of levels) if (l[1] > best[1]) best = l;
  return best[0];
}
