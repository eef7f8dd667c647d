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
  memoryUsedMb: number; // busiest server, peak
  memoryLimitMb: number;
  networkOutMbps: number;
  networkLimitMbps: number;
  databaseUtilisation: number; // 0..1
  apiCallsPerSec: number;
  apiRateLimitedRatio: number; // fraction of API calls refused by the provider, 0..1
}

/** Saturation above which a resource counts as the bottleneck. */
const SATURATED = 0.85;

export function findBottleneck(s: MetricsSnapshot): Resource {
  // Memory first: a swapping server also looks CPU-busy, but the CPU is not the cause.
  if (s.memoryUsedMb >= 0.95 * s.memoryLimitMb) return 'memory';
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
