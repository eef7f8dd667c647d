/**
 * @expect fail: All the pools together fit
 * Keeps the library default of 10 connections per server whatever the traffic.
 */
export interface Service {
  appServers: number;
  requestsPerSec: number;
  queriesPerRequest: number;
  roundTripMs: number;
  queryMs: number;
  maxConnections: number;
}

export function poolSize(): number {
  return 10;
}
