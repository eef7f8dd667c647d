/**
 * @expect fail: No pool is far larger
 * Always gives each app server its full share of the database limit: safe for the database, but far more connections than the traffic needs.
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
  return Math.floor(s.maxConnections / s.appServers);
}
