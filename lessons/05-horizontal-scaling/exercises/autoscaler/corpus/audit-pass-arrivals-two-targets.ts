/**
 * @expect pass
 * Target tracking on the arrival rate: grows at once to 60 %, shrinks to a 50 % size only after
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
  const up = Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.6)));
  if (up > current) {
    state['calm'] = 0;
    return up;
  }
  const down = Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * 0.5)));
  if (down < current) {
    state['calm'] = (state['calm'] ?? 0) + 1;
    if (state['calm'] >= 3) {
      state['calm'] = 0;
      return down;
    }
  } else state['calm'] = 0;
  return current;
}
