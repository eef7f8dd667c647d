/**
 * @expect fail: Does not flap
 * Adds the missing servers on top of the running ones every interval, forgetting those still
 * booting, so each spike orders its servers twice.
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
  const want = Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.6)));
  if (want > obs.running) return obs.running + obs.booting + (want - obs.running);
  const calm = (state['calm'] ?? 0) + 1;
  state['calm'] = want < obs.running ? calm : 0;
  return state['calm'] >= 3 ? want : obs.running + obs.booting;
}
