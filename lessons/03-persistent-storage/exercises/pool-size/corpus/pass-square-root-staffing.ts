/**
 * @expect pass
 * Sizes like a call centre: busy + 2·√busy + 1 spare connections (headroom that shrinks
 * relative to the load as the load grows), then the largest pool whose total fits the limit.
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
  const holdMs = s.roundTripMs + s.queryMs;
  const busy = (s.requestsPerSec / s.appServers) * s.queriesPerRequest * (holdMs / 1000);
  let pool = Math.ceil(busy + 2 * Math.sqrt(busy)) + 1;
  while (pool > 1 && pool * s.appServers > s.maxConnections) pool--;
  return pool;
}
