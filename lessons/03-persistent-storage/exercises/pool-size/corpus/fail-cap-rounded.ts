/**
 * @expect fail: All the pools together fit
 * Shares the limit with Math.round, so 85 connections over 10 servers becomes 9 each (90).
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
  return Math.min(Math.ceil(busy * 1.5) + 2, Math.round(s.maxConnections / s.appServers));
}
