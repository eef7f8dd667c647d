/**
 * @expect fail: Keeps p95
 * Step scaling by one server: adds one when CPU is above 70 %, removes one below 40 %.
 */
export interface Observation {
  timeMs: number;
  running: number;
  booting: number;
  arrivalsPerSec: number;
  utilisation: number;
  p95Ms: number;
  lost: number;
  capacityPerServer: number;
}

export function desiredServers(obs: Observation): number {
  const current = obs.running + obs.booting;
  if (obs.utilisation > 0.7) return current + 1;
  if (obs.utilisation < 0.4 && current > 1) return current - 1;
  return current;
}
