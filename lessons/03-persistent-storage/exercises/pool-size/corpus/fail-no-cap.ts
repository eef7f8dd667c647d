/**
 * @expect fail: All the pools together fit
 * Sizes every pool from Little's law with headroom but never looks at maxConnections.
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
  return Math.ceil(busy * 1.5) + 2;
}
