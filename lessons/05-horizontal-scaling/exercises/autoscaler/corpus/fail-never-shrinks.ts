/**
 * @expect fail: Costs at most 80 %
 * Grows with the traffic but never gives a server back.
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
  return Math.max(current, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.6)));
}
