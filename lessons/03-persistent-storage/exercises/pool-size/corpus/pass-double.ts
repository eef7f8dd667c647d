/**
 * @expect pass
 * Twice the average number of busy connections, at least 2, within the per-server share.
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
  const share = Math.floor(s.maxConnections / s.appServers);
  return Math.min(share, Math.max(2, Math.ceil(2 * busy)));
}
