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

export function findBottleneck(s: MetricsSnapshot): Resource {
  // Looks only at the CPU: a system slowed by anything else is reported as healthy.
  // TODO: compare every resource with its capacity: network with its bandwidth, the database's
  //       utilisation, the share of API calls refused by the provider.
  // TODO: memory: RAM that is nearly full is normal (caches use it); a server short of memory
  //       pages to disk. Which fields show paging, and what does paging do to the CPU figure?
  if (s.cpuUtilisation > 0.8) return 'cpu';
  return 'none';
}
