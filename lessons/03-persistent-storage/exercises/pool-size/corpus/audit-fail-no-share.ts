/**
 * @expect fail: All the pools together fit
 * Sizes by Little’s law with headroom and caps at maxConnections, but forgets that every app server’s pool draws on the same limit.
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
  return Math.min(Math.ceil(busy * 2), s.maxConnections);
}
