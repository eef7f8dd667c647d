/**
 * @expect fail: All the pools together fit
 * Caps each pool at maxConnections itself, forgetting that every app server's pool shares it.
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
  return Math.min(Math.ceil(busy * 1.5) + 2, s.maxConnections);
}
