// A metrics snapshot of a running system: which resource is holding it back?
// Compare each resource's use with its capacity; a resource near 100 % is the bottleneck.

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

/** Saturation above which a resource counts as the bottleneck. */
const SATURATED = 0.85;

export function findBottleneck(s: MetricsSnapshot): Resource {
  // Memory: paging (swap in use, page-ins from disk), not full RAM, which caches fill on a healthy
  // server. A paging server waits on disk, so its CPU looks idle (high iowait), not busy.
  if (s.swapUsedMb > 0 && s.majorFaultsPerSec > 0) return 'memory';
  // A provider refusing our calls shows up as errors, not as load on our own machines.
  if (s.apiRateLimitedRatio > 0.05) return 'external-api';
  const saturation: [Resource, number][] = [
    ['cpu', s.cpuUtilisation],
    ['database', s.databaseUtilisation],
    ['network', s.networkOutMbps / s.networkLimitMbps],
  ];
  saturation.sort((a, b) => b[1] - a[1]);
  const [resource, level] = saturation[0]!;
  return level >= SATURATED ? resource : 'none';
}
