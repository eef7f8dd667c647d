/**
 * @expect fail: Keeps p95 under
 * Adds one server whenever p95 misses the target and removes one when it is well under: too slow for a spike.
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

export function desiredServers(obs: Observation, state: Record<string, number>): number {
  const current = obs.running + obs.booting;
  if (!(obs.p95Ms <= 500) || obs.lost > 0) {
    state['calm'] = 0;
    return current + 1;
  }
  state['calm'] = (state['calm'] ?? 0) + 1;
  if (obs.p95Ms < 200 && state['calm'] >= 3) {
    state['calm'] = 0;
    return current - 1;
  }
  return current;
}
