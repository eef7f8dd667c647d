/**
 * @expect fail: Costs at most
 * Grows with the traffic at 60 % but never removes a server, for fear of flapping.
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
  const want = Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.6));
  return Math.max(obs.running + obs.booting, want);
}
