/**
 * @expect fail: p95 latency
 * Exactly the average number of busy connections from Little's law, rounded up: no headroom
 * for bursts, so the pool runs near 100 % and queries queue for a connection.
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
  const busy =
    ((s.requestsPerSec / s.appServers) * s.queriesPerRequest * (s.roundTripMs + s.queryMs)) / 1000;
  return Math.max(1, Math.min(Math.ceil(busy), Math.floor(s.maxConnections / s.appServers)));
}
