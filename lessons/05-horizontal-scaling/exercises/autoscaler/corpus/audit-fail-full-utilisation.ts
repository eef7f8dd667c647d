/**
 * @expect fail: Keeps p95
 * Sizes for 100 % busy servers (no headroom), with a careful scale-in.
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
  const want = Math.max(1, Math.ceil(obs.arrivalsPerSec / obs.capacityPerServer));
  if (want >= current) {
    state['calm'] = 0;
    return want;
  }
  state['calm'] = (state['calm'] ?? 0) + 1;
  return state['calm'] >= 3 ? want : current;
}
