/**
 * @expect fail: Does not flap
 * Target tracking on the arrival rate at 60 %, waits three quiet intervals, but shrinks to the size it grows at: noise near a boundary flips it back.
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
  const wanted = Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.6)));
  if (wanted >= current) {
    state['quiet'] = 0;
    return wanted;
  }
  state['quiet'] = (state['quiet'] ?? 0) + 1;
  if (state['quiet'] < 3) return current;
  state['quiet'] = 0;
  return wanted;
}
