/**
 * @expect fail: No pool is far larger
 * Applies Little's law to the whole service's queries instead of one app server's share.
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
  const busy = (s.requestsPerSec * s.queriesPerRequest * (s.roundTripMs + s.queryMs)) / 1000;
  return Math.max(
    1,
    Math.min(Math.ceil(busy * 1.5) + 2, Math.floor(s.maxConnections / s.appServers)),
  );
}
