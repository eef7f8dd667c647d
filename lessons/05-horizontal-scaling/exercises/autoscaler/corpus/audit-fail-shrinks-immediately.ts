/**
 * @expect fail: Does not flap
 * Tracks 60 % on the arrival rate in both directions at once: no hysteresis, no waiting.
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
  return Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.6)));
}
