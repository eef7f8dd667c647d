/**
 * @expect fail: All the pools together fit
 * Rounds the share of the limit up instead of down, so the pools together can exceed maxConnections.
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
    (s.requestsPerSec / s.appServers) * s.queriesPerRequest * ((s.roundTripMs + s.queryMs) / 1000);
  return Math.min(Math.ceil(busy * 2), Math.ceil(s.maxConnections / s.appServers));
}
