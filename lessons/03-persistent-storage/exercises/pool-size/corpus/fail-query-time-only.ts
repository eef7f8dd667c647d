/**
 * @expect fail: p95 latency
 * Counts only the query time as the time a connection is held, forgetting the round trip.
 */
export interface Service {
  appServers: number;
  requestsPerSec: number;
  queriesPerRequest: number;
  roundTripMs: number;
  queryMs: number;
  maxConnections: number;
}

export function poolSize(s: Service): number {
  const busy = ((s.requestsPerSec / s.appServers) * s.queriesPerRequest * s.queryMs) / 1000;
  return Math.max(
    1,
    Math.min(Math.ceil(busy * 1.5) + 2, Math.floor(s.maxConnections / s.appServers)),
  );
}
