/**
 * @expect fail: p95 latency stays close
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
  const busy = (s.requestsPerSec / s.appServers) * s.queriesPerRequest * (s.queryMs / 1000);
  return Math.min(Math.max(1, Math.ceil(busy * 2)), Math.floor(s.maxConnections / s.appServers));
}
