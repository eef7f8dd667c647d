/**
 * @expect fail: No pool is far larger
 * Multiplies queries per second by milliseconds, so every pool comes out 1000 times too big
 * and only the cap holds it back.
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
    (s.requestsPerSec / s.appServers) * s.queriesPerRequest * (s.roundTripMs + s.queryMs);
  return Math.max(
    1,
    Math.min(Math.ceil(busy * 1.5) + 2, Math.floor(s.maxConnections / s.appServers)),
  );
}
