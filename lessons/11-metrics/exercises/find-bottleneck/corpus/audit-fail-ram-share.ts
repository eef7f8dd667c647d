/**
 * @expect fail: System 9
 * Puts memory on the same scale as the rest (used ÷ RAM above 85 % is the bottleneck): RAM full
 * of caches is called a memory problem, and paging is never looked at.
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
  if (s.apiRateLimitedRatio > 0.05) return 'external-api';
  const shares: [Resource, number][] = [
    ['cpu', s.cpuUtilisation],
    ['memory', s.memoryUsedMb / s.memoryLimitMb],
    ['network', s.networkOutMbps / s.networkLimitMbps],
    ['database', s.databaseUtilisation],
  ];
  let best: [Resource, number] = ['none', 0.85];
  for (const sh of shares) if (sh[1] > best[1]) best = sh;
  return best[0];
}
