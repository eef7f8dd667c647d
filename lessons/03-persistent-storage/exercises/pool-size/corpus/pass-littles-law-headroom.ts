/**
 * @expect pass
 * Little's law per app server, half again for bursts plus two, capped at each server's share
 * of maxConnections.
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
  const queriesPerSec = (s.requestsPerSec * s.queriesPerRequest) / s.appServers;
  const busy = queriesPerSec * ((s.roundTripMs + s.queryMs) / 1000);
  const wanted = Math.ceil(busy * 1.5) + 2;
  return Math.max(1, Math.min(wanted, Math.floor(s.maxConnections / s.appServers)));
}
