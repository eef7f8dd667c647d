/**
 * @expect pass
 * Little’s law per app server, doubled for bursts, rounded up, at least 1, and capped at an equal share of max_connections.
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
  const qps = (s.requestsPerSec / s.appServers) * s.queriesPerRequest;
  const busy = qps * ((s.roundTripMs + s.queryMs) / 1000);
  const wanted = Math.max(1, Math.ceil(busy * 2));
  return Math.min(wanted, Math.floor(s.maxConnections / s.appServers));
}
