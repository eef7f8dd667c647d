/**
 * @expect fail: Does not flap
 * Target tracking at 60 %, but shrinks as soon as one interval asks for fewer servers.
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
