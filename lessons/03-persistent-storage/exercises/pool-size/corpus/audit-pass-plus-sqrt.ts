/**
 * @expect pass
 * Busy connections plus a margin of 2 + 2·√busy (square-root staffing), capped at the share of the database limit.
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
  const perServerRequests = s.requestsPerSec / s.appServers;
  const holdSec = (s.roundTripMs + s.queryMs) / 1000;
  const busy = perServerRequests * s.queriesPerRequest * holdSec;
  const size = Math.ceil(busy + 2 * Math.sqrt(busy) + 2);
  const share = Math.floor(s.maxConnections / s.appServers);
  return Math.min(size, share);
}
