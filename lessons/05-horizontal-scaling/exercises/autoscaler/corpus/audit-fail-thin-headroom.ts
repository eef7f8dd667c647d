/**
 * @expect fail: Keeps p95
 * Target tracking on the arrival rate with thin headroom: grows at once to 80 %, shrinks to a 70 % size only after
 * three intervals in a row ask for fewer servers.
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
  const up = Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.8)));
  if (up > current) {
    state['calm'] = 0;
    return up;
  }
  const down = Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.7)));
  if (down < current) {
    state['calm'] = (state['calm'] ?? 0) + 1;
    if (state['calm'] >= 3) {
      state['calm'] = 0;
      return down;
    }
  } else state['calm'] = 0;
  return current;
}
